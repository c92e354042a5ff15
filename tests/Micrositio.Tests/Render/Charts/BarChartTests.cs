using System.Globalization;
using System.Xml.Linq;
using Micrositio.Render.Charts;

namespace Micrositio.Tests.Render.Charts;

public sealed class BarChartTests
{
    private static readonly XNamespace Svg = ChartSvg.Svg;

    private static BarChartSpec States(params BarItem[] items) => new(
        "estados-2024",
        "Víctimas de homicidio por cada 100 000 habitantes, 2024",
        "Por entidad federativa.",
        "Víctimas por cada 100 000 habitantes",
        items.Length > 0 ? items :
        [
            new("Colima", 98.6m),
            new("Veracruz de Ignacio de la Llave", 12.4m),
            new("Tamaulipas", 27.29m, Emphasis: true),
            new("Campeche", null),
            new("Yucatán", 2.1m),
        ],
        1);

    [Fact]
    public void Title_and_description_name_the_image()
    {
        var svg = ChartSvg.Parse(BarChart.Render(States()));

        Assert.Equal("img", (string?)svg.Root.Attribute("role"));
        Assert.Equal("grafica grafica--barras", (string?)svg.Root.Attribute("class"));
        Assert.Equal("estados-2024-titulo estados-2024-desc", (string?)svg.Root.Attribute("aria-labelledby"));
        Assert.Equal("estados-2024-titulo", (string?)svg.Root.Element(Svg + "title")!.Attribute("id"));
        var desc = svg.Root.Element(Svg + "desc")!;
        Assert.Equal("estados-2024-desc", (string?)desc.Attribute("id"));
        Assert.Equal("Por entidad federativa. Valor más alto: Colima (98.6); más bajo: Yucatán (2.1). Sin dato: Campeche.", desc.Value);
    }

    [Fact]
    public void Bar_widths_are_proportional_to_the_values_and_match_the_axis()
    {
        var spec = States();
        var svg = ChartSvg.Parse(BarChart.Render(spec));
        var bars = svg.WithClass("grafica__barra").ToList();
        var valueAt = svg.AxisInverse("grafica__eje-x", "x1");
        var tolerance = svg.ValuePerUnit("grafica__eje-x", "x1") * 0.5m;

        Assert.Equal(spec.Items.Where(i => i.Value.HasValue).Select(i => i.Label), bars.Select(b => (string?)b.Attribute("data-etiqueta")));
        var colima = bars[0];
        foreach (var bar in bars)
        {
            var value = decimal.Parse((string)bar.Attribute("data-valor")!, CultureInfo.InvariantCulture);
            Assert.Equal(spec.Items.Single(i => i.Label == (string?)bar.Attribute("data-etiqueta")).Value, value);

            var ratio = ChartSvg.Number(bar, "width") / ChartSvg.Number(colima, "width");
            Assert.Equal((double)(value / 98.6m), ratio, 0.005);

            var end = valueAt(ChartSvg.Number(bar, "x") + ChartSvg.Number(bar, "width"));
            Assert.InRange(end, value - tolerance, value + tolerance);
            Assert.Equal(0m, Math.Round(valueAt(ChartSvg.Number(bar, "x")), 3));
        }
    }

    [Fact]
    public void A_missing_value_says_sin_dato_and_draws_no_bar()
    {
        var svg = ChartSvg.Parse(BarChart.Render(States()));
        var campeche = svg.WithClass("grafica__fila").Single(r => r.Descendants().Any(e => e.Value == "Campeche"));

        Assert.Empty(campeche.Descendants(Svg + "rect"));
        Assert.Equal("sin dato", campeche.Elements(Svg + "text").Single(t => ChartSvg.HasClass(t, "grafica__sin-dato")).Value);
        Assert.DoesNotContain(svg.WithClass("grafica__barra"), b => (string?)b.Attribute("data-etiqueta") == "Campeche");
    }

    [Fact]
    public void A_zero_is_a_value_not_a_missing_one()
    {
        var svg = ChartSvg.Parse(BarChart.Render(States(new BarItem("Tlaxcala", 0m), new BarItem("Puebla", 3m))));

        var tlaxcala = svg.WithClass("grafica__barra").First();
        Assert.Equal("0", (string?)tlaxcala.Attribute("width"));
        Assert.Empty(svg.WithClass("grafica__sin-dato"));
        Assert.Contains("0.0", svg.WithClass("grafica__valor").Select(v => v.Value));
    }

