using Micrositio.Text;

namespace Micrositio.Render.Charts;

/// <summary>A build-time SVG chart of horizontal bars, so long category names (Spanish state names) stay readable.</summary>
public static class BarChart
{
    private const double MinWidth = 640;
    private const double MinPlotWidth = 240;
    private const double PlotTop = 30;
    private const double RowHeight = 26;
    private const double BarHeight = 16;
    private const double Margin = 8;
    private const double LabelGap = 10;
    private const double ValueGap = 6;
    private const string NoData = "sin dato";

    public static string Render(BarChartSpec spec)
    {
        Validate(spec);
        var values = spec.Items.Where(i => i.Value.HasValue).Select(i => i.Value!.Value).ToList();
        var scale = NiceScale.For(values.Count == 0 ? 0 : values.Max(), spec.Decimals);
        var tickLabels = scale.Ticks.Select(t => SpanishFormat.Number(t, scale.Decimals)).ToList();
        var valueLabels = spec.Items.Select(i => i.Value is { } v ? SpanishFormat.Number(v, spec.Decimals) : NoData).ToList();

        var left = Margin + spec.Items.Max(i => TextWidth.Estimate(i.Label, ChartFrame.FontSize)) + LabelGap;
        var rightMargin = Math.Max(
            ValueGap + valueLabels.Max(l => TextWidth.Estimate(l, ChartFrame.FontSize)),
            TextWidth.Estimate(tickLabels[^1], ChartFrame.FontSize) / 2) + Margin;
        var plotWidth = Math.Max(MinWidth - left - rightMargin, MinPlotWidth);
        var width = left + plotWidth + rightMargin;
        var bottom = PlotTop + spec.Items.Count * RowHeight + 4;
        var height = bottom + 30;
        double X(decimal value) => left + (double)(value / scale.Max) * plotWidth;

        var hasLinks = spec.Items.Any(i => i.Url is not null);
        var svg = new SvgWriter();
        ChartFrame.Start(svg, spec.Id, "grafica--barras", width, height, spec.Title, ChartFrame.Describe(spec.Description, Summary(spec)), hasLinks);
        if (spec.Unit.Length > 0)
        {
            svg.Text("text", spec.Unit, ("class", "grafica__unidad"), ("x", SvgText.Coord(Margin)), ("y", "18"));
        }

        // As a figure (links inside) the rows are read out; the axis would only interleave noise.
        svg.Start("g", ("class", "grafica__eje-x"), ("aria-hidden", hasLinks ? "true" : null));
        for (var i = 0; i < scale.Ticks.Count; i++)
        {
            var x = SvgText.Coord(X(scale.Ticks[i]));
            svg.Start("g", ("class", "grafica__marca"));
            svg.Empty("line", ("class", i == 0 ? "grafica__eje" : "grafica__rejilla"), ("x1", x), ("x2", x), ("y1", SvgText.Coord(PlotTop)), ("y2", SvgText.Coord(bottom)),
                ("stroke", "currentColor"), ("stroke-opacity", i == 0 ? null : "0.2"));
            svg.Text("text", tickLabels[i], ("class", "grafica__etiqueta"), ("x", x), ("y", SvgText.Coord(bottom + 18)), ("text-anchor", "middle"));
            svg.End("g");
        }

        svg.End("g");

        for (var i = 0; i < spec.Items.Count; i++)
        {
            var item = spec.Items[i];
            var rowTop = PlotTop + i * RowHeight;
            var middle = SvgText.Coord(rowTop + RowHeight / 2);
            svg.Start("g", ("class", item.Emphasis ? "grafica__fila grafica__fila--enfasis" : "grafica__fila"));
            if (item.Url is not null)
            {
                svg.Start("a", ("href", item.Url));
            }

            svg.Text("text", item.Label, ("class", "grafica__categoria"), ("x", SvgText.Coord(left - LabelGap)), ("y", middle), ("dy", "0.32em"), ("text-anchor", "end"));
            if (item.Url is not null)
            {
                svg.End("a");
            }

            if (item.Value is { } value)
            {
                var end = X(value);
                svg.Start("rect", ("class", item.Emphasis ? "grafica__barra grafica__barra--enfasis" : "grafica__barra"),
                    ("x", SvgText.Coord(left)), ("y", SvgText.Coord(rowTop + (RowHeight - BarHeight) / 2)),
                    ("width", SvgText.Coord(end - left)), ("height", SvgText.Coord(BarHeight)),
                    ("data-etiqueta", item.Label), ("data-valor", SvgText.Data(value)));
                svg.Text("title", $"{item.Label}: {valueLabels[i]}");
                svg.End("rect");
                svg.Text("text", valueLabels[i], ("class", "grafica__valor"), ("x", SvgText.Coord(end + ValueGap)), ("y", middle), ("dy", "0.32em"));
            }
            else
            {
                svg.Text("text", NoData, ("class", "grafica__sin-dato"), ("x", SvgText.Coord(left + ValueGap)), ("y", middle), ("dy", "0.32em"));
            }

            svg.End("g");
        }

        svg.End("svg");
        return svg.ToString();
    }

    /// <summary>"Valor más alto: Colima (98.6); más bajo: Yucatán (2.1). Sin dato: Campeche y Chiapas."</summary>
    private static string Summary(BarChartSpec spec)
    {
        string Format(BarItem item) => $"{item.Label} ({SpanishFormat.Number(item.Value!.Value, spec.Decimals)})";

        // The first item wins a tie, matching the order the caller chose.
        var present = spec.Items.Where(i => i.Value.HasValue).ToList();
        var missing = spec.Items.Where(i => !i.Value.HasValue).Select(i => i.Label).ToList();
        var text = present.Count switch
        {
            0 => "Sin datos.",
            1 => $"Valor: {Format(present[0])}.",
            _ => $"Valor más alto: {Format(present.MaxBy(i => i.Value)!)}; más bajo: {Format(present.MinBy(i => i.Value)!)}.",
        };

        return present.Count > 0 && missing.Count > 0 ? $"{text} Sin dato: {SpanishList.Join(missing)}." : text;
    }

    private static void Validate(BarChartSpec spec)
    {
        ChartFrame.Validate(spec.Id, spec.Decimals);
        if (spec.Items.Count == 0)
        {
            throw new ArgumentException("La gráfica de barras necesita al menos un elemento.", nameof(spec));
        }

        foreach (var item in spec.Items)
        {
            if (item.Value < 0)
            {
                throw new ArgumentException($"«{item.Label}» tiene un valor negativo ({SvgText.Data(item.Value.Value)}); las barras empiezan en 0.", nameof(spec));
            }
        }
    }
}
