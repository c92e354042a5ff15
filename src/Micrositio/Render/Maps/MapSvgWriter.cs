using System.Globalization;
using System.Security;
using System.Text;

namespace Micrositio.Render.Maps;

/// <summary>
/// Writes the laid-out map as an inline SVG. The page's CSP forbids inline styles, so every look comes from
/// classes (<c>mapa</c>, <c>mapa__enlace</c>, <c>mapa__estado</c>, <c>mapa__estado--con-mesas</c>, <c>mapa__marca</c>).
/// </summary>
internal static class MapSvgWriter
{
    public static string Write(MapLayout layout, MapOptions options)
    {
        var titleId = $"{options.IdPrefix}-titulo";
        var descId = $"{options.IdPrefix}-desc";
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Number(layout.Width)} {Number(layout.Height)}\" class=\"mapa\" role=\"group\" aria-labelledby=\"{Escape(titleId)} {Escape(descId)}\">\n");
        svg.Append(CultureInfo.InvariantCulture,
            $"<title id=\"{Escape(titleId)}\">Mapa de los {layout.States.Count} estados de México</title>\n");
        svg.Append(CultureInfo.InvariantCulture,
            $"<desc id=\"{Escape(descId)}\">Los estados con mesas se muestran en un color más oscuro y con un punto. Cada estado enlaza a su página.</desc>\n");
        var radius = Number(GridSnapper.Round(layout.Width / 200));
        foreach (var shape in layout.States)
        {
            var state = shape.State;
            svg.Append(CultureInfo.InvariantCulture,
                $"<a href=\"{Escape(state.Url)}\" class=\"mapa__enlace\" data-clave=\"{Escape(state.Code)}\" aria-label=\"{Escape(Label(state))}\">");
            var classes = state.MesaCount > 0 ? "mapa__estado mapa__estado--con-mesas" : "mapa__estado";
            var fillRule = HasHoles(shape) ? " fill-rule=\"evenodd\"" : "";
            svg.Append(CultureInfo.InvariantCulture, $"<path class=\"{classes}\"{fillRule} d=\"{SvgPathData.Write(shape.Outline)}\"/>");
            if (shape.Marker is { } marker)
            {
                svg.Append(CultureInfo.InvariantCulture,
                    $"<circle class=\"mapa__marca\" cx=\"{Number(marker.X)}\" cy=\"{Number(marker.Y)}\" r=\"{radius}\"/>");
            }

            svg.Append("</a>\n");
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }

    /// <summary>The link's accessible name, e.g. "Tamaulipas: 5 mesas".</summary>
    public static string Label(MapState state) => state.MesaCount switch
    {
        <= 0 => $"{state.Name}: sin mesas con página",
        1 => $"{state.Name}: 1 mesa",
        var n => string.Create(CultureInfo.InvariantCulture, $"{state.Name}: {n} mesas"),
    };

    private static bool HasHoles(StateShape shape) =>
        Enumerable.Range(0, shape.Outline.NumGeometries)
            .Any(i => ((NetTopologySuite.Geometries.Polygon)shape.Outline.GetGeometryN(i)).NumInteriorRings > 0);

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Escape(string text) => SecurityElement.Escape(text);
}
