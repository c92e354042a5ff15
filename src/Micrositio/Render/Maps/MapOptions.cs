namespace Micrositio.Render.Maps;

/// <summary>How <see cref="MexicoMap"/> draws the map. Lengths are SVG viewBox units.</summary>
public sealed record MapOptions
{
    public static MapOptions Default { get; } = new();

    /// <summary>Width of the viewBox; the height follows from the projection's aspect ratio.</summary>
    public double Width { get; init; } = 800;

    /// <summary>
    /// Roughly the largest distance a simplified border may move. At 0.4 the real map is about 60 KB (62 KB
    /// with a marker on every state), under the 80 KB budget with room to spare, and keeps all 76 islands and
    /// mainland parts of the source.
    /// </summary>
    public double Tolerance { get; init; } = 0.4;

    /// <summary>Prefix of the title and desc ids, so two maps on one page do not clash.</summary>
    public string IdPrefix { get; init; } = "mapa";
}
