namespace Micrositio.Preview.Netlify;

/// <summary>A <c>[[headers]]</c> rule of netlify.toml: response headers for the paths matching <see cref="For"/>.</summary>
public sealed record HeaderRule(PathPattern For, IReadOnlyDictionary<string, string> Values)
{
    public bool Matches(string path) => For.TryMatch(path, out _);
}
