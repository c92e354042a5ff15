using System.Collections.Concurrent;
using Micrositio.Brand;
using Micrositio.Diagnostics;
using Micrositio.Lint;
using Micrositio.Write;

namespace Micrositio.PostProcess;

/// <summary>
/// The PostProcess stage: every generated file through the checks — HTML and links, personal data, published images,
/// logos. Files come a batch at a time (<see cref="Check"/>), pages as they are rendered, and each batch's pages are
/// read once for every per-page check, so memory holds one batch; links are checked at the end (<see cref="Finish"/>),
/// when every page's ids are known. A file that passed in an earlier build with the same settings
/// (<see cref="CheckMemory"/>) is not read again.
/// </summary>
public sealed class SiteChecks
{
    private readonly string _language;
    private readonly Uri _baseUrl;
    private readonly PersonalDataScanner _scanner;
    private readonly IReadOnlySet<string> _reported;
    private readonly ErrorList _errors;
    private readonly StepClock _clock;
    private readonly IReadOnlySet<string> _published;
    private readonly CheckMemory? _memory;
    private readonly HtmlChecker _html;
    private readonly OutputPrivacyCheck _privacy;
    private readonly LogoCheck _logos;
    private readonly LogoFindings _findings = new();
    private readonly ConcurrentDictionary<string, PageLinks> _links = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<(string Path, string? SourcePath)> _pages = [];
    private int _checked;
    private int _known;

    /// <param name="siteFiles">The public site's files other than pages (stylesheets and logo files are looked up here).</param>
    /// <param name="published">Every public file's path, pages included: links may point to these.</param>
    /// <param name="memory">Files known to pass; updated by <see cref="Finish"/> when this build has no errors.</param>
    /// <param name="context">Everything besides a file that its checks depend on (<see cref="CheckMemory.Context"/>).</param>
    public SiteChecks(string language, Uri baseUrl, BrandManual manual, PersonalDataScanner scanner, IReadOnlySet<string> reported, ErrorList errors, StepClock clock,
        IReadOnlyList<OutputFile> siteFiles, IReadOnlySet<string> published, CheckMemory? memory, string context)
    {
        (_language, _baseUrl, _scanner, _reported, _errors, _clock, _published, _memory) = (language, baseUrl, scanner, reported, errors, clock, published, memory);
        _html = new HtmlChecker(language, baseUrl, errors);
        _privacy = new OutputPrivacyCheck(scanner, reported, errors);
        _logos = new LogoCheck(manual, siteFiles);
        memory?.Begin(context);
    }

    /// <summary>Checks files (published or only checked: releases under embargo) against the lockups pages must carry, by path.</summary>
    public void Check(IReadOnlyList<OutputFile> files, IReadOnlyDictionary<string, LockupRequirement> lockups)
    {
        var (toCheck, known) = _memory?.Partition(files, lockups) ?? ([.. files], []);
        foreach (var (path, links) in known)
        {
            _links[path] = links;
        }

        foreach (var page in files.Where(f => f.IsHtml))
        {
            _pages.Add((page.Path, page.SourcePath));
        }

        Interlocked.Add(ref _checked, toCheck.Count);
        Interlocked.Add(ref _known, known.Count);
        if (toCheck.Count == 0)
        {
            return; // nothing new: not even the stylesheets need reading (the logo check's reach)
        }

        var pages = _clock.Time("revisión: lectura del HTML", () => ParsedPage.ParseAll(toCheck, _logos.Reach));
        _clock.Time("revisión: HTML de cada página", () => Parallel.ForEach(pages, page => _links[page.File.Path] = _html.CheckPage(page)));
        var published = toCheck.Where(f => _published.Contains(f.Path)).ToList();
        _clock.Time("revisión: datos personales", () => _privacy.Check(published, pages));
        _clock.Time("revisión: logotipos", () => _logos.CheckPages(pages, lockups, _findings));
        _clock.Time("revisión: imágenes publicadas", () => new PublishedImageCheck(_errors).Check(published.Where(f => !f.IsHtml).ToList()));
    }

    /// <returns>What the checks know of the site, for checking an edited page against it later.</returns>
    public CheckedSite Finish()
    {
        _clock.Time("revisión: enlaces", () => _html.CheckLinks(_published, _pages.Where(p => _links.ContainsKey(p.Path)).Select(p => (p.Path, p.SourcePath, _links[p.Path])), _links));
        _findings.Report(_errors);
        if (_errors.Sorted().Count == 0)
        {
            _memory?.Remember(_links);
        }

        return new CheckedSite(_language, _baseUrl, _scanner, _reported, _published, _links, _logos) { Checked = _checked, Known = _known };
    }
}
