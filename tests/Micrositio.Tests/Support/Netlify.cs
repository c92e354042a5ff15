using Micrositio.Preview.Netlify;

namespace Micrositio.Tests.Support;

/// <summary>The repository's netlify.toml, read once, as the preview server reads it.</summary>
public static class Netlify
{
    private static readonly Lazy<NetlifyConfig> Config = new(() =>
    {
        var problems = new List<string>();
        var config = NetlifyConfig.Load(Path.Combine(Repository.Root, "netlify.toml"), problems);
        return problems.Count == 0 ? config : throw new InvalidOperationException("netlify.toml: " + string.Join("\n", problems));
    });

    public static NetlifyConfig Production => Config.Value;
}
