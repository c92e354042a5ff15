using System.Collections.Concurrent;
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
/// The Render stage: Markdown bodies to HTML, then every page of the site map through its template and the
/// layout, plus the feed, the sitemap, robots.txt and the theme's assets. Pages render in parallel; the
/// result is sorted by path so the output never depends on scheduling.
/// </summary>
public sealed class SiteRenderer(Theme.Theme theme, string logoCacheDirectory, ErrorList errors, Press.Pdf.PdfMemory? pdfMemory = null, StepClock? clock = null)
{
    public const string StylesheetName = "sitio.css";

    /// <summary>Optional: filters the achievements listing in place; without it the filter pages still work.</summary>
    public const string FilterScriptName = "filtros.js";

    /// <summary>Optional: shows search results on /buscar/; without it the page lists the site by state and kind.</summary>
    public const string SearchScriptName = "buscar.js";

    public RenderedSite Render(SiteModel site, GalleryResult gallery)
    {
        var markdown = new MarkdownRenderer(site.Ids, errors);
        var bodies = new ConcurrentDictionary<MarkdownSource, string>();
        string Html(MarkdownSource source) => bodies.GetOrAdd(source, markdown.Render);

        var (assets, assetUrls) = ThemeAssets.Collect(theme.AssetsDirectory);
        if (!assetUrls.TryGetValue(StylesheetName, out var stylesheet))
        {
            errors.Add(Stage.Render, $"{theme.DisplayPath}/assets/{StylesheetName}", null, null, "el tema no tiene su hoja de estilos.",
                $"cree assets/{StylesheetName} en la carpeta del tema.");
            stylesheet = "";
        }

        var (brandFiles, logosRendered) = Time("render: logotipos en PNG", () => BrandFiles.Make(site.Content.BrandManual, logoCacheDirectory));
        pdfMemory?.NextBuild();
        var press = Time("render: sala de prensa (PDF, feeds, kit)", () => new PressRoom(site, markdown.Parse, theme.PdfFontsDirectory, brandFiles, gallery, errors, pdfMemory).Make());
        var views = new ViewBuilder(site, gallery, Html, press.PdfByRelease);
        var lockups = new LockupViews(site.Content.BrandManual);
        var results = new ResultsViews(site);
        var tables = ResultTables.All(site);
        var kit = press.Published.FirstOrDefault(f => "/" + f.Path == Urls.PressKit);
        var jobs = Time("render: modelo de las páginas (mapa, gráficas)", () => new SitePages(site, views, Html, gallery.WithdrawnIds.Count > 0, results, Map(site, results), tables,
            kit is null ? null : ViewBuilder.FileSize(kit.Bytes.Length)).All().ToList());
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
            lockups.Institutional());

        var pages = new ConcurrentBag<(OutputFile File, bool Published)>();
        Time("render: páginas", () => Parallel.ForEach(jobs, job =>
        {
            if (RenderPage(job, siteView, site, lockups) is { } html)
            {
                pages.Add((new OutputFile(Urls.ToOutputPath(job.Url), Encoding.UTF8.GetBytes(html), job.SourcePath), job.Published));
            }
        }));
        var searchIndex = Time("render: índice de búsqueda", () => SearchIndex.Write(SearchIndex.Documents(site, PlainText)));

        var published = pages.Where(p => p.Published).Select(p => p.File)
            .Concat(assets)
            .Concat(gallery.Files)
            .Concat(brandFiles)
            .Concat(press.Published)
            .Concat(Redirects(gallery))
            .Concat(DataDownloads.Files(tables, siteView.BaseUrl))
            .Append(new OutputFile(SearchIndex.Url.TrimStart('/'), searchIndex))
            .Append(new OutputFile("sitemap.xml", SitemapXml.Write(site, jobs.Where(j => j.Published).Select(j => j.Url))))
            .Append(new OutputFile("robots.txt", SitemapXml.Robots(site)))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
        var unpublished = pages.Where(p => !p.Published).Select(p => p.File).Concat(press.CheckedOnly).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var requirements = jobs.Where(j => j.Lockup != LockupRequirement.SiteOnly).ToDictionary(j => Urls.ToOutputPath(j.Url), j => j.Lockup, StringComparer.Ordinal);
        return new RenderedSite(published, unpublished, requirements) { Work = (logosRendered, pdfMemory?.Written ?? 0, pdfMemory?.Reused ?? 0) };
    }

    private T Time<T>(string step, Func<T> work) => clock is null ? work() : clock.Time(step, work);

    private string? RenderPage(PageJob job, SiteView siteView, SiteModel site, LockupViews lockups)
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

    private static string PlainText(MarkdownSource source) => source.IsBlank ? "" : Markdig.Markdown.ToPlainText(source.Text);

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
