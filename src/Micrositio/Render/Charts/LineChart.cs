using Micrositio.Text;

namespace Micrositio.Render.Charts;

/// <summary>A build-time SVG line chart over years; y from 0, one path per run of consecutive years with data.</summary>
public static class LineChart
{
    private const double Width = 640;
    private const double PlotTop = 36;
    private const double PlotHeight = 240;
    private const double RightMargin = 24;
    private const double LegendGap = 48;
    private const double LegendRow = 22;
    private const double LegendSample = 28;
    private const int MaxYearLabels = 12;

    // Cycled by series index so lines differ by pattern as well as colour (readable in greyscale and for colour blindness).
    private static readonly string?[] DashPatterns = [null, "8 4", "2 3", "12 4 2 4", "4 4", "1 5"];

    public static string Render(LineChartSpec spec)
    {
        Validate(spec);
        var values = spec.Series.SelectMany(s => spec.Years.Where(s.ValuesByYear.ContainsKey).Select(y => s.ValuesByYear[y])).ToList();
        var scale = NiceScale.For(values.Count == 0 ? 0 : values.Max(), spec.Decimals);
        var tickLabels = scale.Ticks.Select(t => SpanishFormat.Number(t, scale.Decimals)).ToList();

        var left = 16 + tickLabels.Max(l => TextWidth.Estimate(l, ChartFrame.FontSize));
        var right = Width - RightMargin;
        var bottom = PlotTop + PlotHeight;
        var legend = LayoutLegend(spec.Series, bottom + LegendGap);
        var height = legend.Count == 0 ? bottom + 32 : legend.Max(p => p.Y) + 12;

        int first = spec.Years[0], last = spec.Years[^1];
        double X(int year) => first == last ? (left + right) / 2 : left + (double)(year - first) / (last - first) * (right - left);
        double Y(decimal value) => bottom - (double)(value / scale.Max) * PlotHeight;

        var svg = new SvgWriter();
        ChartFrame.Start(svg, spec.Id, "grafica--lineas", Width, height, spec.Title, ChartFrame.Describe(spec.Description, Summary(spec)), hasLinks: false);
        if (spec.Unit.Length > 0)
        {
            svg.Text("text", spec.Unit, ("class", "grafica__unidad"), ("x", "8"), ("y", "18"));
        }

        svg.Start("g", ("class", "grafica__eje-y"));
        for (var i = 0; i < scale.Ticks.Count; i++)
        {
            var y = SvgText.Coord(Y(scale.Ticks[i]));
            svg.Start("g", ("class", "grafica__marca"));
            svg.Empty("line", ("class", i == 0 ? "grafica__eje" : "grafica__rejilla"), ("x1", SvgText.Coord(left)), ("x2", SvgText.Coord(right)), ("y1", y), ("y2", y),
                ("stroke", "currentColor"), ("stroke-opacity", i == 0 ? null : "0.2"));
            svg.Text("text", tickLabels[i], ("class", "grafica__etiqueta"), ("x", SvgText.Coord(left - 8)), ("y", y), ("dy", "0.32em"), ("text-anchor", "end"));
            svg.End("g");
        }

        svg.End("g");

        var stride = (spec.Years.Count + MaxYearLabels - 1) / MaxYearLabels;
        svg.Start("g", ("class", "grafica__eje-x"));
        for (var i = 0; i < spec.Years.Count; i++)
        {
            var x = SvgText.Coord(X(spec.Years[i]));
            svg.Empty("line", ("class", "grafica__eje"), ("x1", x), ("x2", x), ("y1", SvgText.Coord(bottom)), ("y2", SvgText.Coord(bottom + 5)), ("stroke", "currentColor"));

            // Counted from the end so the latest year, the one readers look for, always keeps its label.
            if ((spec.Years.Count - 1 - i) % stride == 0)
            {
                svg.Text("text", SvgText.Data(spec.Years[i]), ("class", "grafica__etiqueta"), ("x", x), ("y", SvgText.Coord(bottom + 20)), ("text-anchor", "middle"));
            }
        }

        svg.End("g");

        // Emphasised series go last so they are painted on top; their class keeps the original index.
        foreach (var index in Enumerable.Range(0, spec.Series.Count).OrderBy(i => spec.Series[i].Emphasis))
        {
            WriteSeries(svg, spec, index, X, Y);
        }

        WriteLegend(svg, spec.Series, legend);
        svg.End("svg");
        return svg.ToString();
    }

    private static void WriteSeries(SvgWriter svg, LineChartSpec spec, int index, Func<int, double> x, Func<decimal, double> y)
    {
        var series = spec.Series[index];
        svg.Start("g", ("class", SeriesClass(series, index, "grafica__serie ")));
        foreach (var run in Runs(spec.Years, series.ValuesByYear).Where(r => r.Count > 1))
        {
            var d = string.Join("L", run.Select(year => SvgText.Coord(x(year)) + " " + SvgText.Coord(y(series.ValuesByYear[year]))));
            svg.Empty("path", ("class", "grafica__linea"), ("d", "M" + d), ("fill", "none"), ("stroke", "currentColor"),
                ("stroke-width", StrokeWidth(series)), ("stroke-dasharray", Dash(index)), ("stroke-linejoin", "round"));
        }

        foreach (var year in spec.Years.Where(series.ValuesByYear.ContainsKey))
        {
            var value = series.ValuesByYear[year];
            svg.Start("circle", ("class", "grafica__punto"), ("cx", SvgText.Coord(x(year))), ("cy", SvgText.Coord(y(value))), ("r", series.Emphasis ? "4.5" : "3.5"),
                ("data-anio", SvgText.Data(year)), ("data-valor", SvgText.Data(value)));
            svg.Text("title", $"{series.Name}, {year}: {SpanishFormat.Number(value, spec.Decimals)}");
            svg.End("circle");
        }

        svg.End("g");
    }

