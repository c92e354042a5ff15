using Micrositio.Render.Maps;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Micrositio.Tests.Render.Maps;

/// <summary>Compact path data: relative steps in tenths, no drift, one Z per ring.</summary>
public sealed class SvgPathDataTests
{
    private static Geometry Wkt(string wkt) => new WKTReader().Read(wkt);

    [Fact]
    public void A_ring_is_a_relative_move_then_relative_steps_then_Z()
    {
        var data = SvgPathData.Write(Wkt("POLYGON ((10 20, 10.5 20, 10.5 19.9, 10 20))"));

        Assert.Equal("m10 20 .5 0 0-.1Z", data);
    }

    [Fact]
    public void Later_rings_move_from_the_start_of_the_previous_ring()
    {
        var data = SvgPathData.Write(Wkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 3, 3 3, 2 2))"));

        Assert.Equal("m0 0 10 0 0 10-10 0Zm2 2 0 1 1 0Z", data);
    }

    [Fact]
    public void Steps_add_up_to_the_exact_grid_points()
    {
        var polygon = Wkt("MULTIPOLYGON (((0.1 0.2, 123.4 0.3, 99.9 77.7, 0.1 0.2)), ((300.3 300.3, 301.1 300.3, 300.7 301.9, 300.3 300.3)))");

        var rings = SvgPathReader.Rings(SvgPathData.Write(polygon));

        Assert.Equal(polygon.Coordinates.Select(c => (c.X, c.Y)), rings.SelectMany(r => r).Select(c => (c.X, c.Y)));
    }

    [Fact]
    public void Negative_numbers_need_no_separator_and_lose_their_leading_zero()
    {
        var data = SvgPathData.Write(Wkt("POLYGON ((5 5, 4.7 5, 4.7 4.2, 5 5))"));

        Assert.Equal("m5 5-.3 0 0-.8Z", data);
    }
}
