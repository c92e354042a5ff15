namespace Micrositio.Render.Maps;

/// <summary>
/// Draws, at build time, an SVG map of Mexico's 32 states from a TopoJSON of their boundaries: each state is
/// a link to its page, and states with mesas are marked by class and by a dot, so not by colour alone.
/// </summary>
public static class MexicoMap
{
    /// <summary>Renders the map; the same input always gives the same string.</summary>
    /// <param name="topoJson">TopoJSON with an object <c>estados</c> whose geometries carry <c>CVE_ENT</c>.</param>
    /// <param name="states">Every state exactly once; drawn in code order.</param>
    /// <param name="options">Size, simplification and id prefix; <see cref="MapOptions.Default"/> if null.</param>
    /// <exception cref="MapDataException">The boundaries are unreadable or do not match <paramref name="states"/> one to one.</exception>
    public static string RenderSvg(string topoJson, IReadOnlyList<MapState> states, MapOptions? options = null)
    {
        options ??= MapOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Width, nameof(options.Width));
        ArgumentOutOfRangeException.ThrowIfNegative(options.Tolerance, nameof(options.Tolerance));
        if (options.IdPrefix.Length == 0 || options.IdPrefix.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
        {
            throw new ArgumentException($"The map id prefix '{options.IdPrefix}' must be ASCII letters, digits, '-' or '_'.", nameof(options));
        }

        return MapSvgWriter.Write(MapLayout.Create(topoJson, states, options), options);
    }
}
