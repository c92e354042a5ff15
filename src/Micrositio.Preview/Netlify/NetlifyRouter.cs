using Micrositio.Write;

namespace Micrositio.Preview.Netlify;

/// <summary>What to answer for a path: a file with a status, or a redirect.</summary>
public sealed record Route(int Status, OutputFile? File = null, string? Location = null);

/// <summary>
/// Netlify's routing over a snapshot, so the preview answers each path as production will: pretty URLs
/// (<c>/x/</c> serves <c>x/index.html</c>, <c>/x</c> redirects to <c>/x/</c>, <c>/x</c> also serves
/// <c>x.html</c>), redirect rules in order (<c>_redirects</c> first, then netlify.toml), where a rule without
/// <c>!</c> never shadows an existing file, and <c>404.html</c> for anything else. <c>_redirects</c> and
/// <c>_headers</c> themselves are never served.
/// </summary>
public static class NetlifyRouter
{
    private static readonly HashSet<string> NetlifyOnlyFiles = new(["_redirects", "_headers"], StringComparer.Ordinal);

    public static Route Resolve(string path, IReadOnlyDictionary<string, OutputFile> files, IReadOnlyList<RedirectRule> rules)
    {
        var existing = Lookup(path, files);
        foreach (var rule in rules)
        {
            if (!rule.TryTarget(path, out var target))
            {
                continue;
            }

            if (existing is not null && !rule.Force)
            {
                continue;
            }

            if (rule.IsRedirect)
            {
                return new Route(rule.Status, Location: target);
            }

            // 200 rewrites, 404/410/451 answer with the target's content and the rule's status.
            var content = Lookup(target.Split('?')[0], files);
            if (content is { Status: 200 })
            {
                return new Route(rule.Status, content.File);
            }
        }

        return existing ?? NotFound(files);
    }

    private static Route? Lookup(string path, IReadOnlyDictionary<string, OutputFile> files)
    {
        var relative = path.TrimStart('/');
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
            return new Route(301, Location: path + "/");
        }

        return files.TryGetValue(relative + ".html", out var page) ? new Route(200, page) : null;
    }

    private static Route NotFound(IReadOnlyDictionary<string, OutputFile> files) =>
        new(404, files.GetValueOrDefault("404.html"));
}
