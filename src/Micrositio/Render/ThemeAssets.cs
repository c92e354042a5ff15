using System.Security.Cryptography;
using Micrositio.Write;

namespace Micrositio.Render;

/// <summary>
/// Copies a theme's <c>assets/</c> to <c>/assets/</c>. Stylesheets and scripts get a content hash in their
/// name so they can be cached forever; the map from logical name to URL is what templates use.
/// </summary>
public static class ThemeAssets
{
    public static (IReadOnlyList<OutputFile> Files, IReadOnlyDictionary<string, string> UrlByName) Collect(string assetsDirectory)
    {
        var files = new List<OutputFile>();
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(assetsDirectory))
        {
            return (files, urls);
        }

        foreach (var path in Directory.EnumerateFiles(assetsDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(assetsDirectory, path).Replace('\\', '/');
            var bytes = File.ReadAllBytes(path);
            var extension = Path.GetExtension(name);
            var published = extension is ".css" or ".js"
                ? $"{name[..^extension.Length]}.{Convert.ToHexStringLower(SHA256.HashData(bytes))[..10]}{extension}"
                : name;
            files.Add(new OutputFile($"assets/{published}", bytes));
            urls[name] = $"/assets/{published}";
        }

        return (files, urls);
    }
}
