using System.Collections.Concurrent;
using Micrositio.Brand;
using Micrositio.Diagnostics;
using Micrositio.Lint;
using Micrositio.Render;
using Micrositio.Write;

namespace Micrositio.PostProcess;

/// <summary>
/// The PostProcess stage: every generated file through the checks — HTML and links, personal data, published
/// images, logos. Pages are parsed a batch at a time and every per-page check reads the same parsed document,
/// so only one batch of documents is in memory; links are checked at the end, when every page's ids are known.
/// A file that passed in an earlier build with the same settings (<see cref="CheckMemory"/>) is not read again.
/// </summary>
public sealed class SiteChecks(string language, Uri baseUrl, BrandManual manual, PersonalDataScanner scanner, IReadOnlySet<string> reported, ErrorList errors, StepClock clock)
{
    private const int BatchSize = 64;

    /// <param name="rendered">What the Render stage made.</param>
    /// <param name="context">Everything besides a file that its checks depend on (<see cref="CheckMemory.Context"/>).</param>
    /// <param name="memory">Files known to pass; updated when this build has no errors.</param>
    /// <param name="cancellation">Stops between batches.</param>
    /// <returns>What the checks know of the site, for checking an edited page against it later, and how many files were checked or known to pass.</returns>
    public CheckedSite Run(RenderedSite rendered, string context, CheckMemory? memory, CancellationToken cancellation = default)
    {
        var everything = rendered.Published.Concat(rendered.CheckedOnly).ToList();
        var (toCheck, known) = memory?.Partition(context, everything, rendered.Lockups) ?? (everything, []);
        var published = rendered.Published.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var html = new HtmlChecker(language, baseUrl, errors);
        var privacy = new OutputPrivacyCheck(scanner, reported, errors);
        var logos = new LogoCheck(manual, rendered.Published);
        var reach = logos.Reach;
        var findings = new LogoFindings();
        var links = new ConcurrentDictionary<string, PageLinks>(known, StringComparer.Ordinal);
        foreach (var batch in toCheck.Where(f => f.IsHtml).Chunk(BatchSize))
        {
            cancellation.ThrowIfCancellationRequested();
            var pages = clock.Time("revisión: lectura del HTML", () => ParsedPage.ParseAll(batch, reach));
            clock.Time("revisión: HTML de cada página", () => Parallel.ForEach(pages, page => links[page.File.Path] = html.CheckPage(page)));
            clock.Time("revisión: datos personales", () => privacy.Check(batch.Where(f => published.Contains(f.Path)).ToList(), pages));
            clock.Time("revisión: logotipos", () => logos.CheckPages(pages, rendered.Lockups, findings));
        }

        var otherFiles = toCheck.Where(f => !f.IsHtml && published.Contains(f.Path)).ToList();
        clock.Time("revisión: datos personales", () => privacy.Check(otherFiles, []));
        clock.Time("revisión: imágenes publicadas", () => new PublishedImageCheck(errors).Check(otherFiles));
        clock.Time("revisión: enlaces", () => html.CheckLinks(rendered.Published, everything, links));
        findings.Report(errors);
        if (errors.Sorted().Count == 0)
        {
            memory?.Remember(links);
        }

        return new CheckedSite(language, baseUrl, scanner, reported, published, links, logos) { Checked = toCheck.Count, Known = known.Count };
    }
}
