using Micrositio.Render.Maps;

namespace Micrositio.Tests.Render.Maps;

/// <summary>The projection uses INEGI's EPSG:6372 parameters: origin 12° N 102° W, parallels 17.5° and 29.5°.</summary>
public sealed class LambertConformalConicTests
{
    private static readonly LambertConformalConic Mexico = LambertConformalConic.Mexico;

    [Fact]
    public void The_origin_maps_to_the_false_easting()
    {
        var (x, y) = Mexico.Project(-102, 12);

        Assert.Equal(2_500_000, x, 6);
        Assert.Equal(0, y, 6);
    }

    [Fact]
    public void The_central_meridian_is_vertical_and_north_is_positive_y()
    {
        var south = Mexico.Project(-102, 15);
        var north = Mexico.Project(-102, 30);

        Assert.Equal(2_500_000, south.X, 6);
        Assert.Equal(2_500_000, north.X, 6);
        Assert.True(north.Y > south.Y);
        // About 111 km per degree of latitude along a meridian.
        Assert.InRange(north.Y - south.Y, 15 * 110_000, 15 * 112_500);
    }

    [Fact]
    public void East_is_positive_x_and_parallels_curve_towards_the_pole()
    {
        var west = Mexico.Project(-115, 20);
        var centre = Mexico.Project(-102, 20);
        var east = Mexico.Project(-89, 20);

        Assert.True(west.X < centre.X && centre.X < east.X);
        Assert.Equal(centre.X - west.X, east.X - centre.X, 3);
        Assert.True(west.Y > centre.Y, "A parallel bends up (north) away from the central meridian in a conic projection.");
    }

    [Fact]
    public void Scale_is_true_along_the_standard_parallels()
    {
        foreach (var latitude in new[] { 17.5, 29.5 })
        {
            var a = Mexico.Project(-102, latitude);
            var b = Mexico.Project(-101.99, latitude);
            var projected = Math.Sqrt(Math.Pow(b.X - a.X, 2) + Math.Pow(b.Y - a.Y, 2));
            var onSphere = 6_371_000 * Math.Cos(latitude * Math.PI / 180) * 0.01 * Math.PI / 180;

            Assert.Equal(1, projected / onSphere, 6);
        }
    }
}
