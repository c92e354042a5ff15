using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Micrositio.Render.Maps;
using NetTopologySuite.Algorithm;
using Xunit.Abstractions;

namespace Micrositio.Tests.Render.Maps;

/// <summary>The SVG written from the real boundary file: structure, accessibility, size and determinism.</summary>
public sealed class MexicoMapSvgTests(ITestOutputHelper output)
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly Lazy<string> Rendered = new(() => MexicoMap.RenderSvg(MapFixture.TopoJson, MapFixture.States));

    private static XElement Root => XElement.Parse(Rendered.Value);

    [Fact]
    public void The_map_is_well_formed_svg_labelled_by_its_title_and_description()
    {
        var root = Root;

        Assert.Equal(Svg + "svg", root.Name);
        Assert.Equal("mapa", (string?)root.Attribute("class"));
        Assert.Equal("group", (string?)root.Attribute("role"));
        Assert.Equal("mapa-titulo mapa-desc", (string?)root.Attribute("aria-labelledby"));
        Assert.Matches(@"^0 0 800 \d+$", (string?)root.Attribute("viewBox"));
        Assert.Equal("Mapa de los 32 estados de México", root.Element(Svg + "title")?.Value);
        Assert.Equal("mapa-titulo", (string?)root.Element(Svg + "title")?.Attribute("id"));
        Assert.Equal("mapa-desc", (string?)root.Element(Svg + "desc")?.Attribute("id"));
        Assert.Contains("punto", root.Element(Svg + "desc")?.Value);
    }

    [Fact]
    public void Each_state_is_one_link_in_code_order_named_by_its_mesas()
    {
        var links = Root.Elements(Svg + "a").ToList();

        Assert.Equal(32, links.Count);
        Assert.Equal(MapFixture.States.Select(s => s.Code).Order(StringComparer.Ordinal), links.Select(a => (string?)a.Attribute("data-clave")));
        Assert.All(links, a => Assert.Equal("mapa__enlace", (string?)a.Attribute("class")));
        var byCode = links.ToDictionary(a => (string)a.Attribute("data-clave")!);
        Assert.Equal("/estados/aguascalientes/", (string?)byCode["01"].Attribute("href"));
        Assert.Equal("Aguascalientes: sin mesas con página", (string?)byCode["01"].Attribute("aria-label"));
        Assert.Equal("Chihuahua: 1 mesa", (string?)byCode["08"].Attribute("aria-label"));
        Assert.Equal("Tamaulipas: 5 mesas", (string?)byCode["28"].Attribute("aria-label"));
        Assert.Equal("/estados/tamaulipas/", (string?)byCode["28"].Attribute("href"));
        Assert.Equal("Ciudad de México: 2 mesas", (string?)byCode["09"].Attribute("aria-label"));
    }

    [Fact]
    public void States_with_mesas_get_a_class_and_a_dot_so_colour_is_not_the_only_cue()
    {
        foreach (var link in Root.Elements(Svg + "a"))
        {
            var state = MapFixture.State((string)link.Attribute("data-clave")!);
            var path = Assert.Single(link.Elements(Svg + "path"));
            var classes = ((string?)path.Attribute("class") ?? "").Split(' ');
            if (state.MesaCount > 0)
            {
                Assert.Equal(["mapa__estado", "mapa__estado--con-mesas"], classes);
                var dot = Assert.Single(link.Elements(Svg + "circle"));
                Assert.Equal("mapa__marca", (string?)dot.Attribute("class"));
            }
            else
            {
                Assert.Equal(["mapa__estado"], classes);
                Assert.Empty(link.Elements(Svg + "circle"));
            }
        }
    }

    [Fact]
    public void Every_state_has_a_non_empty_path()
    {
        Assert.All(Root.Elements(Svg + "a"), link =>
        {
            var data = (string?)link.Element(Svg + "path")?.Attribute("d");
            Assert.False(string.IsNullOrEmpty(data));
            var rings = SvgPathReader.Rings(data);
            Assert.NotEmpty(rings);
            Assert.All(rings, r => Assert.True(Area.OfRing(r) > 0, $"State {link.Attribute("data-clave")} has a ring without area."));
        });
    }

    [Fact]
    public void The_map_has_no_styles_scripts_or_external_references()
    {
        var svg = Rendered.Value;

        Assert.DoesNotContain("style", svg, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", svg, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("xlink", svg, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", svg, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Root.Descendants(), e => e.Name.LocalName is "use" or "image" or "foreignObject");
    }

    [Fact]
    public void The_map_stays_under_80_KB_even_when_every_state_has_mesas()
    {
        var everyState = MapFixture.States.Select(s => s with { MesaCount = 12 }).ToList();

        var first = Stopwatch.StartNew();
        var svg = MexicoMap.RenderSvg(MapFixture.TopoJson, everyState);
        first.Stop();
        var again = Stopwatch.StartNew();
        MexicoMap.RenderSvg(MapFixture.TopoJson, everyState);
        again.Stop();

        var bytes = Encoding.UTF8.GetByteCount(svg);
        output.WriteLine($"SVG with 32 markers: {bytes} bytes ({bytes / 1024.0:0.0} KB); with 4 markers: " +
            $"{Encoding.UTF8.GetByteCount(Rendered.Value)} bytes. Render: {first.ElapsedMilliseconds} ms, then {again.ElapsedMilliseconds} ms.");
        Assert.InRange(bytes, 20 * 1024, 80 * 1024);
        Assert.InRange(Encoding.UTF8.GetByteCount(Rendered.Value), 20 * 1024, 80 * 1024);
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes_whatever_the_order_or_culture()
    {
        var culture = CultureInfo.CurrentCulture;
        string again;
        try
        {
            // A culture with a decimal comma would break the path data if any number used it.
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            again = MexicoMap.RenderSvg(MapFixture.TopoJson, MapFixture.States.Reverse().ToList());
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }

        Assert.Equal(Rendered.Value, again);
    }

    [Theory]
    [InlineData(0, 0.4, "mapa")]
    [InlineData(800, -1, "mapa")]
    [InlineData(800, 0.4, "")]
    [InlineData(800, 0.4, "mapa portada")]
    public void Nonsense_options_are_rejected(double width, double tolerance, string idPrefix)
    {
        var options = new MapOptions { Width = width, Tolerance = tolerance, IdPrefix = idPrefix };

        Assert.ThrowsAny<ArgumentException>(() => MexicoMap.RenderSvg(MapFixture.TopoJson, MapFixture.States, options));
    }

    [Fact]
    public void Names_and_urls_are_escaped()
    {
        var states = MapFixture.States
            .Select(s => s.Code == "01" ? s with { Name = "A & \"B\" <C>", Url = "/estados/a/?x=1&y=2" } : s)
            .ToList();

        var link = XElement.Parse(MexicoMap.RenderSvg(MapFixture.TopoJson, states)).Elements(Svg + "a").First();

        Assert.Equal("A & \"B\" <C>: sin mesas con página", (string?)link.Attribute("aria-label"));
        Assert.Equal("/estados/a/?x=1&y=2", (string?)link.Attribute("href"));
    }

    [Fact]
    public void The_id_prefix_names_the_title_and_description()
    {
        var root = XElement.Parse(MexicoMap.RenderSvg(MapFixture.TopoJson, MapFixture.States, new MapOptions { IdPrefix = "mapa-portada" }));

        Assert.Equal("mapa-portada-titulo mapa-portada-desc", (string?)root.Attribute("aria-labelledby"));
        Assert.Equal("mapa-portada-titulo", (string?)root.Element(Svg + "title")?.Attribute("id"));
    }

    [Fact]
    public void A_state_without_geometry_is_an_error_that_names_it()
    {
        var states = MapFixture.States.Append(new MapState("33", "atlantida", "Atlántida", "/estados/atlantida/", 0)).ToList();

        var error = Assert.Throws<MapDataException>(() => MexicoMap.RenderSvg(MapFixture.TopoJson, states));

        Assert.Contains("state 33 (Atlántida) has no geometry", error.Message);
    }

    [Fact]
    public void A_geometry_without_state_is_an_error_that_names_its_code()
    {
        var states = MapFixture.States.Where(s => s.Code != "15").ToList();

        var error = Assert.Throws<MapDataException>(() => MexicoMap.RenderSvg(MapFixture.TopoJson, states));

        Assert.Contains("geometry CVE_ENT 15 matches no state", error.Message);
    }

    [Fact]
    public void A_state_listed_twice_is_an_error()
    {
        var states = MapFixture.States.Append(MapFixture.State("05")).ToList();

        var error = Assert.Throws<MapDataException>(() => MexicoMap.RenderSvg(MapFixture.TopoJson, states));

        Assert.Contains("state code 05 is listed twice", error.Message);
    }

    [Fact]
    public void Paths_use_compact_invariant_numbers_with_at_most_one_decimal()
    {
        var data = Root.Descendants(Svg + "path").Select(p => (string)p.Attribute("d")!);

        Assert.All(data, d => Assert.Matches(new Regex(@"^(m[-\d. ]+Z)+$"), d));
        Assert.All(data, d => Assert.DoesNotMatch(new Regex(@"\.\d\d|,"), d));
    }
}
