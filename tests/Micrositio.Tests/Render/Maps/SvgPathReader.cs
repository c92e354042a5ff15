using System.Globalization;
using NetTopologySuite.Geometries;

namespace Micrositio.Tests.Render.Maps;

/// <summary>
/// Reads back the path data the map writes (relative <c>m</c> rings with implicit line-tos, closed by <c>Z</c>)
/// into absolute rings, so tests check the bytes a browser draws.
/// </summary>
public static class SvgPathReader
{
    public static IReadOnlyList<Coordinate[]> Rings(string data)
    {
        var rings = new List<Coordinate[]>();
        List<Coordinate>? ring = null;
        double penX = 0, penY = 0;
        var i = 0;
        while (i < data.Length)
        {
            var c = data[i];
            if (c == 'm')
            {
                i++;
                var (dx, dy) = (Number(data, ref i), Number(data, ref i));
                (penX, penY) = (Math.Round(penX + dx, 1), Math.Round(penY + dy, 1));
                ring = [new Coordinate(penX, penY)];
            }
            else if (c == 'Z')
            {
                i++;
                Assert.NotNull(ring);
                ring.Add(ring[0].Copy());
                rings.Add(ring.ToArray());
                (penX, penY) = (ring[0].X, ring[0].Y);
                ring = null;
            }
            else
            {
                Assert.NotNull(ring);
                var (dx, dy) = (Number(data, ref i), Number(data, ref i));
                var last = ring[^1];
                ring.Add(new Coordinate(Math.Round(last.X + dx, 1), Math.Round(last.Y + dy, 1)));
            }
        }

        Assert.Null(ring);
        return rings;
    }

    private static double Number(string data, ref int i)
    {
        while (i < data.Length && data[i] is ' ' or ',')
        {
            i++;
        }

        var start = i;
        if (i < data.Length && data[i] == '-')
        {
            i++;
        }

        while (i < data.Length && (char.IsAsciiDigit(data[i]) || data[i] == '.'))
        {
            i++;
        }

        Assert.True(i > start, $"Expected a number at {start} in '{data[Math.Max(0, start - 20)..Math.Min(data.Length, start + 20)]}'.");
        return double.Parse(data[start..i], NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}
