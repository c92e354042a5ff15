using System.Globalization;
using Tomlyn;
using Tomlyn.Model;

namespace Micrositio.Preview.Netlify;

/// <summary>
/// What the preview server needs from netlify.toml — header rules, redirects, the publish folder — so a
/// preview answers as Netlify will. Problems (bad TOML, a table without <c>for</c>, an unusable status) are
/// collected in Spanish, naming the file and the line, rather than thrown.
/// </summary>
public sealed record NetlifyConfig(IReadOnlyList<HeaderRule> Headers, IReadOnlyList<RedirectRule> Redirects, string? Publish, string? BuildCommand)
{
    public static readonly NetlifyConfig Empty = new([], [], null, null);

    /// <summary>Netlify's Cache-Control where no rule sets one: cache, but revalidate every time.</summary>
    public const string DefaultCacheControl = "public, max-age=0, must-revalidate";

    public static NetlifyConfig Load(string path, List<string> problems) =>
        File.Exists(path) ? Parse(File.ReadAllText(path), path, problems) : Empty;

    public static NetlifyConfig Parse(string toml, string fileName, List<string> problems)
    {
        TomlTable document;
        try
        {
            document = TomlSerializer.Deserialize<TomlTable>(toml) ?? [];
        }
        catch (TomlException ex)
        {
            problems.Add($"{fileName}: no es TOML válido: {ex.Message.Trim()}. Corrija la sintaxis (https://toml.io/es/).");
            return Empty;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            // Tomlyn throws these for some malformed escapes (found by the fuzzing) instead of a TomlException.
            problems.Add($"{fileName}: no es TOML válido: tiene un texto entre comillas con un escape «\\» que no se puede leer. Corrija la sintaxis (https://toml.io/es/).");
            return Empty;
        }

        var headers = new List<HeaderRule>();
        foreach (var (table, index) in Tables(document, "headers"))
        {
            if (table.TryGetValue("for", out var pattern) && pattern is string forText && table.TryGetValue("values", out var values) && values is TomlTable valueTable)
            {
                headers.Add(new HeaderRule(
                    PathPattern.ParseHeader(forText),
                    valueTable.ToDictionary(v => v.Key, v => Convert.ToString(v.Value, CultureInfo.InvariantCulture)?.ReplaceLineEndings(" ").Trim() ?? "", StringComparer.OrdinalIgnoreCase)));
            }
            else
            {
                problems.Add($"{fileName}: la regla [[headers]] número {index} necesita «for = \"/ruta/*\"» y una tabla [headers.values].");
            }
        }

        var redirects = new List<RedirectRule>();
        foreach (var (table, index) in Tables(document, "redirects"))
        {
            var where = $"{fileName}, [[redirects]] número {index}";
            if (table.ContainsKey("conditions") || table.ContainsKey("query") || table.ContainsKey("signed"))
            {
                problems.Add($"{where}: las condiciones («conditions», «query», «signed») no se simulan en la vista previa; la regla se omite aquí.");
                continue;
            }

            if (table.TryGetValue("from", out var from) && from is string fromText && table.TryGetValue("to", out var to) && to is string toText)
            {
                var status = table.TryGetValue("status", out var s) && s is long number ? (int)number : 301;
                var force = table.TryGetValue("force", out var f) && f is true;
                if (Rule(fromText, toText, status, force, where, problems) is { } rule)
                {
                    redirects.Add(rule);
                }
            }
            else
            {
                problems.Add($"{where}: necesita «from» y «to».");
            }
        }

        var build = document.TryGetValue("build", out var b) ? b as TomlTable : null;
        return new NetlifyConfig(
            headers,
            redirects,
            build?.TryGetValue("publish", out var publish) == true ? publish as string : null,
            build?.TryGetValue("command", out var command) == true ? command as string : null);
    }

    /// <summary>
    /// The rules of a <c>_redirects</c> file (<c>/desde /hacia [estado][!]</c> per line); Netlify applies them
    /// before those of netlify.toml.
    /// </summary>
    public static IReadOnlyList<RedirectRule> ParseRedirectsFile(string text, string fileName, List<string> problems)
    {
        var rules = new List<RedirectRule>();
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var where = $"{fileName}:{i + 1}";
            var fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length is < 2 or > 3)
            {
                problems.Add($"{where}: «{line}» debe ser «/desde /hacia [estado]»; las condiciones no se simulan en la vista previa.");
                continue;
            }

            var statusText = fields.Length == 3 ? fields[2] : "301";
            var force = statusText.EndsWith('!');
            if (!int.TryParse(statusText.TrimEnd('!'), NumberStyles.None, CultureInfo.InvariantCulture, out var status))
            {
                problems.Add($"{where}: «{statusText}» no es un estado HTTP (por ejemplo 301, 302, 200, 404 o 410!).");
                continue;
            }

            if (Rule(fields[0], fields[1], status, force, where, problems) is { } rule)
            {
                rules.Add(rule);
            }
        }

        return rules;
    }

    private static RedirectRule? Rule(string from, string to, int status, bool force, string where, List<string> problems)
    {
        if (!from.StartsWith('/'))
        {
            problems.Add($"{where}: «{from}» no empieza con «/»; las reglas con dominio no se simulan en la vista previa.");
            return null;
        }

        if (status is not (200 or 301 or 302 or 303 or 307 or 308 or 404 or 410 or 451))
        {
            problems.Add($"{where}: el estado {status} no es uno de los que Netlify acepta en redirecciones (200, 301, 302, 303, 307, 308, 404, 410, 451).");
            return null;
        }

        return new RedirectRule(PathPattern.Parse(from), to, status, force, where);
    }

    private static IEnumerable<(TomlTable Table, int Index)> Tables(TomlTable document, string key) =>
        document.TryGetValue(key, out var value) && value is TomlTableArray array
            ? array.Select((table, i) => (table, i + 1))
            : [];
}
