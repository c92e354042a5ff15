using System.Collections.Concurrent;
using System.Text;
using Micrositio.Assemble;
using Micrositio.Diagnostics;
using Micrositio.Images;
using Micrositio.Render.Feeds;
using Micrositio.Render.Markdown;
using Micrositio.Render.Results;
using Micrositio.Render.Views;
using Micrositio.Write;

namespace Micrositio.Render;

/// <summary>
/// Renders pages of the site map through the theme and its layout: every page of a build, or the pages of one
/// content file against a model that differs from the build's only in that file (the preview shows an edited
/// page before it rebuilds the rest). Holds what pages are made from besides the model, made once per build:
/// the theme, the site's view, the photos, the release PDFs, the map and the data tables.
/// </summary>
public sealed class PageRenderer(Theme.Theme theme, SiteView siteView, GalleryResult gallery,
    IReadOnlyDictionary<string, AtomFeed.Enclosure> pdfByRelease, string map, IReadOnlyList<DataTable> tables, string? kitSize)
{
    /// <summary>This renderer with the PDF of one release replaced (its link shows the PDF's size).</summary>
    public PageRenderer WithPdf(string releaseSourcePath, AtomFeed.Enclosure pdf) =>
        new(theme, siteView, gallery, new Dictionary<string, AtomFeed.Enclosure>(pdfByRelease, StringComparer.Ordinal) { [releaseSourcePath] = pdf }, map, tables, kitSize);

    /// <summary>The site map of <paramref name="site"/>; Markdown bodies are rendered with their pages (<see cref="MarkdownHtml"/>).</summary>
    public SitePages Jobs(SiteModel site, MarkdownRenderer markdown, ResultsViews results) =>
        new(site, new ViewBuilder(site, gallery, markdown.Render, pdfByRelease), gallery.WithdrawnIds.Count > 0, results, map, tables, kitSize);

    /// <summary>Renders the jobs in parallel; a page whose template fails is left out and its error recorded.</summary>
    public IReadOnlyList<RenderedPage> Render(IReadOnlyList<PageJob> jobs, SiteModel site, ErrorList errors, CancellationToken cancellation = default)
    {
        var lockups = new LockupViews(site.Content.BrandManual);
        var pages = new ConcurrentBag<RenderedPage>();
        Parallel.ForEach(jobs, new ParallelOptions { CancellationToken = cancellation }, job =>
        {
            if (RenderPage(job, site, lockups, errors) is { } html)
            {
                pages.Add(new RenderedPage(new OutputFile(Urls.ToOutputPath(job.Url), Encoding.UTF8.GetBytes(html), job.SourcePath), job.Published, job.Lockup));
            }
        });
        return pages.ToList();
    }

    /// <summary>The pages made from the content file <paramref name="sourcePath"/>, as a whole build of <paramref name="site"/> makes them.</summary>
    public IReadOnlyList<RenderedPage> RenderFrom(string sourcePath, SiteModel site, ErrorList errors) =>
        Render(Jobs(site, new MarkdownRenderer(site.Ids, errors), new ResultsViews(site)).From(sourcePath).ToList(), site, errors);

    private string? RenderPage(PageJob job, SiteModel site, LockupViews lockups, ErrorList errors)
    {
        var page = new PageView(job.Title, job.Description, job.Url, AtomFeed.Absolute(site, job.Url), job.Kind, job.Breadcrumbs, Navigation(job.Url, site),
            job.Lockup.PageLockup ? lockups.ForPage(job.Lockup) : null)
        {
            Image = job.Image is null ? null : AtomFeed.Absolute(site, job.Image),
            ImageAlt = job.ImageAlt,
            JsonLd = job.JsonLd,
        };
        var values = new Dictionary<string, object?>(job.Values, StringComparer.Ordinal) { ["site"] = siteView, ["page"] = page };
        if (theme.Render(job.Template, values, job.Url, errors) is not { } content)
        {
            return null;
        }

        values["content"] = content;
        return theme.Render(Theme.Theme.Layout, values, job.Url, errors);
    }

    private static IReadOnlyList<NavItemView> Navigation(string current, SiteModel site)
    {
        (string Title, string Url)[] items =
        [
            ("Inicio", Urls.Home), ("La Red", Urls.Page("red")), ("Mesas", Urls.Mesas), ("Estados", Urls.States),
            ("Logros", Urls.Achievements), ("Resultados", Urls.Results), ("Encuentros", Urls.Meetings), ("Galería", Urls.Gallery), ("Sala de prensa", Urls.PressRoom),
        ];
        var hasNetworkPage = site.Content.Pages.Any(p => p.Slug == "red");
        var hasGallery = site.Content.Albums.Count > 0;
        return items
            .Where(i => hasNetworkPage || i.Url != Urls.Page("red"))
            .Where(i => hasGallery || i.Url != Urls.Gallery)
            .Select(i => new NavItemView(i.Title, i.Url, i.Url == Urls.Home ? current == Urls.Home : current.StartsWith(i.Url, StringComparison.Ordinal)))
            .ToList();
    }
}
