using NetTopologySuite.Algorithm.Construct;
using NetTopologySuite.Coverage;
using NetTopologySuite.Geometries;

namespace Micrositio.Render.Maps;

/// <summary>
/// The map in viewBox units: boundaries decoded, projected, fitted to the width with y pointing down,
/// simplified as one coverage (so neighbours keep a common border) and rounded to the output grid.
/// </summary>
internal sealed record MapLayout(double Width, double Height, IReadOnlyList<StateShape> States)
{
    private const string TopoJsonObject = "estados";
    private const string CodeProperty = "CVE_ENT";

    public static MapLayout Create(string topoJson, IReadOnlyList<MapState> states, MapOptions options)
    {
        var factory = new GeometryFactory();
        var boundaries = TopoJsonReader.Read(topoJson, TopoJsonObject, CodeProperty, factory);
        var ordered = states.OrderBy(s => s.Code, StringComparer.Ordinal).ToList();
        CheckMatch(ordered, boundaries);

        var projection = LambertConformalConic.Mexico;
        var projected = ordered
            .Select(s => CoordinateMapper.Apply(boundaries[s.Code], projection.Project))
            .ToArray();

        var envelope = new Envelope();
        foreach (var geometry in projected)
        {
            envelope.ExpandToInclude(geometry.EnvelopeInternal);
        }

        // A small margin keeps outer borders' strokes inside the viewBox.
        var margin = options.Width / 200;
        var scale = (options.Width - 2 * margin) / envelope.Width;
        var height = Math.Ceiling(envelope.Height * scale + 2 * margin);
        var fitted = projected
            .Select(g => CoordinateMapper.Apply(g, (x, y) => (margin + (x - envelope.MinX) * scale, margin + (envelope.MaxY - y) * scale)))
            .ToArray();

        var simplified = options.Tolerance > 0 ? CoverageSimplifier.Simplify(fitted, options.Tolerance) : fitted;

        var shapes = new List<StateShape>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var state = ordered[i];
            var outline = GridSnapper.Snap(simplified[i]);
            if (outline.IsEmpty)
            {
                throw new MapDataException(
                    $"State {state.Code} ({state.Name}) vanished when the map was simplified; use a smaller MapOptions.Tolerance.");
            }

            shapes.Add(new StateShape(state, outline, state.MesaCount > 0 ? Marker(outline) : null));
        }

        return new MapLayout(options.Width, height, shapes);
    }

    private static void CheckMatch(IReadOnlyList<MapState> states, IReadOnlyDictionary<string, Geometry> boundaries)
    {
        var problems = new List<string>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var state in states)
        {
            if (!codes.Add(state.Code))
            {
                problems.Add($"state code {state.Code} is listed twice");
            }
            else if (!boundaries.ContainsKey(state.Code))
            {
                problems.Add($"state {state.Code} ({state.Name}) has no geometry");
            }
        }

        problems.AddRange(boundaries.Keys.Where(k => !codes.Contains(k)).Select(k => $"geometry {CodeProperty} {k} matches no state"));
        if (problems.Count > 0)
        {
            throw new MapDataException($"The map boundaries do not match the states: {string.Join("; ", problems)}.");
        }
    }

    // The centre of the largest inscribed circle of the biggest part: always inside, and as far from the
    // border as possible, so the dot stays inside even thin or hooked states (an interior point may sit
    // near an edge). Half a unit is precise enough for a dot and keeps the search fast.
    private static Coordinate Marker(Geometry outline)
    {
        var largest = Enumerable.Range(0, outline.NumGeometries)
            .Select(outline.GetGeometryN)
            .MaxBy(g => g.Area)!;
        var center = MaximumInscribedCircle.GetCenter(largest, 0.5).Coordinate;
        return new Coordinate(GridSnapper.Round(center.X), GridSnapper.Round(center.Y));
    }
}
