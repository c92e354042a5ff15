using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Micrositio.Preview;

/// <summary>
/// A request's path as Netlify reads it: <see cref="Raw"/> as written (dot segments resolved), which header
/// rules match; <see cref="Decoded"/> with every escape decoded, «%2F» included, which redirect rules and file
/// lookups use; and the query string without «?».
/// </summary>
public sealed record RequestPath(string Raw, string Decoded, string Query)
{
    public static RequestPath Of(HttpContext context)
    {
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? "";
        var question = target.IndexOf('?', StringComparison.Ordinal);
        var raw = question < 0 ? target : target[..question];
        var query = question < 0 ? "" : target[(question + 1)..];
        if (!raw.StartsWith('/'))
        {
            // An absolute-form target (http://host/path): Kestrel has already taken the path out of it.
            raw = context.Request.Path.ToUriComponent();
            query = context.Request.QueryString.HasValue ? context.Request.QueryString.Value![1..] : "";
        }

        raw = WithoutDotSegments(raw);
        return new RequestPath(raw, Decode(raw), query);
    }

    private static string Decode(string raw)
    {
        try
        {
            return Uri.UnescapeDataString(raw);
        }
        catch (UriFormatException)
        {
            return raw;
        }
    }

    /// <summary>«.» and «..» segments (also written «%2e»), resolved as browsers and Netlify's URL parser do.</summary>
    private static string WithoutDotSegments(string path)
    {
        var kept = new List<string>();
        var segments = path.Split('/');
        for (var i = 1; i < segments.Length; i++)
        {
            var dots = segments[i].Replace("%2e", ".", StringComparison.OrdinalIgnoreCase);
            var last = i == segments.Length - 1;
            if (dots is "." or "..")
            {
                if (dots == ".." && kept.Count > 0)
                {
                    kept.RemoveAt(kept.Count - 1);
                }

                if (last)
                {
                    kept.Add("");
                }

                continue;
            }

            kept.Add(segments[i]);
        }

        return "/" + string.Join('/', kept);
    }
}
