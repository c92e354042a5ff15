using System.Text;
using Micrositio.Assemble;
using Micrositio.Brand;
using Micrositio.Diagnostics;
using Micrositio.Images;
using Micrositio.Load;
using Micrositio.Render.Feeds;
using Micrositio.Render.Markdown;
using Micrositio.Render.Press;
using Micrositio.Render.Results;
using Micrositio.Render.Search;
using Micrositio.Render.Views;
using Micrositio.Write;

namespace Micrositio.Render;

/// <summary>
/// The Render stage: the site map as page jobs, and every file that is not a page — the feed, the sitemap,
/// robots.txt, the press room's documents, the search index, the theme's assets. The pages themselves are rendered
/// a batch at a time by the stages after (<see cref="RenderedSite.Pages"/>), each batch checked and written before the
/// next, so a site of thousands of pages is never in memory whole.
/// </summary>
public sealed class SiteRenderer(
    Theme.Theme theme, string logoCacheDirectory, ErrorList errors, Press.Pdf.PdfMemory? pdfMemory = null, StepClock? clock = null, CancellationToken cancellation = default,
    string? kitCacheDirectory = null, string? searchCacheDirectory = null)
{
    public const string StylesheetName = "sitio.css";

    /// <summary>Optional: filters the achievements listing in place; without it the filter pages still work.</summary>
    public const string FilterScriptName = "filtros.js";

    /// <summary>Optional: shows search results on /buscar/; without it the page lists the site by state and kind.</summary>
    public const string SearchScriptName = "buscar.js";

    public RenderedSite Render(SiteModel site, GalleryResult gallery)
    {
        var (assets, assetUrls) = ThemeAssets.Collect(theme.AssetsDirectory);
        if (!assetUrls.TryGetValue(StylesheetName, out var stylesheet))
        {
            errors.Add(Stage.Render, $"{theme.DisplayPath}/assets/{StylesheetName}", null, null, "el tema no tiene su hoja de estilos.",
                $"cree assets/{StylesheetName} en la carpeta del tema.");
            stylesheet = "";
        }

        var markdown = new MarkdownRenderer(site.Ids, errors);
        var (brandFiles, logosRendered) = Time("render: logotipos en PNG", () => BrandFiles.Make(site.Content.BrandManual, logoCacheDirectory, errors, cancellation));
        pdfMemory?.NextBuild();
        var press = Time("render: sala de prensa (PDF, feeds, kit)", () => new PressRoom(site, markdown.Parse, theme.PdfFontsDirectory, brandFiles, gallery, errors, pdfMemory, kitCacheDirectory, cancellation).Make());
        var results = new ResultsViews(site);
        var tables = ResultTables.All(site);
        var kit = press.Published.FirstOrDefault(f => "/" + f.Path == Urls.PressKit);
        var siteView = new SiteView(
            site.Site.Title,
            site.Site.ShortTitle,
            site.Site.Description,
            site.Site.BaseUrl.ToString().TrimEnd('/'),
            site.Site.Language,
            stylesheet,
            assetUrls.GetValueOrDefault(FilterScriptName),
            assetUrls.GetValueOrDefault(SearchScriptName),
            Urls.Feed,
            site.Site.MediaContacts.Select(c => new ContactView(c.Role, c.Email, c.Phone)).ToList(),
            site.Site.SocialLinks.Select(s => new LinkView(s.Name, s.Url.ToString())).ToList(),
            new LockupViews(site.Content.BrandManual).Institutional());
        var pages = new PageRenderer(theme, siteView, gallery, press.PdfByRelease, Map(site, results), tables,
            kit is null ? null : ViewBuilder.FileSize(kit.Length));
        var jobs = Time("render: modelo de las páginas (mapa, gráficas)", () => pages.Jobs(site, markdown, results).All().Select(Cancellable).ToList());
        var (searchIndex, indexed) = Time("render: índice de búsqueda", () => SearchIndex.Make(site, PlainText, searchCacheDirectory, cancellation));

        var published = assets
            .Concat(gallery.Files)
            .Concat(brandFiles)
            .Concat(press.Published)
            .Concat(Redirects(gallery))
            .Concat(DataDownloads.Files(tables, siteView.BaseUrl))
            .Append(searchIndex)
            .Append(new OutputFile("sitemap.xml", SitemapXml.Write(site, jobs.Where(j => j.Published).Select(j => j.Url))))
            .Append(new OutputFile("robots.txt", SitemapXml.Robots(site)))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
        var requirements = jobs.Where(j => j.Lockup != LockupRequirement.SiteOnly).ToDictionary(j => Urls.ToOutputPath(j.Url), j => j.Lockup, StringComparer.Ordinal);
        return new RenderedSite(published, press.CheckedOnly.OrderBy(f => f.Path, StringComparer.Ordinal).ToList(), requirements, jobs, pages)
        {
            Work = (logosRendered, pdfMemory?.Written ?? 0, pdfMemory?.Reused ?? 0, indexed),
        };
    }

    private T Time<T>(string step, Func<T> work)
    {
        cancellation.ThrowIfCancellationRequested();
        return clock is null ? work() : clock.Time(step, work);
    }

    /// <summary>A stale build of the preview stops between page models, not after all of them.</summary>
    private PageJob Cancellable(PageJob job)
    {
        cancellation.ThrowIfCancellationRequested();
        return job;
    }

    /// <summary>The search index's text; a body Markdig refuses (absurd nesting) is reported by its page's rendering, so it is left out here.</summary>
    private static string PlainText(MarkdownSource source)
    {
        if (source.IsBlank || MarkdownDepth.TooManyMarkers(source.Text) is not null)
        {
            return "";
        }

        try
        {
            return Markdig.Markdown.ToPlainText(source.Text);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return "";
        }
    }

    /// <summary>The map is drawn once per build and shown on the home page and on /estados/.</summary>
    private string Map(SiteModel site, ResultsViews results)
    {
        if (site.Content.Data.Boundaries is not { } boundaries)
        {
            return ""; // already reported by the Validate stage
        }

        try
        {
            return results.Map("mapa");
        }
        catch (Maps.MapDataException ex)
        {
            errors.Add(Stage.Render, boundaries.SourcePath, null, null,
                $"no se pudo dibujar el mapa con estos límites estatales ({ex.Message}).",
                "use el archivo de los datos públicos (shared/data/mexico-states/mexico-estados.topo.json): debe tener el objeto «estados» con las 32 claves CVE_ENT de input/estados.yml.");
            return "";
        }
    }

    /// <summary>
    /// Netlify's <c>_redirects</c>: every derivative of a withdrawn photo answers 410 Gone, so its old URLs
    /// stop serving copies that a CDN or a link may still point to.
    /// </summary>
    private static IEnumerable<OutputFile> Redirects(GalleryResult gallery)
    {
        if (gallery.WithdrawnIds.Count == 0)
        {
            yield break;
        }

        var rules = gallery.WithdrawnIds.Select(id => $"{Urls.PhotoDerivatives(id)}  {Urls.Gone}  410!\n");
        yield return new OutputFile("_redirects", Encoding.UTF8.GetBytes("# Fotos retiradas: sus URL responden 410 (Gone).\n" + string.Concat(rules)));
    }
}
