using NetTopologySuite.Geometries;

namespace Micrositio.Render.Maps;

/// <summary>
/// Moves every vertex of a geometry through one function. The same input point always gives the same output,
/// so vertices that neighbouring states share stay shared.
/// </summary>
internal sealed class CoordinateMapper(Func<double, double, (double X, double Y)> map) : ICoordinateSequenceFilter
{
    public bool Done => false;

    public bool GeometryChanged => true;

    public static Geometry Apply(Geometry geometry, Func<double, double, (double X, double Y)> map)
    {
        var copy = geometry.Copy();
        copy.Apply(new CoordinateMapper(map));
        return copy;
    }

    public void Filter(CoordinateSequence seq, int i)
    {
        var (x, y) = map(seq.GetX(i), seq.GetY(i));
        seq.SetX(i, x);
        seq.SetY(i, y);
    }
}