    [Fact]
    public void Rows_keep_the_given_order_and_labels_end_at_the_axis()
    {
        var spec = States();
        var svg = ChartSvg.Parse(BarChart.Render(spec));
        var labels = svg.WithClass("grafica__categoria").ToList();

        Assert.Equal(spec.Items.Select(i => i.Label), labels.Select(l => l.Value));
        Assert.All(labels, l => Assert.Equal("end", (string?)l.Attribute("text-anchor")));
        var ys = labels.Select(l => ChartSvg.Number(l, "y")).ToList();
        Assert.Equal(ys.Order(), ys);
        Assert.All(labels, l => Assert.True(ChartSvg.Number(l, "x") - 0.6 * 13 * l.Value.Length >= 0, "label fits inside the viewBox"));
    }

    [Fact]
    public void Values_and_ticks_use_the_mexican_number_format()
    {
        var svg = ChartSvg.Parse(BarChart.Render(States(new BarItem("Guanajuato", 1234.5m), new BarItem("Jalisco", 870m))));

        Assert.Equal(["1,234.5", "870.0"], svg.WithClass("grafica__valor").Select(v => v.Value));
        Assert.Equal(["0", "250", "500", "750", "1,000", "1,250"], svg.WithClass("grafica__eje-x").Single().Descendants(Svg + "text").Select(t => t.Value));
    }

    [Fact]
    public void Emphasis_marks_the_bar()
    {
        var svg = ChartSvg.Parse(BarChart.Render(States()));

        var emphasised = Assert.Single(svg.WithClass("grafica__barra--enfasis"));
        Assert.Equal("Tamaulipas", (string?)emphasised.Attribute("data-etiqueta"));
        Assert.True(ChartSvg.HasClass(emphasised, "grafica__barra"));
    }

    [Fact]
    public void Height_grows_with_the_number_of_items()
    {
        static double Height(int count) => ChartSvg.Number(
            ChartSvg.Parse(BarChart.Render(States([.. Enumerable.Range(1, count).Select(i => new BarItem($"Estado {i}", i))]))).Root, "height");

        Assert.Equal(Height(32) - Height(2), (Height(3) - Height(2)) * 30, 1);
        Assert.True(Height(32) > Height(5));
    }

    [Fact]
    public void A_url_wraps_the_label_in_a_link_and_the_chart_becomes_a_group()
    {
        var svg = ChartSvg.Parse(BarChart.Render(States(new BarItem("Nuevo León", 4m, Url: "/mesas/nuevo-leon/"), new BarItem("Sonora", 2m))));

        var link = Assert.Single(svg.Root.Descendants(Svg + "a"));
        Assert.Equal("/mesas/nuevo-leon/", (string?)link.Attribute("href"));
        Assert.Equal("Nuevo León", link.Element(Svg + "text")!.Value);
        // A link inside role="img" would be hidden from assistive technology.
        Assert.Equal("group", (string?)svg.Root.Attribute("role"));
        Assert.Equal("estados-2024-titulo", (string?)svg.Root.Attribute("aria-labelledby"));
        Assert.Equal("estados-2024-desc", (string?)svg.Root.Attribute("aria-describedby"));
    }

    [Fact]
    public void Text_and_urls_are_escaped()
    {
        var markup = BarChart.Render(States(new BarItem("Coahuila & <x>", 5m, Url: "/buscar?a=1&b=\"2\"")));

        Assert.DoesNotContain("<x>", markup);
        Assert.Contains("data-etiqueta=\"Coahuila &amp; &lt;x&gt;\"", markup);
        var svg = ChartSvg.Parse(markup);
        Assert.Equal("Coahuila & <x>", svg.WithClass("grafica__categoria").Single().Value);
        Assert.Equal("/buscar?a=1&b=\"2\"", (string?)svg.Root.Descendants(Svg + "a").Single().Attribute("href"));
    }

    [Fact]
    public void Output_is_deterministic_and_independent_of_the_current_culture()
    {
        var first = BarChart.Render(States());
        string second;
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("fr-FR");
            second = BarChart.Render(States());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        Assert.Equal(first, second);
        Assert.DoesNotContain("style", first);
    }

    [Fact]
    public void All_missing_still_renders_an_axis()
    {
        var svg = ChartSvg.Parse(BarChart.Render(States(new BarItem("Durango", null), new BarItem("Zacatecas", null))));

        Assert.Empty(svg.WithClass("grafica__barra"));
        Assert.Equal(2, svg.WithClass("grafica__sin-dato").Count());
        Assert.True(svg.WithClass("grafica__marca").Count() >= 4);
        Assert.EndsWith("Sin datos.", svg.Root.Element(Svg + "desc")!.Value);
    }

    [Fact]
    public void Negative_values_are_rejected() =>
        Assert.Throws<ArgumentException>(() => BarChart.Render(States(new BarItem("Error", -0.5m))));
}
