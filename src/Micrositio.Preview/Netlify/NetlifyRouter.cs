using System.Text;
using Micrositio.Write;

namespace Micrositio.Preview.Netlify;

/// <summary>What to answer for a path: a file with a status, or a redirect.</summary>
public sealed record Route(int Status, OutputFile? File = null, string? Location = null);

/// <summary>
/// Netlify's routing over a snapshot, so the preview answers each path as production will (checked against
/// Netlify's own redirect engine by NetlifyParityTests): the first rule whose <c>from</c> matches decides
/// (<c>_redirects</c> first, then netlify.toml), except that a rule without <c>!</c> never shadows an existing
/// file; pretty URLs (<c>/x/</c> serves <c>x/index.html</c>, <c>/x</c> redirects to <c>/x/</c>, <c>/x</c> also
/// serves <c>x.html</c>); <c>404.html</c> for anything else. A path with an empty segment (<c>//x</c>) names no
/// file, so no answer ever points to another host; <c>_redirects</c> and <c>_headers</c> are never served.
/// </summary>
public static class NetlifyRouter
{
    private static readonly HashSet<string> NetlifyOnlyFiles = new(["_redirects", "_headers"], StringComparer.Ordinal);

    /// <param name="path">The request's path, decoded (<c>%2F</c> included).</param>
    /// <param name="files">The site's files by path inside output/.</param>
    /// <param name="rules">The redirect rules in Netlify's order.</param>
    /// <param name="rawPath">The path as the request wrote it, for the <c>/x</c> → <c>/x/</c> redirect.</param>
    /// <param name="query">The query string without «?», which redirects pass on unless their target has one.</param>
    public static Route Resolve(string path, IReadOnlyDictionary<string, OutputFile> files, IReadOnlyList<RedirectRule> rules, string? rawPath = null, string query = "")
    {
        var suffix = query.Length == 0 ? "" : "?" + query;
        var existing = Lookup(path, (rawPath ?? Encode(path)) + "/" + suffix, files);
        foreach (var rule in rules)
        {
            if (!rule.TryTarget(path, out var target))
            {
                continue;
            }

            if (existing is not null && !rule.Force)
            {
                return existing;
            }

            if (rule.IsRedirect)
            {
                return new Route(rule.Status, Location: Encode(target) + (target.Contains('?', StringComparison.Ordinal) ? "" : suffix));
            }

            // 200 rewrites, 404/410/451 answer with the target's content and the rule's status.
            var content = Lookup(Uri.UnescapeDataString(target.Split('?')[0]), "", files);
            return content is { Status: 200 } ? new Route(rule.Status, content.File) : NotFound(files);
        }

        return existing ?? NotFound(files);
    }

    /// <summary>Percent-encodes what a URL path or query cannot carry as is (spaces, controls, quotes, non-ASCII).</summary>
    public static string Encode(string url)
    {
        if (url.All(c => c is > ' ' and < '\u007f' and not ('"' or '<' or '>' or '`' or '{' or '}')))
        {
            return url;
        }

        var text = new StringBuilder(url.Length * 2);
        foreach (var b in Encoding.UTF8.GetBytes(url))
        {
            if (b is > (byte)' ' and < 0x7f and not ((byte)'"' or (byte)'<' or (byte)'>' or (byte)'`' or (byte)'{' or (byte)'}'))
            {
                text.Append((char)b);
            }
            else
            {
                text.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }

    private static Route? Lookup(string path, string withSlash, IReadOnlyDictionary<string, OutputFile> files)
    {
        if (!path.StartsWith('/') || path.Contains("//", StringComparison.Ordinal))
        {
            return null;
        }

        var relative = path[1..];
        if (NetlifyOnlyFiles.Contains(relative))
        {
            return null;
        }

        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            return files.TryGetValue(relative + "index.html", out var index) ? new Route(200, index) : null;
        }

        if (files.TryGetValue(relative, out var file))
        {
            return new Route(200, file);
        }

        if (files.ContainsKey(relative + "/index.html"))
        {
            // «//» or «/\» would make the browser leave for another host.
            return withSlash.StartsWith("//", StringComparison.Ordinal) || withSlash.StartsWith("/\\", StringComparison.Ordinal) ? null : new Route(301, Location: withSlash);
        }

        return files.TryGetValue(relative + ".html", out var page) ? new Route(200, page) : null;
    }

    private static Route NotFound(IReadOnlyDictionary<string, OutputFile> files) =>
        new(404, files.GetValueOrDefault("404.html"));
}
