using Micrositio.Assemble;
using Micrositio.Content;
using Micrositio.Render.Charts;
using Micrositio.Render.Maps;
using Micrositio.Render.Views;
using Micrositio.Text;

namespace Micrositio.Render.Results;

/// <summary>The charts and the map, built from the assembled site; every number is formatted for es-MX here.</summary>
public sealed class ResultsViews(SiteModel site)
{
    public const string NoData = "sin dato";

    /// <summary>The map of the 32 states, each linking to its page, with the states that have mesas marked.</summary>
    public string Map(string idPrefix) => MexicoMap.RenderSvg(
        site.Content.Data.Boundaries!.TopoJson,
        site.Content.States.Select(s => new MapState(s.Code, s.Slug, s.Name, Urls.State(s.Slug), site.MesasByState[s.Slug].Count())).ToList(),
        MapOptions.Default with { IdPrefix = idPrefix });

    /// <summary>Each charted indicator for one state against the national figure, over the years.</summary>
    public IReadOnlyList<ChartView> ForState(State state) =>
        site.Results.Charted
            .Where(c => site.Results.Series(c.Indicator.Id, state.Code).Count > 0)
            .Select(c => Lines(c, $"grafica-{c.Indicator.Id}-{state.Slug}",
                [new ChartSeries(state.Name, site.Results.Series(c.Indicator.Id, state.Code), Emphasis: true), National(c)],
                $"{c.Indicator.Title} en {state.Name} y en el país, por año."))
            .ToList();

    /// <summary>Each charted indicator nationally over the years, and across the states in its latest year.</summary>
    public IReadOnlyList<ChartView> Indicators() =>
        site.Results.Charted.SelectMany(c => new[]
        {
            Lines(c, $"grafica-{c.Indicator.Id}-nacional", [National(c)], $"{c.Indicator.Title} en el país, por año."),
            AcrossStates(c),
        }).OfType<ChartView>().ToList();

    private ChartSeries National(ChartedIndicator c) => new("Nacional", site.Results.Series(c.Indicator.Id, ResultsData.NationalCode));

    private ChartView Lines(ChartedIndicator c, string id, IReadOnlyList<ChartSeries> series, string description)
    {
        var years = site.Results.Years(c.Indicator.Id);
        var svg = LineChart.Render(new LineChartSpec(id, c.Indicator.Title, description, c.Indicator.Unit, years, series, c.Indicator.Decimals));
        var rows = years.Select(y => new ChartRowView(y.ToString(System.Globalization.CultureInfo.InvariantCulture),
            series.Select(s => s.ValuesByYear.TryGetValue(y, out var v) ? SpanishFormat.Number(v, c.Indicator.Decimals) : NoData).ToList())).ToList();
        return View(c, id, c.Indicator.Title, svg, "Año", series.Select(s => s.Name).ToList(), rows);
    }

    /// <summary>The states in the latest year with data, highest first, with the national figure for reference.</summary>
    private ChartView? AcrossStates(ChartedIndicator c)
    {
        var years = site.Results.Years(c.Indicator.Id);
        if (years.Count == 0)
        {
            return null;
        }

        var year = years[^1];
        decimal? Value(string code) => site.Results.Series(c.Indicator.Id, code).TryGetValue(year, out var v) ? v : null;
        var items = site.Content.States
            .Select(s => new BarItem(s.Name, Value(s.Code), Url: Urls.State(s.Slug)))
            .Append(new BarItem("Nacional", Value(ResultsData.NationalCode), Emphasis: true))
            .OrderByDescending(i => i.Value ?? decimal.MinValue).ThenBy(i => i.Label, StringComparer.Ordinal)
            .ToList();
        var title = $"{c.Indicator.Title}, por estado, {year}";
        var id = $"grafica-{c.Indicator.Id}-estados";
        var svg = BarChart.Render(new BarChartSpec(id, title, $"{c.Indicator.Title} de cada estado en {year}, de mayor a menor, con el total nacional.",
            c.Indicator.Unit, items, c.Indicator.Decimals));
        var rows = items.Select(i => new ChartRowView(i.Label, [i.Value is { } v ? SpanishFormat.Number(v, c.Indicator.Decimals) : NoData], i.Url)).ToList();
        return View(c, id, title, svg, "Estado", [c.Indicator.Unit], rows);
    }

