namespace Micrositio.Images;

/// <summary>
/// libvips' process-wide settings, set once (NetVips keeps them in statics): no operation cache (each
/// photo is touched once, and the cache would hold decoded pixels), and loaders marked untrusted blocked.
/// </summary>
public static class ImageEngine
{
    private static readonly Lazy<bool> Configured = new(() =>
    {
        NetVips.Cache.Max = 0;
        NetVips.Cache.MaxFiles = 0;
        NetVips.NetVips.BlockUntrusted = true;
        return true;
    });

    public static void EnsureConfigured() => _ = Configured.Value;

    public static string LibvipsVersion => $"{NetVips.NetVips.Version(0)}.{NetVips.NetVips.Version(1)}.{NetVips.NetVips.Version(2)}";
}
