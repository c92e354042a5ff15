namespace Micrositio.Preview.Netlify;

/// <summary>
/// A Netlify path pattern, as in <c>for</c> of a header rule or <c>from</c> of a redirect: literal segments,
/// <c>:name</c> placeholders (one segment each) and a trailing <c>*</c> splat (the rest of the path, possibly
/// empty). <c>/fotos/abc-*</c> matches <c>/fotos/abc-480.webp</c>; a splat may also end a segment's prefix.
/// </summary>
public sealed class PathPattern
{
    private readonly string[] _segments;
    private readonly bool _splat;

    private PathPattern(string text, string[] segments, bool splat)
    {
        Text = text;
        _segments = segments;
        _splat = splat;
    }

    public string Text { get; }

    public static PathPattern Parse(string text)
    {
        var splat = text.EndsWith('*');
        var body = splat ? text[..^1] : text;
        return new PathPattern(text, body.Split('/'), splat);
    }

    /// <summary>Whether <paramref name="path"/> matches; the placeholders' values (and «splat») go in <paramref name="values"/>.</summary>
    public bool TryMatch(string path, out IReadOnlyDictionary<string, string> values)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        values = found;
        var parts = path.Split('/');
        var last = _segments.Length - 1;
        for (var i = 0; i < _segments.Length; i++)
        {
            var pattern = _segments[i];
            if (i == last && _splat)
            {
                // The last segment before «*» is a prefix of the rest of the path («/fotos/abc-*»).
                var rest = string.Join('/', parts.Skip(i));
                if (i >= parts.Length && pattern.Length == 0)
                {
                    rest = "";
                }
                else if (i >= parts.Length || !rest.StartsWith(pattern, StringComparison.Ordinal))
                {
                    return false;
                }

                found["splat"] = rest[pattern.Length..];
                return true;
            }

            if (i >= parts.Length)
            {
                return false;
            }

            if (pattern.StartsWith(':') && pattern.Length > 1)
            {
                if (parts[i].Length == 0)
                {
                    return false;
                }

                found[pattern[1..]] = parts[i];
            }
            else if (!string.Equals(pattern, parts[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return parts.Length == _segments.Length;
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
}
