using System.Text;
using System.Text.RegularExpressions;

namespace Micrositio.Preview.Netlify;

/// <summary>
/// A Netlify path pattern: <c>from</c> of a redirect (<see cref="Parse"/>) or <c>for</c> of a header rule
/// (<see cref="ParseHeader"/>), each read the way Netlify's own code reads it (netlify-redirector and
/// @netlify/headers-parser; tests/Micrositio.Tests/Preview/NetlifyParityTests.cs compares them). Literal
/// segments, <c>:name</c> placeholders (one segment) and <c>*</c> (the rest of the path, possibly empty);
/// <c>/fotos/abc-*</c> matches <c>/fotos/abc-480.webp</c>.
/// </summary>
public sealed class PathPattern
{
    private readonly Regex _regex;
    private readonly IReadOnlyList<string> _names;

    private PathPattern(string text, Regex regex, IReadOnlyList<string> names)
    {
        Text = text;
        _regex = regex;
        _names = names;
    }

    public string Text { get; }

    /// <summary>
    /// A redirect's <c>from</c>, as netlify-redirector matches it: case-sensitive, one optional trailing slash,
    /// and a slash next to a placeholder or a splat may be doubled (<c>/fotos//abc-480.webp</c> matches
    /// <c>/fotos/abc-*</c>, <c>/a//b</c> does not match <c>/a/b</c>).
    /// </summary>
    public static PathPattern Parse(string text)
    {
        var body = text.Length > 1 && text.EndsWith('/') ? text[..^1] : text;
        var segments = body.TrimStart('/').Split('/');
        var names = new List<string>();
        var regex = new StringBuilder("^");
        var open = true;
        for (var i = 0; i < segments.Length && open; i++)
        {
            var segment = segments[i];
            var separator = i == 0 ? "/" : IsDynamic(segments[i - 1]) || IsDynamic(segment) ? "//?" : "/";
            if (segment == "*" && i == segments.Length - 1)
            {
                regex.Append("(?:/?|/(.*))");
                names.Add("splat");
                open = false;
            }
            else if (segment.Contains('*', StringComparison.Ordinal))
            {
                regex.Append(separator).Append(Regex.Escape(segment[..segment.IndexOf('*', StringComparison.Ordinal)])).Append("/?(.*)");
                names.Add("splat");
                open = false;
            }
            else if (segment.StartsWith(':') && segment.Length > 1)
            {
                regex.Append(separator).Append("([^/]+)");
                names.Add(segment[1..]);
            }
            else
            {
                regex.Append(separator).Append(Regex.Escape(segment));
            }
        }

        regex.Append(open ? "/?$" : "$");
        return new PathPattern(text, new Regex(regex.ToString(), RegexOptions.CultureInvariant), names);
    }

    /// <summary>
    /// A header rule's <c>for</c>, as @netlify/headers-parser turns it into a regular expression: case-insensitive,
    /// empty segments dropped, <c>/x/*</c> also matching <c>/x</c> and <c>/xy</c>, an optional trailing slash.
    /// </summary>
    public static PathPattern ParseHeader(string text)
    {
        var parts = text.Split('/').Select(p => p.TrimEnd()).Where(p => p.Length > 0).Select(part =>
            part.StartsWith(':') ? "([^/]+)"
            : part == "*" ? "?(.*)"
            : part.Contains('*', StringComparison.Ordinal) ? part.Replace("*", "(.*)", StringComparison.Ordinal)
            : Regex.Escape(part));
        var regex = new Regex($"^/{string.Join('/', parts)}/?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        return new PathPattern(text, regex, []);
    }

    /// <summary>Whether <paramref name="path"/> matches; the placeholders' values (and «splat») go in <paramref name="values"/>.</summary>
    public bool TryMatch(string path, out IReadOnlyDictionary<string, string> values)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        values = found;
        var match = _regex.Match(path);
        if (!match.Success)
        {
            return false;
        }

        for (var i = 0; i < _names.Count; i++)
        {
            found[_names[i]] = match.Groups[i + 1].Value;
        }

        return true;
    }

    /// <summary>A redirect target with <c>:splat</c> and placeholders replaced by what the source matched.</summary>
    public static string Substitute(string target, IReadOnlyDictionary<string, string> values)
    {
        foreach (var (name, value) in values.OrderByDescending(v => v.Key.Length))
        {
            target = target.Replace(":" + name, value, StringComparison.Ordinal);
        }

        return target;
    }

    public override string ToString() => Text;

    private static bool IsDynamic(string segment) => segment.StartsWith(':') || segment.Contains('*', StringComparison.Ordinal);
}
