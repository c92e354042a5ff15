namespace Micrositio.Tests.Support;

/// <summary>
/// Netlify's answer for a request, from what its redirect engine said (<see cref="NetlifyEngine"/>) plus what
/// its documentation says of static files, which no npm package reproduces apart from netlify-cli's own server:
/// a matching rule without <c>!</c> never shadows a file that exists; <c>/x/</c> serves <c>x/index.html</c>,
/// <c>/x</c> redirects there, <c>/x</c> also serves <c>x.html</c>; <c>_redirects</c> and <c>_headers</c> are
/// never published; everything else is <c>404.html</c> with 404. A path with an empty segment (<c>//x</c>) names
/// no file. Rewrites (200, 404, 410…) serve their target with the rule's status.
/// </summary>
public static class NetlifyModel
{
    public const string DefaultCacheControl = "public, max-age=0, must-revalidate";

    public static NetlifyExpectation Expect(NetlifyAnswer answer, IReadOnlySet<string> files)
    {
        var headers = new Dictionary<string, string>(answer.Headers, StringComparer.OrdinalIgnoreCase);
        headers.TryAdd("Cache-Control", DefaultCacheControl);
        var found = Static(answer.Path, answer.Pathname + "/" + answer.Search, files);
        if (answer.Rule is { } rule && (found is null || rule.Force))
        {
            if (rule.Status is >= 300 and < 400)
            {
                return new NetlifyExpectation(rule.Status, answer.Location, null, headers);
            }

            var target = Static(Uri.UnescapeDataString(rule.To.Split('?')[0]), "", files);
            return target is { Status: 200 }
                ? new NetlifyExpectation(rule.Status, null, target.File, headers)
                : new NetlifyExpectation(404, null, "404.html", headers);
        }

        return (found ?? new NetlifyExpectation(404, null, "404.html", headers)) with { Headers = headers };
    }

    private static NetlifyExpectation? Static(string path, string withSlash, IReadOnlySet<string> files)
    {
        if (!path.StartsWith('/') || path.Contains("//", StringComparison.Ordinal))
        {
            return null;
        }

        var relative = path[1..];
        if (relative is "_redirects" or "_headers")
        {
            return null;
        }

        var empty = new Dictionary<string, string>();
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            return files.Contains(relative + "index.html") ? new NetlifyExpectation(200, null, relative + "index.html", empty) : null;
        }

        if (files.Contains(relative))
        {
            return new NetlifyExpectation(200, null, relative, empty);
        }

        if (files.Contains(relative + "/index.html"))
        {
            return new NetlifyExpectation(301, withSlash, null, empty);
        }

        return files.Contains(relative + ".html") ? new NetlifyExpectation(200, null, relative + ".html", empty) : null;
    }
}
