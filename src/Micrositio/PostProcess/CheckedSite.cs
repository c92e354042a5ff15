using Micrositio.Diagnostics;
using Micrositio.Lint;
using Micrositio.Render;

namespace Micrositio.PostProcess;

/// <summary>
/// What the PostProcess stage knew of a site it checked: the published files, every page's ids and references,
/// and the logo checker with what it read (stylesheets, logo files). The preview checks the pages of an edited
/// file against it before showing them, the way the whole stage would check them.
/// </summary>
public sealed class CheckedSite(
    string language, Uri baseUrl, PersonalDataScanner scanner, IReadOnlySet<string> reported,
    IReadOnlySet<string> published, IReadOnlyDictionary<string, PageLinks> links, LogoCheck logos)
{
    /// <summary>Files read and checked by the stage.</summary>
    public int Checked { get; init; }

    /// <summary>Files known to pass from an earlier build (<see cref="CheckMemory"/>).</summary>
    public int Known { get; init; }

    /// <summary>
    /// Checks pages made again from one content file, replacing the site's pages at their paths: HTML, personal
    /// data, logos and the links from them. The other pages' links to them are not checked again: the file's
    /// name, so its pages' addresses, did not change.
    /// </summary>
    /// <param name="pages">The pages made again.</param>
    /// <param name="files">Other files made again with them (an edited release's PDF).</param>
    /// <param name="errors">Where what is found goes.</param>
    public void CheckPages(IReadOnlyList<RenderedPage> pages, IReadOnlyList<Micrositio.Write.OutputFile> files, ErrorList errors)
    {
        var parsed = ParsedPage.ParseAll(pages.Select(p => p.File), logos.Reach);
        var html = new HtmlChecker(language, baseUrl, errors);
        var own = parsed.ToDictionary(p => p.File.Path, html.CheckPage, StringComparer.Ordinal);
        new OutputPrivacyCheck(scanner, reported, errors).Check([.. pages.Where(p => p.Published).Select(p => p.File), .. files], parsed);
        var findings = new LogoFindings();
        logos.CheckPages(parsed, pages.ToDictionary(p => p.File.Path, p => p.Lockup, StringComparer.Ordinal), findings);
        findings.Report(errors);
        var merged = new Dictionary<string, PageLinks>(links.Where(l => !own.ContainsKey(l.Key)).Concat(own), StringComparer.Ordinal);
        html.CheckLinks(published, parsed.Select(p => (p.File.Path, p.File.SourcePath, own[p.File.Path])), merged);
    }
}
