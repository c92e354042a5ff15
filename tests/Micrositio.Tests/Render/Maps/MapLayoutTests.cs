using Micrositio.Render.Maps;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;

namespace Micrositio.Tests.Render.Maps;

/// <summary>The drawn shapes of the real boundary file: a clean coverage, oriented and marked correctly.</summary>
public sealed class MapLayoutTests
{
    private static readonly Lazy<MapLayout> Layout = new(() => MapLayout.Create(MapFixture.TopoJson, MapFixture.States, MapOptions.Default));

    private static Geometry Outline(string code) => Layout.Value.States.Single(s => s.State.Code == code).Outline;

    // Rounding to tenths can pinch a few needle-thin inlets and the source has one 30-metre sliver where Campeche,
    // Tabasco and Guatemala meet, so "no overlap" allows a twentieth of a square unit: far below a pixel.
    [Fact]
    public void No_two_states_overlap()
    {
        var states = Layout.Value.States;
        for (var i = 0; i < states.Count; i++)
        {
            for (var j = i + 1; j < states.Count; j++)
            {
                var (a, b) = (states[i].Outline, states[j].Outline);
                if (!a.EnvelopeInternal.Intersects(b.EnvelopeInternal))
                {
                    continue;
                }

                var overlap = OverlayNGRobust.Overlay(a, b, SpatialFunction.Intersection).Area;
                Assert.True(overlap < 0.05, $"States {states[i].State.Code} and {states[j].State.Code} overlap by {overlap}.");
            }
        }
    }

    [Theory]
    [InlineData("28", "30")] // Tamaulipas, Veracruz
    [InlineData("14", "18")] // Jalisco, Nayarit
    [InlineData("09", "15")] // Ciudad de México, Estado de México
    public void Neighbours_still_share_their_border_vertex_for_vertex(string first, string second)
    {
        var (a, b) = (Outline(first), Outline(second));

        var shared = a.Coordinates.Select(c => (c.X, c.Y)).Intersect(b.Coordinates.Select(c => (c.X, c.Y))).Count();
        var border = OverlayNGRobust.Overlay(a, b, SpatialFunction.Intersection);

        Assert.True(shared >= 3, $"States {first} and {second} share only {shared} vertices.");
        Assert.True(border.Length > 5, $"States {first} and {second} touch along only {border.Length} units.");
        Assert.True(border.Area < 0.05);
    }

    [Fact]
    public void The_path_written_for_a_state_is_its_outline()
    {
        foreach (var shape in Layout.Value.States)
        {
            var drawn = SvgPathReader.Rings(SvgPathData.Write(shape.Outline));
            var rings = Enumerable.Range(0, shape.Outline.NumGeometries)
                .Select(i => (Polygon)shape.Outline.GetGeometryN(i))
                .SelectMany(p => new[] { p.Shell }.Concat(p.Holes));

            Assert.Equal(rings.Select(r => r.Coordinates.Select(c => (c.X, c.Y))), drawn.Select(r => r.Select(c => (c.X, c.Y))));
        }
    }

    [Fact]
    public void North_is_up_and_east_is_right()
    {
        static Point Centroid(string code) => Outline(code).Centroid;

        Assert.True(Centroid("08").Y < Centroid("07").Y, "Chihuahua should be above Chiapas.");
        Assert.True(Centroid("31").X > Centroid("02").X, "Yucatán should be right of Baja California.");
        Assert.True(Centroid("02").Y < Centroid("03").Y, "Baja California should be above Baja California Sur.");
    }

    [Fact]
    public void The_map_fills_the_view_box()
    {
        var layout = Layout.Value;
        var all = new Envelope();
        foreach (var shape in layout.States)
        {
            all.ExpandToInclude(shape.Outline.EnvelopeInternal);
        }

        Assert.InRange(all.MinX, 0, 10);
        Assert.InRange(all.MaxX, layout.Width - 10, layout.Width);
        Assert.InRange(all.MinY, 0, 10);
        Assert.InRange(all.MaxY, layout.Height - 10, layout.Height);
        // Mexico is wider than tall in a conformal projection.
        Assert.InRange(layout.Height / layout.Width, 0.5, 0.75);
    }

    [Fact]
    public void Markers_lie_inside_their_states_and_only_states_with_mesas_have_one()
    {
        foreach (var shape in Layout.Value.States)
        {
            if (shape.State.MesaCount == 0)
            {
                Assert.Null(shape.Marker);
                continue;
            }

            Assert.NotNull(shape.Marker);
            var location = new IndexedPointInAreaLocator(shape.Outline).Locate(shape.Marker);
            Assert.True(location == Location.Interior, $"The marker of state {shape.State.Code} is outside it.");
        }
    }

    [Fact]
    public void At_the_default_tolerance_every_island_is_kept()
    {
        var source = TopoJsonReader.Read(MapFixture.TopoJson, "estados", "CVE_ENT", new GeometryFactory());

        Assert.All(Layout.Value.States, s => Assert.Equal(source[s.State.Code].NumGeometries, s.Outline.NumGeometries));
    }

    [Fact]
    public void A_coarse_tolerance_drops_small_islands_but_never_a_state()
    {
        var coarse = MapLayout.Create(MapFixture.TopoJson, MapFixture.States, new MapOptions { Tolerance = 5 });

        Assert.Equal(32, coarse.States.Count);
        Assert.All(coarse.States, s => Assert.True(s.Outline.Area > 0, $"State {s.State.Code} vanished."));
        Assert.True(coarse.States.Sum(s => s.Outline.NumGeometries) < Layout.Value.States.Sum(s => s.Outline.NumGeometries));
    }
}
