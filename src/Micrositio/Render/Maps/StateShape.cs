using NetTopologySuite.Geometries;

namespace Micrositio.Render.Maps;

/// <summary>A state's final outline in viewBox units, on the output grid, and its marker if it has mesas.</summary>
internal sealed record StateShape(MapState State, Geometry Outline, Coordinate? Marker);
