using Micrositio.Assemble;
using Micrositio.Brand;
using Micrositio.Content;
using Micrositio.Render.Results;
using Micrositio.Render.Views;
using Micrositio.Text;

namespace Micrositio.Render;

/// <summary>The site map as a list of <see cref="PageJob"/>s: which pages exist, with which template and data.</summary>
public sealed class SitePages(SiteModel site, ViewBuilder views, bool hasWithdrawnPhotos,
    ResultsViews results, string map, IReadOnlyList<DataTable> tables, string? kitSize)
{
    private static readonly LinkView HomeCrumb = new("Inicio", Urls.Home);

    public IEnumerable<PageJob> All()
    {
        yield return Home();
        foreach (var page in site.Content.Pages.Where(p => p.Slug != "inicio").OrderBy(p => p.Slug, StringComparer.Ordinal))
        {
            yield return StaticPage(page);
        }

        yield return MesasIndex();
        foreach (var mesa in site.MesasBySlug.Values)
        {
            yield return MesaPage(mesa);
        }

        yield return StatesIndex();
        foreach (var state in site.Content.States)
        {
            yield return StatePage(state);
        }

        yield return ResultsPage();
        yield return SearchPage();

        foreach (var job in AchievementPages())
        {
            yield return job;
        }

        yield return new PageJob(Urls.Meetings, "encuentros", "Encuentros nacionales", "Los encuentros nacionales de la Red de Mesas de Seguridad y Justicia.",
            "encuentros", [HomeCrumb], Values("encuentros", site.MeetingsNewestFirst.Select(views.Meeting).ToList()));
        foreach (var meeting in site.MeetingsNewestFirst)
        {
            yield return MeetingPage(meeting);
        }

        yield return new PageJob(Urls.PressRoom, "sala-de-prensa", "Sala de prensa", "Comunicados de prensa de la Red Nacional de Mesas de Seguridad y Justicia.",
            "sala-de-prensa", [HomeCrumb], Values(("comunicados", site.PublishedReleases.Select(views.Release).ToList()), ("feed", Urls.PressFeed),
                ("kit", new LinkView("Kit de prensa", Urls.PressKit, kitSize))));
        yield return LogosPage();
        foreach (var release in site.PublishedReleases)
        {
            yield return ReleasePage(release, published: true);
        }

        // Releases under embargo go through the same templates and checks, so that the build at embargo
        // time cannot fail; the renderer keeps their pages out of every published file.
        foreach (var release in site.EmbargoedReleases)
        {
            yield return ReleasePage(release, published: false);
        }

        if (site.Content.Albums.Count > 0)
        {
            var albums = site.Content.Albums.OrderByDescending(a => a.Date).ThenBy(a => a.Slug, StringComparer.Ordinal).ToList();
            yield return new PageJob(Urls.Gallery, "galeria", "Galería", "Álbumes de fotos de las mesas y de la Red.", "galeria", [HomeCrumb],
                Values("albumes", albums.Select(views.Album).ToList()));
            foreach (var album in albums)
            {
                yield return new PageJob(Urls.Album(album.Slug), "album", album.Title, album.Description ?? $"Fotos: {album.Title}.", "album",
                    [HomeCrumb, new("Galería", Urls.Gallery)], Values("album", views.Album(album)), album.SourcePath)
                {
                    Lockup = AboutMesas(album.Mesa is null ? [] : [album.Mesa]),
                };
            }
        }

        if (hasWithdrawnPhotos)
        {
            yield return new PageJob(Urls.Gone, "410", "Foto retirada", "Esta foto se retiró del sitio.", "410", [], Values());
        }

        yield return new PageJob(Urls.NotFound, "404", "Página no encontrada", "La página que busca no existe.", "404", [], Values());
    }

    /// <summary>
    /// The page made from one Markdown content file (the preview shows an edited file's page before the whole
    /// site is rebuilt); none for other files. Each is the same job <see cref="All"/> makes for that file.
    /// </summary>
    public IEnumerable<PageJob> From(string sourcePath)
    {
        bool Is(string path) => string.Equals(path, sourcePath, StringComparison.Ordinal);
        if (site.Content.Pages.FirstOrDefault(p => Is(p.SourcePath)) is { } page)
        {
            yield return page.Slug == "inicio" ? Home() : StaticPage(page);
        }

        if (site.MesasBySlug.Values.FirstOrDefault(m => Is(m.SourcePath)) is { } mesa)
        {
            yield return MesaPage(mesa);
        }

        if (site.Content.States.FirstOrDefault(s => !s.Intro.IsBlank && Is(s.Intro.File)) is { } state)
        {
            yield return StatePage(state);
        }

        if (site.AchievementsNewestFirst.FirstOrDefault(a => Is(a.SourcePath)) is { } achievement)
        {
            yield return AchievementPage(achievement);
        }

        if (site.MeetingsNewestFirst.FirstOrDefault(m => Is(m.SourcePath)) is { } meeting)
        {
            yield return MeetingPage(meeting);
        }

        if (site.PublishedReleases.FirstOrDefault(r => Is(r.SourcePath)) is { } release)
        {
            yield return ReleasePage(release, published: true);
        }

        if (site.EmbargoedReleases.FirstOrDefault(r => Is(r.SourcePath)) is { } embargoed)
        {
            yield return ReleasePage(embargoed, published: false);
        }
    }

    private PageJob StaticPage(StaticPage page) =>
        new(Urls.Page(page.Slug), "pagina", page.Title, page.Description ?? site.Site.Description, "pagina", [HomeCrumb],
            Values("pagina", new StaticPageView(page.Title, page.Description, views.Html(page.Body))), page.SourcePath);

    private PageJob MesaPage(Mesa mesa) =>
        new(Urls.Mesa(mesa.Slug), "mesa", mesa.Name, mesa.Summary, "mesa",
            [HomeCrumb, new("Mesas", Urls.Mesas), views.StateLink(mesa.State)],
            Values(("mesa", views.Mesa(mesa)), ("poblacion", results.MunicipalPopulation(mesa))), mesa.SourcePath)
        {
            Lockup = AboutMesas([mesa.Slug]),
        };

    private PageJob StatePage(State state)
    {
        var view = views.State(state);
        var description = view.Mesas.Count == 0
            ? $"{state.Name} no tiene mesas con página en este sitio."
            : $"Mesas de Seguridad y Justicia en {state.Name}: {view.Mesas.Count}.";
        return new PageJob(view.Url, "estado", state.Name, description, "estado", [HomeCrumb, new("Estados", Urls.States)],
            Values(("estado", view), ("indicadores", results.ForState(state))), state.Intro.IsBlank ? null : state.Intro.File);
    }

    private PageJob MeetingPage(Meeting meeting) =>
        new(Urls.Meeting(meeting.Slug), "encuentro", meeting.Title, meeting.Summary, "encuentro",
            [HomeCrumb, new("Encuentros", Urls.Meetings)], Values("encuentro", views.Meeting(meeting)), meeting.SourcePath);

    private PageJob Home()
    {
        var intro = site.Content.Pages.First(p => p.Slug == "inicio");
        var network = site.Content.Network;
        var latestMeeting = site.MeetingsNewestFirst.FirstOrDefault(m => m.Attendees.Count > 0);
        var figures = new List<FigureView>
        {
            new(SpanishFormat.Number(network.MesasInNetwork), "Mesas de Seguridad y Justicia integran la Red"),
            new($"Cerca de {SpanishFormat.Number(network.People)}", "personas, entre ciudadanos y funcionarios, trabajan en las mesas"),
            new(SpanishFormat.Number(network.StatesInReport.Count), "estados con mesas, según el informe"),
        };
        if (latestMeeting is not null)
        {
            figures.Add(new(SpanishFormat.Number(latestMeeting.Attendees.Count), $"mesas asistieron al {latestMeeting.Title}",
                $"de {SpanishFormat.Number(latestMeeting.MesasInvited ?? network.MesasInNetwork)} invitadas"));
        }

        figures.Add(new(SpanishFormat.Number(site.StatesWithMesas.Count()), "estados de las mesas que tienen página en este sitio", null));
        return new PageJob(Urls.Home, "inicio", intro.Title, intro.Description ?? site.Site.Description, "inicio", [],
            Values(
                ("intro", views.Html(intro.Body)),
                ("cifras", figures),
                ("fuente", network.Source),
                ("mapa", Map()),
                ("logros", site.AchievementsNewestFirst.Take(5).Select(views.Achievement).ToList()),
                ("comunicados", site.PublishedReleases.Take(3).Select(views.Release).ToList())),
            intro.SourcePath);
    }

    /// <summary>A release's page: its photo (or the press card) for social networks and schema.org NewsArticle data.</summary>
    private PageJob ReleasePage(PressRelease release, bool published)
    {
        var view = views.Release(release);
        var photo = view.Photos.FirstOrDefault();
        var image = photo?.Src ?? Urls.PressCard;
        return new PageJob(Urls.Release(release), "comunicado", release.Title, release.Summary, "comunicado",
            [HomeCrumb, new("Sala de prensa", Urls.PressRoom)], Values("comunicado", view), release.SourcePath, published)
        {
            Lockup = AboutMesas(release.Mesas) with { PageLockup = true },
            Image = image,
            ImageAlt = photo?.Alt ?? "Logotipos de " + site.Site.Title + " y de México SOS",
            JsonLd = Press.NewsArticleJson.Write(site, release, view, image),
        };
    }

    /// <summary>The map with, beside it, the 32 states as a list (for screen readers and small screens).</summary>
    private MapView Map() => new(map, site.Content.States
        .Select(s => site.MesasByState[s.Slug].Count() is var n && n > 0
            ? new LinkView(s.Name, Urls.State(s.Slug), n == 1 ? "1 mesa" : $"{n} mesas")
            : new LinkView(s.Name, Urls.State(s.Slug)))
        .ToList(),
        site.Content.Data.Boundaries?.Source.Citation ?? "");

    /// <summary>/buscar/: results come from buscar.js; without JavaScript the page lists the site by state and by kind.</summary>
    private PageJob SearchPage() => new(Urls.Search, "buscar", "Buscar", "Busque mesas, estados, logros y comunicados de la Red.", "buscar", [HomeCrumb],
        Values(
            ("estados", site.StatesWithMesas.Select(s => new StateGroupView(views.StateLink(s.Slug), site.MesasByState[s.Slug].Select(views.MesaLink).ToList())).ToList()),
            ("logros", site.AchievementsNewestFirst.Select(a => new LinkView(a.Title, Urls.Achievement(a.Slug), SpanishFormat.Date(a.Date))).ToList()),
            ("comunicados", site.PublishedReleases.Select(views.ReleaseLink).ToList()),
            ("encuentros", site.MeetingsNewestFirst.Select(views.MeetingLink).ToList())));

    private PageJob ResultsPage()
    {
        var attendance = site.MeetingsNewestFirst.Where(m => m.Attendees.Count > 0)
            .Select(m => new FigureView(SpanishFormat.Number(m.Attendees.Count), $"mesas asistieron al {m.Title}",
                m.MesasInvited is { } invited ? $"de {SpanishFormat.Number(invited)} invitadas" : null))
            .ToList();
        return new PageJob(Urls.Results, "resultados", "Resultados", "Lo que ha logrado la Red, estado por estado, y los indicadores de seguridad con sus datos para descargar.",
            "resultados", [HomeCrumb],
            Values(
                ("asistencia", attendance),
                ("red", results.Network()),
                ("indicadores", results.Indicators()),
                ("descargas", tables.Select(ResultsViews.Download).ToList())));
    }

    /// <summary>The press kit's logos: every approved variant, as SVG and PNG, with the manual's rules.</summary>
    private PageJob LogosPage()
    {
        var manual = site.Content.BrandManual;
        var brands = manual.Brands
            .OrderBy(b => b.Kind).ThenBy(b => b.Name, StringComparer.Ordinal)
            .Select(b => new BrandDownloadView(b.Name, b.Alt, b.MinHeight, SpanishFormat.Number((decimal)b.ClearSpace, 2),
                b.Variants.Select(v => new LogoDownloadView(
                    v.Name,
                    string.Join(", ", v.Backgrounds),
                    v.Url,
                    BrandFiles.PngHeights.Select(h => new LinkView($"PNG de {h} px de alto", "/" + BrandFiles.PngPath(v, h))).ToList())).ToList()))
            .ToList();
        return new PageJob(Urls.PressLogos, "logotipos", "Logotipos para medios", "Logotipos aprobados de México SOS, la Red Nacional y las mesas, con sus reglas de uso.",
            "logotipos", [HomeCrumb, new("Sala de prensa", Urls.PressRoom)], Values("marcas", brands));
    }

    private PageJob MesasIndex()
    {
        var groups = site.StatesWithMesas
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .Select(s => new StateGroupView(views.StateLink(s.Slug), site.MesasByState[s.Slug].Select(views.MesaLink).ToList()))
            .ToList();
        var network = site.Content.Network;
        return new PageJob(Urls.Mesas, "mesas", "Mesas de Seguridad y Justicia", "Las mesas de la Red, agrupadas por estado.", "mesas", [HomeCrumb],
            Values(("grupos", groups), ("total", site.MesasBySlug.Count), ("mesasEnLaRed", network.MesasInNetwork), ("fuente", network.Source)));
    }

    private PageJob StatesIndex()
    {
        var network = site.Content.Network;
        var rows = site.Content.States
            .Select(s => new StateRowView(s.Code, views.StateLink(s.Slug), site.MesasByState[s.Slug].Count(), network.StatesInReport.Contains(s.Slug)))
            .ToList();
        LinkView Link(State s) => views.StateLink(s.Slug);
        var withMesas = site.StatesWithMesas.Select(s => s.Slug).ToHashSet();
        return new PageJob(Urls.States, "estados", "Estados", "Las 32 entidades federativas y las mesas de cada una.", "estados", [HomeCrumb],
            Values(
                ("mapa", Map()),
                ("filas", rows),
                ("fuente", network.Source),
                ("enInforme", network.StatesInReport.Count),
                ("conMesas", withMesas.Count),
                ("soloEnInforme", site.Content.States.Where(s => network.StatesInReport.Contains(s.Slug) && !withMesas.Contains(s.Slug)).Select(Link).ToList()),
                ("soloConMesas", site.Content.States.Where(s => withMesas.Contains(s.Slug) && !network.StatesInReport.Contains(s.Slug)).Select(Link).ToList())));
    }

    /// <summary>
    /// The listing, and a page per filter (axis, state, and state with axis), so filtering works without
    /// JavaScript; each page's filter links keep the other dimension. The three axes always have a page
    /// (other pages link to them); an empty combination with a state does not.
    /// </summary>
    private IEnumerable<PageJob> AchievementPages()
    {
        var crumbs = new List<LinkView> { HomeCrumb, new("Logros", Urls.Achievements) };
        var states = site.Content.States.Where(s => site.AchievementsByState[s.Slug].Any()).ToList();

        IEnumerable<Achievement> Matching(string? state, string? axis) =>
            (state is null ? site.AchievementsNewestFirst : site.AchievementsByState[state]).Where(a => axis is null || a.Axis == axis);

        FilterOptionView Option(string title, string? state, string? axis, string? currentState, string? currentAxis) =>
            new(title, Urls.AchievementsFiltered(state, axis), Matching(state, axis).Count(), state == currentState && axis == currentAxis);

        AchievementFilterView Filters(string? state, string? axis) => new("Filtrar logros",
            [Option("Todos los ejes", state, null, state, axis), .. Axis.All.Select(a => Option(Axis.Title(a), state, a, state, axis))],
            [Option("Todos los estados", null, axis, state, axis), .. states.Select(s => Option(s.Name, s.Slug, axis, state, axis))]);

        foreach (var state in states.Select(s => s.Slug).Prepend(null))
        {
            foreach (var axis in Axis.All.Prepend(null))
            {
                var items = Matching(state, axis).ToList();
                if (items.Count == 0 && state is not null)
                {
                    continue;
                }

                var where = state is null ? "" : $" en {site.StatesBySlug[state].Name}";
                var (title, description) = axis is null
                    ? (state is null ? "Logros" : $"Logros{where}", state is null ? "Los logros de México SOS en sus tres ejes estratégicos." : $"Logros que se refieren a {site.StatesBySlug[state].Name}.")
                    : ($"Logros{where}: {Axis.Title(axis).ToLowerInvariant()}", $"Logros del eje de {Axis.Title(axis).ToLowerInvariant()}{where}.");
                var url = Urls.AchievementsFiltered(state, axis);
                yield return new PageJob(url, "logros", title, description, "logros", url == Urls.Achievements ? [HomeCrumb] : crumbs,
                    Values(("titulo", title), ("logros", items.Select(views.Achievement).ToList()), ("filtros", Filters(state, axis)), ("todos", Urls.Achievements),
                        ("completa", url == Urls.Achievements)));
            }
        }

        foreach (var achievement in site.AchievementsNewestFirst)
        {
            yield return AchievementPage(achievement);
        }
    }

    private PageJob AchievementPage(Achievement achievement) =>
        new(Urls.Achievement(achievement.Slug), "logro", achievement.Title, achievement.Summary, "logro",
            [HomeCrumb, new("Logros", Urls.Achievements)], Values("logro", views.Achievement(achievement)), achievement.SourcePath)
        {
            Lockup = AboutMesas(achievement.Mesas),
        };

    /// <summary>A page about exactly one mesa carries that mesa's co-brand lockup (with its sponsors).</summary>
    private LockupRequirement AboutMesas(IReadOnlyList<string> mesas) =>
        mesas.Count == 1 && site.MesasBySlug.TryGetValue(mesas[0], out var mesa)
            ? new LockupRequirement(true, mesa.Slug, mesa.Sponsors)
            : LockupRequirement.SiteOnly;

    private static Dictionary<string, object?> Values(string key, object value) => new(StringComparer.Ordinal) { [key] = value };

    private static Dictionary<string, object?> Values(params (string Key, object? Value)[] values) =>
        values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
}