    /// <summary>Consecutive entries of <paramref name="years"/> that all have a value; a missing year ends a run.</summary>
    private static List<List<int>> Runs(IReadOnlyList<int> years, IReadOnlyDictionary<int, decimal> values)
    {
        var runs = new List<List<int>>();
        List<int>? current = null;
        foreach (var year in years)
        {
            if (!values.ContainsKey(year))
            {
                current = null;
                continue;
            }

            if (current is null)
            {
                current = [];
                runs.Add(current);
            }

            current.Add(year);
        }

        return runs;
    }

    private static List<(double X, double Y)> LayoutLegend(IReadOnlyList<ChartSeries> series, double firstBaseline)
    {
        var positions = new List<(double X, double Y)>();
        double x = 8, y = firstBaseline;
        foreach (var s in series)
        {
            var itemWidth = LegendSample + 8 + TextWidth.Estimate(s.Name, ChartFrame.FontSize) + 24;
            if (x > 8 && x + itemWidth > Width - 8)
            {
                x = 8;
                y += LegendRow;
            }

            positions.Add((x, y));
            x += itemWidth;
        }

        return positions;
    }

    private static void WriteLegend(SvgWriter svg, IReadOnlyList<ChartSeries> series, List<(double X, double Y)> positions)
    {
        svg.Start("g", ("class", "grafica__leyenda"));
        for (var i = 0; i < series.Count; i++)
        {
            var (x, y) = positions[i];
            var lineY = SvgText.Coord(y - 4.5);
            svg.Start("g", ("class", SeriesClass(series[i], i, "grafica__leyenda-item ")));
            svg.Empty("line", ("class", "grafica__linea"), ("x1", SvgText.Coord(x)), ("x2", SvgText.Coord(x + LegendSample)), ("y1", lineY), ("y2", lineY),
                ("stroke", "currentColor"), ("stroke-width", StrokeWidth(series[i])), ("stroke-dasharray", Dash(i)));
            svg.Empty("circle", ("class", "grafica__punto"), ("cx", SvgText.Coord(x + LegendSample / 2)), ("cy", lineY), ("r", series[i].Emphasis ? "4.5" : "3.5"));
            svg.Text("text", series[i].Name, ("class", "grafica__leyenda-texto"), ("x", SvgText.Coord(x + LegendSample + 8)), ("y", SvgText.Coord(y)));
            svg.End("g");
        }

        svg.End("g");
    }

    private static string SeriesClass(ChartSeries series, int index, string baseClass) =>
        $"{baseClass}grafica__serie--{index}" + (series.Emphasis ? " grafica__serie--enfasis" : "");

    private static string? Dash(int index) => DashPatterns[index % DashPatterns.Length];

    private static string StrokeWidth(ChartSeries series) => series.Emphasis ? "3.5" : "2";

    /// <summary>"Valores de 2015 a 2024. Tamaulipas: mínimo 12.3 en 2015, máximo 27.3 en 2019; sin dato en 2020."</summary>
    private static string Summary(LineChartSpec spec)
    {
        var parts = new List<string>
        {
            spec.Years.Count == 1 ? $"Valores de {spec.Years[0]}." : $"Valores de {spec.Years[0]} a {spec.Years[^1]}.",
        };
        foreach (var series in spec.Series)
        {
            var present = spec.Years.Where(series.ValuesByYear.ContainsKey).ToList();
            var missing = spec.Years.Where(y => !series.ValuesByYear.ContainsKey(y)).Select(y => SvgText.Data(y)).ToList();
            string Value(int year) => SpanishFormat.Number(series.ValuesByYear[year], spec.Decimals);

            // The earliest year wins a tie, so the sentence never depends on dictionary order.
            var lowest = present.OrderBy(y => series.ValuesByYear[y]).ThenBy(y => y).FirstOrDefault();
            var highest = present.OrderByDescending(y => series.ValuesByYear[y]).ThenBy(y => y).FirstOrDefault();
            var text = present.Count switch
            {
                0 => $"{series.Name}: sin datos",
                1 => $"{series.Name}: {Value(present[0])} en {present[0]}",
                _ => $"{series.Name}: mínimo {Value(lowest)} en {lowest}, máximo {Value(highest)} en {highest}",
            };
            if (present.Count > 0 && missing.Count > 0)
            {
                text += "; sin dato en " + SpanishList.Join(missing);
            }

            parts.Add(text + ".");
        }

        return string.Join(" ", parts);
    }

    private static void Validate(LineChartSpec spec)
    {
        ChartFrame.Validate(spec.Id, spec.Decimals);
        if (spec.Years.Count == 0)
        {
            throw new ArgumentException("La gráfica de líneas necesita al menos un año.", nameof(spec));
        }

        for (var i = 1; i < spec.Years.Count; i++)
        {
            if (spec.Years[i] <= spec.Years[i - 1])
            {
                throw new ArgumentException($"Los años deben ir en orden creciente y sin repetirse ({spec.Years[i - 1]}, {spec.Years[i]}).", nameof(spec));
            }
        }

        if (spec.Series.Count == 0)
        {
            throw new ArgumentException("La gráfica de líneas necesita al menos una serie.", nameof(spec));
        }

        foreach (var series in spec.Series)
        {
            foreach (var (year, value) in series.ValuesByYear)
            {
                if (value < 0)
                {
                    throw new ArgumentException($"La serie «{series.Name}» tiene un valor negativo en {year}; el eje empieza en 0.", nameof(spec));
                }
            }
        }
    }
}
