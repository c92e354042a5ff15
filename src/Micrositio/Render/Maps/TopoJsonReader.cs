using System.Text.Json;
using NetTopologySuite.Geometries;

namespace Micrositio.Render.Maps;

/// <summary>
/// Decodes the polygons of one TopoJSON object into lon/lat NTS geometries keyed by a property. Each arc is
/// decoded once and reused, so neighbouring polygons share bit-identical vertices along their common border,
/// which is what <c>CoverageSimplifier</c> needs to keep those borders shared.
/// </summary>
internal static class TopoJsonReader
{
    public static IReadOnlyDictionary<string, Geometry> Read(string topoJson, string objectName, string keyProperty, GeometryFactory factory)
    {
        try
        {
            using var document = JsonDocument.Parse(topoJson);
            var root = document.RootElement;
            var arcs = DecodeArcs(root);
            if (!root.TryGetProperty("objects", out var objects) || !objects.TryGetProperty(objectName, out var collection))
            {
                throw new MapDataException($"The TopoJSON has no object named '{objectName}'.");
            }

            var result = new SortedDictionary<string, Geometry>(StringComparer.Ordinal);
            foreach (var element in Geometries(collection))
            {
                var key = Key(element, keyProperty);
                var geometry = ReadGeometry(element, key, arcs, factory);
                if (geometry is null)
                {
                    continue;
                }

                if (!result.TryAdd(key, geometry))
                {
                    throw new MapDataException($"The TopoJSON has two geometries with {keyProperty} '{key}'.");
                }
            }

            return result;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            throw new MapDataException($"The TopoJSON is malformed: {e.Message}", e);
        }
    }

    private static IEnumerable<JsonElement> Geometries(JsonElement collection) =>
        collection.GetProperty("type").GetString() == "GeometryCollection"
            ? collection.GetProperty("geometries").EnumerateArray()
            : [collection];

    private static string Key(JsonElement geometry, string keyProperty)
    {
        if (geometry.TryGetProperty("properties", out var properties)
            && properties.ValueKind == JsonValueKind.Object
            && properties.TryGetProperty(keyProperty, out var value)
            && value.ValueKind == JsonValueKind.String
            && value.GetString() is { Length: > 0 } key)
        {
            return key;
        }

        throw new MapDataException($"A TopoJSON geometry has no string property '{keyProperty}'.");
    }

    private static Geometry? ReadGeometry(JsonElement element, string key, Coordinate[][] arcs, GeometryFactory factory)
    {
        var type = element.TryGetProperty("type", out var t) ? t.GetString() : null;
        var polygons = type switch
        {
            // A null geometry is a feature without shape: the caller reports it as missing.
            null => [],
            "Polygon" => Polygon(element.GetProperty("arcs"), arcs, factory) is { } p ? [p] : [],
            "MultiPolygon" => element.GetProperty("arcs").EnumerateArray()
                .Select(rings => Polygon(rings, arcs, factory))
                .OfType<Polygon>()
                .ToArray(),
            _ => throw new MapDataException($"The TopoJSON geometry '{key}' is a {type}; only Polygon and MultiPolygon are supported."),
        };
        return polygons.Length switch
        {
            0 => null,
            1 => polygons[0],
            _ => factory.CreateMultiPolygon(polygons),
        };
    }

    private static Polygon? Polygon(JsonElement rings, Coordinate[][] arcs, GeometryFactory factory)
    {
        var linearRings = rings.EnumerateArray().Select(r => Ring(r, arcs, factory)).ToList();
        if (linearRings.Count == 0 || linearRings[0] is not { } shell)
        {
            return null;
        }

        return factory.CreatePolygon(shell, linearRings.Skip(1).OfType<LinearRing>().ToArray());
    }

    private static LinearRing? Ring(JsonElement arcIndexes, Coordinate[][] arcs, GeometryFactory factory)
    {
        var points = new List<Coordinate>();
        foreach (var indexElement in arcIndexes.EnumerateArray())
        {
            var index = indexElement.GetInt32();
            // ~i (a negative index) means arc i walked backwards.
            var arc = index >= 0 ? arcs[index] : Enumerable.Reverse(arcs[~index]).ToArray();
            // Consecutive arcs meet at a shared point; keep it once.
            var start = points.Count > 0 && arc.Length > 0 && arc[0].Equals2D(points[^1]) ? 1 : 0;
            points.AddRange(arc.Skip(start).Select(c => c.Copy()));
        }

        if (points.Count > 0 && !points[0].Equals2D(points[^1]))
        {
            points.Add(points[0].Copy());
        }

        return points.Count >= 4 ? factory.CreateLinearRing(points.ToArray()) : null;
    }

    private static Coordinate[][] DecodeArcs(JsonElement root)
    {
        var quantized = root.TryGetProperty("transform", out var transform);
        var (scaleX, scaleY, translateX, translateY) = quantized
            ? (transform.GetProperty("scale")[0].GetDouble(), transform.GetProperty("scale")[1].GetDouble(),
                transform.GetProperty("translate")[0].GetDouble(), transform.GetProperty("translate")[1].GetDouble())
            : (1d, 1d, 0d, 0d);

        var arcs = new List<Coordinate[]>();
        foreach (var arc in root.GetProperty("arcs").EnumerateArray())
        {
            var points = new List<Coordinate>();
            long x = 0, y = 0;
            foreach (var position in arc.EnumerateArray())
            {
                Coordinate point;
                if (quantized)
                {
                    // Positions are deltas from the previous one, in integer steps; summing integers keeps the
                    // end of one arc bit-identical to the start of the next.
                    x += position[0].GetInt64();
                    y += position[1].GetInt64();
                    point = new Coordinate(x * scaleX + translateX, y * scaleY + translateY);
                }
                else
                {
                    point = new Coordinate(position[0].GetDouble(), position[1].GetDouble());
                }

                if (points.Count == 0 || !point.Equals2D(points[^1]))
                {
                    points.Add(point);
                }
            }

            arcs.Add(points.ToArray());
        }

        return arcs.ToArray();
    }
}
