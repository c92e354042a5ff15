using System.Globalization;
using System.Text;
using NetTopologySuite.Geometries;

namespace Micrositio.Render.Maps;

/// <summary>
/// Writes a polygonal geometry that is already on the output grid as compact SVG path data: one relative
/// <c>m</c> per ring followed by relative line steps, and <c>Z</c> to close it.
/// </summary>
/// <remarks>
/// Steps are differences of whole tenths, so they add up to exactly the grid points with no drift. A leading
/// <c>m</c> counts as absolute and, after <c>Z</c>, the pen is back at the ring's start, which is what the next
/// ring's <c>m</c> is relative to; pairs after an <c>m</c> are implicit relative line-tos.
/// </remarks>
internal static class SvgPathData
{
    public static string Write(Geometry polygonal)
    {
        var data = new StringBuilder();
        var (penX, penY) = (0L, 0L);
        for (var i = 0; i < polygonal.NumGeometries; i++)
        {
            var polygon = (Polygon)polygonal.GetGeometryN(i);
            foreach (var ring in new[] { polygon.Shell }.Concat(polygon.Holes))
            {
                var points = ring.Coordinates;
                var (startX, startY) = (Tenths(points[0].X), Tenths(points[0].Y));
                data.Append('m');
                AppendPair(data, startX - penX, startY - penY);
                var (x, y) = (startX, startY);
                // The last point repeats the first; Z draws that closing side.
                for (var j = 1; j < points.Length - 1; j++)
                {
                    var (nextX, nextY) = (Tenths(points[j].X), Tenths(points[j].Y));
                    AppendSeparator(data, nextX - x);
                    AppendPair(data, nextX - x, nextY - y);
                    (x, y) = (nextX, nextY);
                }

                data.Append('Z');
                (penX, penY) = (startX, startY);
            }
        }

        return data.ToString();
    }

    public static long Tenths(double value) => (long)Math.Round(value * GridSnapper.StepsPerUnit, MidpointRounding.AwayFromZero);

    private static void AppendPair(StringBuilder data, long dx, long dy)
    {
        AppendNumber(data, dx);
        AppendSeparator(data, dy);
        AppendNumber(data, dy);
    }

    // A minus sign already separates two numbers.
    private static void AppendSeparator(StringBuilder data, long next)
    {
        if (next >= 0)
        {
            data.Append(' ');
        }
    }

    private static void AppendNumber(StringBuilder data, long tenths)
    {
        if (tenths < 0)
        {
            data.Append('-');
        }

        var whole = Math.Abs(tenths) / GridSnapper.StepsPerUnit;
        var fraction = Math.Abs(tenths) % GridSnapper.StepsPerUnit;
        if (whole != 0 || fraction == 0)
        {
            data.Append(whole.ToString(CultureInfo.InvariantCulture));
        }

        if (fraction != 0)
        {
            data.Append('.').Append(fraction.ToString(CultureInfo.InvariantCulture));
        }
    }
}
