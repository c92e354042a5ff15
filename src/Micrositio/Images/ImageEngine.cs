namespace Micrositio.Images;

/// <summary>
/// libvips' process-wide settings, set once (NetVips keeps them in statics): no operation cache (each
/// photo is touched once, and the cache would hold decoded pixels), and loaders marked untrusted blocked
/// except the SVG one, for the brand manual's logos.
/// </summary>
public static class ImageEngine
{
    private static readonly Lazy<bool> Configured = new(() =>
    {
        NetVips.Cache.Max = 0;
        NetVips.Cache.MaxFiles = 0;
        NetVips.NetVips.BlockUntrusted = true;
        // The brand kit rasterises the manual's logos, which passed the SVG lint; photos never reach this
        // loader because their bytes are sniffed as JPEG/PNG/WebP/HEIF/TIFF before libvips opens them.
        NetVips.Operation.Block("VipsForeignLoadSvgBuffer", false);
        return true;
    });

    public static void EnsureConfigured() => _ = Configured.Value;

    public static string LibvipsVersion => $"{NetVips.NetVips.Version(0)}.{NetVips.NetVips.Version(1)}.{NetVips.NetVips.Version(2)}";
}
