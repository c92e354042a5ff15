using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Micrositio.Render.Charts;

namespace Micrositio.Tests.Render.Charts;

public sealed class LineChartTests
{
    private static readonly XNamespace Svg = ChartSvg.Svg;

    private static readonly int[] Decade = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];

    private static LineChartSpec Homicides(params ChartSeries[] series) => new(
        "homicidios",
        "Víctimas de homicidio por cada 100 000 habitantes",
        "Tamaulipas frente al promedio nacional.",
        "Víctimas por cada 100 000 habitantes",
        Decade,
        series.Length > 0 ? series : [Tamaulipas(), National()],
        2);

    private static ChartSeries Tamaulipas() => new("Tamaulipas", new Dictionary<int, decimal>
    {
        [2015] = 18.43m, [2016] = 21.02m, [2017] = 24.5m, [2018] = 26.1m, [2019] = 27.29m,
        [2021] = 22.87m, [2022] = 19.4m, [2023] = 17.05m, [2024] = 15.8m,
    }, Emphasis: true);

    private static ChartSeries National() => new("Nacional", Decade.ToDictionary(y => y, y => 16m + (y - 2015) * 1.1m));

    [Fact]
    public void Title_and_description_name_the_image()
    {
        var svg = ChartSvg.Parse(LineChart.Render(Homicides()));

        Assert.Equal("svg", svg.Root.Name.LocalName);
        Assert.Equal("img", (string?)svg.Root.Attribute("role"));
        Assert.Equal("grafica grafica--lineas", (string?)svg.Root.Attribute("class"));
        Assert.Equal("homicidios-titulo homicidios-desc", (string?)svg.Root.Attribute("aria-labelledby"));
        var title = svg.Root.Element(Svg + "title")!;
        var desc = svg.Root.Element(Svg + "desc")!;
        Assert.Equal("homicidios-titulo", (string?)title.Attribute("id"));
        Assert.Equal("homicidios-desc", (string?)desc.Attribute("id"));
        Assert.Equal("Víctimas de homicidio por cada 100 000 habitantes", title.Value);
        Assert.StartsWith("Tamaulipas frente al promedio nacional. Valores de 2015 a 2024.", desc.Value);
        Assert.Contains("Tamaulipas: mínimo 15.80 en 2024, máximo 27.29 en 2019; sin dato en 2020.", desc.Value);
    }

    [Fact]
    public void Every_point_carries_its_value_and_sits_where_the_axis_says()
    {
        var spec = Homicides();
        var svg = ChartSvg.Parse(LineChart.Render(spec));
        var valueAt = svg.AxisInverse("grafica__eje-y", "y1");
        var tolerance = svg.ValuePerUnit("grafica__eje-y", "y1") * 0.5m;

        for (var n = 0; n < spec.Series.Count; n++)
        {
            var series = spec.Series[n];
            var group = svg.WithClass("grafica__serie").Single(g => ChartSvg.HasClass(g, $"grafica__serie--{n}"));
            var points = group.Elements(Svg + "circle").ToList();
            Assert.Equal(series.ValuesByYear.Count, points.Count);
            foreach (var point in points)
            {
                Assert.True(ChartSvg.HasClass(point, "grafica__punto"));
                var year = int.Parse((string)point.Attribute("data-anio")!, CultureInfo.InvariantCulture);
                var expected = series.ValuesByYear[year];
                Assert.Equal(expected.ToString(CultureInfo.InvariantCulture), (string?)point.Attribute("data-valor"));
                var drawn = valueAt(ChartSvg.Number(point, "cy"));
                Assert.InRange(drawn, expected - tolerance, expected + tolerance);
            }
        }
    }

    [Fact]
    public void Point_titles_use_the_spanish_format()
    {
        var spec = Homicides(new ChartSeries("Nuevo León", new Dictionary<int, decimal> { [2019] = 1234.5m, [2020] = 27.29m }));
        var svg = ChartSvg.Parse(LineChart.Render(spec));

        var titles = svg.WithClass("grafica__punto").Select(p => p.Element(Svg + "title")?.Value).ToList();
        Assert.Contains("Nuevo León, 2019: 1,234.50", titles);
        Assert.Contains("Nuevo León, 2020: 27.29", titles);
    }

    [Fact]
    public void A_missing_year_is_a_gap_never_a_zero()
    {
        var svg = ChartSvg.Parse(LineChart.Render(Homicides()));
        var tamaulipas = svg.WithClass("grafica__serie--0").Single(g => ChartSvg.HasClass(g, "grafica__serie"));

        var paths = tamaulipas.Elements(Svg + "path").ToList();
        Assert.Equal(2, paths.Count);
        Assert.All(paths, p => Assert.Single(Regex.Matches((string)p.Attribute("d")!, "M")));
        Assert.DoesNotContain(tamaulipas.Elements(Svg + "circle"), c => (string?)c.Attribute("data-anio") == "2020");

        // Neither segment dips to the x axis: the gap is not drawn as a zero.
        var zeroY = svg.WithClass("grafica__eje-y").Single().Descendants(Svg + "line").Single(l => ChartSvg.HasClass(l, "grafica__eje"));
        var axisY = ChartSvg.Number(zeroY, "y1");
        var ys = paths.SelectMany(p => Regex.Matches((string)p.Attribute("d")!, @"[ML]([\d.]+) ([\d.]+)"))
            .Select(m => double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
        Assert.All(ys, y => Assert.True(y < axisY - 1));
    }

    [Fact]
    public void A_value_between_two_gaps_is_still_drawn_as_a_point()
    {
        var lonely = new ChartSeries("Colima", new Dictionary<int, decimal> { [2015] = 10m, [2017] = 12m, [2018] = 13m });
        var svg = ChartSvg.Parse(LineChart.Render(Homicides(lonely)));
        var group = svg.WithClass("grafica__serie").Single();

        Assert.Single(group.Elements(Svg + "path"));
        Assert.Contains(group.Elements(Svg + "circle"), c => (string?)c.Attribute("data-anio") == "2015");
        Assert.Equal(3, group.Elements(Svg + "circle").Count());
    }

    [Fact]
    public void Values_outside_the_requested_years_are_not_drawn()
    {
        var series = new ChartSeries("Sonora", new Dictionary<int, decimal> { [2010] = 500m, [2015] = 10m, [2016] = 11m });
        var svg = ChartSvg.Parse(LineChart.Render(Homicides(series)));

        Assert.Equal(["2015", "2016"], svg.WithClass("grafica__punto").Where(c => c.Attribute("data-anio") is not null).Select(c => (string)c.Attribute("data-anio")!));
        Assert.DoesNotContain("500", svg.WithClass("grafica__etiqueta").Select(t => t.Value));
    }

    [Fact]
    public void Axis_labels_use_the_mexican_number_format()
    {
        var big = new ChartSeries("Víctimas", new Dictionary<int, decimal> { [2015] = 900m, [2016] = 1234m });
        var labels = ChartSvg.Parse(LineChart.Render(Homicides(big) with { Decimals = 0 })).WithClass("grafica__etiqueta").Select(t => t.Value).ToList();
        Assert.Contains("1,000", labels);
        Assert.Contains("1,250", labels);

        var small = new ChartSeries("Tasa", new Dictionary<int, decimal> { [2015] = 11m, [2016] = 3.2m });
        var fractional = ChartSvg.Parse(LineChart.Render(Homicides(small) with { Decimals = 1 })).WithClass("grafica__etiqueta").Select(t => t.Value).ToList();
        Assert.Contains("12.5", fractional);
        Assert.Contains("2.5", fractional);
        Assert.Contains("0.0", fractional);
    }

    [Fact]
    public void Ten_years_are_all_labelled_and_long_ranges_every_other_year_ending_with_the_latest()
    {
        var decade = ChartSvg.Parse(LineChart.Render(Homicides()));
        Assert.Equal(Decade.Select(y => y.ToString(CultureInfo.InvariantCulture)), YearLabels(decade));

        int[] years = [.. Enumerable.Range(2001, 24)];
        var series = new ChartSeries("Nacional", years.ToDictionary(y => y, y => 10m));
        var long_ = ChartSvg.Parse(LineChart.Render(Homicides(series) with { Years = years }));
        Assert.Equal(Enumerable.Range(0, 12).Select(i => (2002 + 2 * i).ToString(CultureInfo.InvariantCulture)), YearLabels(long_));
    }

    [Fact]
    public void Series_differ_without_colour_and_the_emphasised_one_is_marked()
    {
        var svg = ChartSvg.Parse(LineChart.Render(Homicides()));
        var groups = svg.WithClass("grafica__serie").ToList();

        var emphasised = Assert.Single(groups, g => ChartSvg.HasClass(g, "grafica__serie--enfasis"));
        Assert.True(ChartSvg.HasClass(emphasised, "grafica__serie--0"));
        var styles = groups.Select(g => g.Element(Svg + "path")!)
            .Select(p => ((string?)p.Attribute("stroke-dasharray") ?? "continua") + "/" + (string?)p.Attribute("stroke-width"))
            .ToList();
        Assert.Equal(styles.Count, styles.Distinct().Count());

        var legend = svg.WithClass("grafica__leyenda-item").ToList();
        Assert.Equal(["Tamaulipas", "Nacional"], legend.Select(l => l.Element(Svg + "text")!.Value));
        Assert.Equal(
            groups.OrderBy(g => g.Attribute("class")!.Value).Select(g => (string?)g.Element(Svg + "path")!.Attribute("stroke-dasharray")),
            legend.Select(l => (string?)l.Element(Svg + "line")!.Attribute("stroke-dasharray")));
    }

    [Fact]
    public void Text_is_escaped()
    {
        var series = new ChartSeries("Coahuila & <x>", new Dictionary<int, decimal> { [2015] = 1m, [2016] = 2m });
        var markup = LineChart.Render(Homicides(series) with { Title = "Tasa \"anual\" <b>", Unit = "a < b" });

        Assert.DoesNotContain("<x>", markup);
        Assert.DoesNotContain("<b>", markup);
        Assert.Contains("Coahuila &amp; &lt;x&gt;", markup);
        var svg = ChartSvg.Parse(markup);
        Assert.Equal("Tasa \"anual\" <b>", svg.Root.Element(Svg + "title")!.Value);
        Assert.Contains("Coahuila & <x>", svg.WithClass("grafica__leyenda-texto").Select(t => t.Value));
        Assert.Equal("a < b", svg.WithClass("grafica__unidad").Single().Value);
    }

    [Fact]
    public void Output_is_deterministic_and_independent_of_the_current_culture()
    {
        var first = LineChart.Render(Homicides());
        string second;
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            second = LineChart.Render(Homicides());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        Assert.Equal(first, second);
        Assert.Matches(@"^<svg xmlns=""http://www\.w3\.org/2000/svg"" viewBox=""0 0 640 \d+""", first);
    }

    [Fact]
    public void Coordinates_have_at_most_one_decimal_and_no_inline_style()
    {
        var markup = LineChart.Render(Homicides());
        var svg = ChartSvg.Parse(markup);

        string[] geometric = ["x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "width", "height"];
        var values = svg.Root.DescendantsAndSelf().SelectMany(e => e.Attributes()).Where(a => geometric.Contains(a.Name.LocalName)).Select(a => a.Value)
            .Concat(svg.Root.Descendants(Svg + "path").SelectMany(p => Regex.Matches((string)p.Attribute("d")!, @"[\d.]+").Select(m => m.Value)));
        Assert.All(values, v => Assert.Matches(@"^-?\d+(\.\d)?$", v));
        Assert.DoesNotContain("style", markup);
        Assert.DoesNotContain("<script", markup);
    }

    [Fact]
    public void A_single_year_is_drawn_in_the_middle()
    {
        var series = new ChartSeries("Nacional", new Dictionary<int, decimal> { [2024] = 25m });
        var svg = ChartSvg.Parse(LineChart.Render(Homicides(series) with { Years = [2024] }));

        Assert.Empty(svg.Root.Descendants(Svg + "path"));
        Assert.Equal(25m, decimal.Parse((string)svg.WithClass("grafica__punto").First().Attribute("data-valor")!, CultureInfo.InvariantCulture));
        Assert.Contains("Valores de 2024.", svg.Root.Element(Svg + "desc")!.Value);
    }

    [Theory]
    [InlineData("con espacio")]
    [InlineData("1inicio")]
    [InlineData("")]
    public void An_unsafe_id_is_rejected(string id) =>
        Assert.Throws<ArgumentException>(() => LineChart.Render(Homicides() with { Id = id }));

    [Fact]
    public void Negative_values_and_unordered_years_are_rejected()
    {
        var negative = new ChartSeries("Error", new Dictionary<int, decimal> { [2015] = -1m });
        Assert.Throws<ArgumentException>(() => LineChart.Render(Homicides(negative)));
        Assert.Throws<ArgumentException>(() => LineChart.Render(Homicides() with { Years = [2016, 2015] }));
    }

    private static IEnumerable<string> YearLabels(ChartSvg svg) =>
        svg.WithClass("grafica__eje-x").Single().Elements(Svg + "text").Select(t => t.Value);
}
