using System.Text.RegularExpressions;
using Micrositio.Diagnostics;
using Micrositio.Load;
using Micrositio.Render.Markdown;

namespace Micrositio.Validate;

/// <summary>
/// Content files the site will not build (their front matter has errors, or a file the whole site needs does): their
/// bodies are still checked, so one run lists every mistake, and links to them are not reported as broken elsewhere.
/// </summary>
public static partial class UnbuiltBodies
{
    /// <summary>Checks the body of every content document whose path is not in <paramref name="built"/>.</summary>
    public static void Check(LoadedInput input, IReadOnlySet<string> built, ErrorList errors)
    {
        var renderer = new MarkdownRenderer(null, errors);
        foreach (var document in Documents(input).Where(d => !built.Contains(d.Source.Path) && !d.Body.IsBlank))
        {
            renderer.Parse(document.Body);
        }
    }

    /// <summary>The content ids («mesa:slug») of the documents left out.</summary>
    public static IReadOnlySet<string> FailedIds(LoadedInput input, IReadOnlySet<string> built)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        void Add(IReadOnlyList<ContentDocument> documents, string prefix, bool dated)
        {
            foreach (var document in documents.Where(d => !built.Contains(d.Source.Path)))
            {
                var name = Path.GetFileNameWithoutExtension(document.Source.Path);
                var slug = dated && DatedName().Match(name) is { Success: true } match ? match.Groups["slug"].Value : name;
                ids.Add($"{prefix}:{slug}");
            }
        }

        Add(input.Mesas, "mesa", dated: false);
        Add(input.Achievements, "logro", dated: true);
        Add(input.PressReleases, "comunicado", dated: true);
        Add(input.Meetings, "encuentro", dated: false);
        Add(input.Pages, "pagina", dated: false);
        return ids;
    }

    private static IEnumerable<ContentDocument> Documents(LoadedInput input) =>
        input.StateIntros.Concat(input.Mesas).Concat(input.Achievements).Concat(input.PressReleases).Concat(input.Meetings).Concat(input.Pages);

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?-(?<slug>.+)$")]
    private static partial Regex DatedName();
}
