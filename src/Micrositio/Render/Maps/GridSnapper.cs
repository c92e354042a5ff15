using NetTopologySuite.Geometries;

namespace Micrositio.Render.Maps;

/// <summary>
/// Rounds a polygonal geometry to the grid the SVG is written on (tenths of a unit), so what the tests check
/// is exactly what the page draws. Rounding is per vertex, so shared borders stay shared; vertices that fall
/// together are merged and rings that collapse are dropped.
/// </summary>
internal static class GridSnapper
{
    public const int StepsPerUnit = 10;

    public static Geometry Snap(Geometry polygonal)
    {
        var factory = polygonal.Factory;
        var polygons = Enumerable.Range(0, polygonal.NumGeometries)
            .Select(i => (Polygon)polygonal.GetGeometryN(i))
            .Select(p => SnapPolygon(p, factory))
            .OfType<Polygon>()
            .ToArray();
        return polygons.Length == 1 ? polygons[0] : factory.CreateMultiPolygon(polygons);
    }

    public static double Round(double value) =>
        Math.Round(value * StepsPerUnit, MidpointRounding.AwayFromZero) / StepsPerUnit;

    private static Polygon? SnapPolygon(Polygon polygon, GeometryFactory factory)
    {
        if (polygon.IsEmpty || SnapRing(polygon.Shell, factory) is not { } shell)
        {
            return null;
        }

        var holes = polygon.Holes.Select(h => SnapRing(h, factory)).OfType<LinearRing>().ToArray();
        return factory.CreatePolygon(shell, holes);
    }

    private static LinearRing? SnapRing(LineString ring, GeometryFactory factory)
    {
        var points = new List<Coordinate>(ring.NumPoints);
        foreach (var c in ring.Coordinates)
        {
            var snapped = new Coordinate(Round(c.X), Round(c.Y));
            if (points.Count == 0 || !snapped.Equals2D(points[^1]))
            {
                points.Add(snapped);
            }
        }

        // A closed ring needs three distinct corners plus the closing point to keep any area.
        return points.Count >= 4 ? factory.CreateLinearRing(points.ToArray()) : null;
    }
}