    private static ChartView View(ChartedIndicator c, string id, string title, string svg, string rowHeader, IReadOnlyList<string> columns, IReadOnlyList<ChartRowView> rows) =>
        new(id, title, svg, rowHeader, columns, rows, c.Dataset.Source.Citation, c.Dataset.Source.Url?.ToString(), c.Dataset.Source.Notes);

    /// <summary>A bar chart of the network's own figures (mesas per state, achievements per axis, a vote).</summary>
    private static ChartView Counts(string id, string title, string description, string unit, string rowHeader, IReadOnlyList<BarItem> items, string source)
    {
        // A site without mesas (or achievements) has nothing to chart; the caller drops the empty view.
        var svg = items.Count == 0 ? "" : BarChart.Render(new BarChartSpec(id, title, description, unit, items, 0));
        var rows = items.Select(i => new ChartRowView(i.Label, [i.Value is { } v ? SpanishFormat.Number(v) : NoData], i.Url)).ToList();
        return new ChartView(id, title, svg, rowHeader, [unit], rows, source, null, []);
    }

    public IReadOnlyList<ChartView> Network()
    {
        var network = site.Content.Network;
        var charts = new List<ChartView>
        {
            Counts("mesas-por-estado", "Mesas por estado", "Mesas con página en este sitio en cada estado, de más a menos.", "mesas", "Estado",
                site.StatesWithMesas
                    .Select(s => new BarItem(s.Name, site.MesasByState[s.Slug].Count(), Url: Urls.State(s.Slug)))
                    .OrderByDescending(i => i.Value).ThenBy(i => i.Label, StringComparer.Ordinal).ToList(),
                "páginas de mesas de este sitio; " + network.Source),
            Counts("logros-por-eje", "Logros por eje estratégico", "Logros registrados en cada uno de los tres ejes estratégicos.", "logros", "Eje",
                Axis.All.Where(_ => site.AchievementsNewestFirst.Count > 0).Select(a => site.AchievementsByAxis[a].Count() is var n && n > 0
                    ? new BarItem(Axis.Title(a), n, Url: Urls.AchievementsByAxis(a))
                    : new BarItem(Axis.Title(a), 0)).ToList(),
                "páginas de logros de este sitio"),
        };
        foreach (var meeting in site.MeetingsNewestFirst.Where(m => m.Vote is { Options.Count: > 0 }))
        {
            charts.Add(Counts($"votacion-{meeting.Slug}", $"{meeting.Vote!.Subject}: votación del {meeting.Title}",
                $"Votos de las mesas por cada opción en el {meeting.Title}.", "votos", "Opción",
                meeting.Vote.Options.OrderByDescending(o => o.Votes).Select(o => new BarItem(o.Option, o.Votes)).ToList(),
                $"página del {meeting.Title}"));
        }

        return charts.Where(c => c.Rows.Count > 0).ToList();
    }

    /// <summary>The population of the mesa's municipalities in the latest year of the data (CONAPO).</summary>
    public IReadOnlyList<FigureView> MunicipalPopulation(Mesa mesa)
    {
        var code = site.StatesBySlug[mesa.State].Code;
        return mesa.Municipalities
            .Select(name => site.Results.FindMunicipality(code, name))
            .OfType<Municipality>()
            .Select(m => (m, Series: site.Results.Series(Import.PublicDataImporter.PopulationIndicator, m.Code)))
            .Where(p => p.Series.Count > 0)
            .Select(p => new FigureView(SpanishFormat.Number(p.Series.Last().Value), p.m.Name, p.Series.Last().Key.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
    }

    public static DownloadView Download(DataTable table) => new(
        table.Source.Title,
        table.Source.Description,
        table.Source.Citation,
        table.Source.Url?.ToString(),
        table.Source.Compilation,
        table.Source.TakenOn is { } taken ? SpanishFormat.Date(taken) : null,
        table.Source.License,
        table.Source.Notes,
        table.CsvUrl,
        table.JsonUrl,
        table.SchemaUrl,
        table.Rows.Count);
}
