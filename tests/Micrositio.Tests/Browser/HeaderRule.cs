using System.Text;
using System.Text.RegularExpressions;
using Micrositio.Tests.Support;

namespace Micrositio.Tests.Browser;

/// <summary>
/// Response headers for the paths matching <see cref="For"/> (Netlify syntax: an exact path, or a prefix
/// ending in <c>*</c>).
/// </summary>
public sealed record HeaderRule(string For, IReadOnlyDictionary<string, string> Values)
{
    public bool Matches(string path) => For.EndsWith('*')
        ? path.StartsWith(For[..^1], StringComparison.Ordinal)
        : string.Equals(path, For, StringComparison.Ordinal);
}

/// <summary>
/// The <c>[[headers]]</c> rules of netlify.toml, so the test server answers with the production
/// Content-Security-Policy and a CSP violation shows up as a console error in browser tests.
/// </summary>
public static partial class NetlifyHeaders
{
    private static readonly Lazy<IReadOnlyList<HeaderRule>> ProductionRules =
        new(() => Parse(File.ReadAllText(Path.Combine(Repository.Root, "netlify.toml"))));

    /// <summary>The rules of the repository's netlify.toml.</summary>
    public static IReadOnlyList<HeaderRule> Production => ProductionRules.Value;

    /// <summary>
    /// Reads just the TOML netlify.toml uses for headers: <c>[[headers]]</c>, <c>for = "…"</c>,
    /// <c>[headers.values]</c> and <c>Name = "…"</c> lines. Any other table ends the rule.
    /// </summary>
    public static IReadOnlyList<HeaderRule> Parse(string toml)
    {
        var rules = new List<HeaderRule>();
        string? path = null;
        Dictionary<string, string>? values = null;
        var inValues = false;
        foreach (var raw in toml.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('['))
            {
                inValues = line == "[headers.values]" && values is not null;
                if (!inValues)
                {
                    Flush();
                    if (line == "[[headers]]")
                    {
                        values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                    }
                }

                continue;
            }

            if (values is null || KeyValue().Match(line) is not { Success: true } match)
            {
                continue;
            }

            var key = match.Groups["key"].Value.Trim('"');
            var value = Unquote(match.Groups["value"].Value);
            if (inValues)
            {
                values[key] = value;
            }
            else if (key == "for")
            {
                path = value;
            }
        }

        Flush();
        return rules;

        void Flush()
        {
            if (path is not null && values is not null)
            {
                rules.Add(new HeaderRule(path, values));
            }

            path = null;
            values = null;
            inValues = false;
        }
    }

    private static string Unquote(string value)
    {
        if (value.StartsWith('\''))
        {
            return value[1..^1];
        }

        var text = new StringBuilder();
        for (var i = 1; i < value.Length - 1; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length - 1)
            {
                i++;
            }

            text.Append(value[i]);
        }

        return text.ToString();
    }

    [GeneratedRegex("""^(?<key>"[^"]+"|[A-Za-z0-9_-]+)\s*=\s*(?<value>"(?:[^"\\]|\\.)*"|'[^']*')\s*(?:#.*)?$""")]
    private static partial Regex KeyValue();
}
