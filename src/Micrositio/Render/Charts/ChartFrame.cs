namespace Micrositio.Render.Charts;

/// <summary>The parts every chart shares: argument checks, the root element with its accessible name, and the description.</summary>
internal static class ChartFrame
{
    public const double FontSize = 13;

    public static void Validate(string id, int decimals)
    {
        // The id ends up inside aria-labelledby, a space-separated list, so only a plain token is safe there.
        if (id.Length == 0 || !char.IsAsciiLetter(id[0]) || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new ArgumentException($"El id de la gráfica «{id}» debe empezar con una letra y tener solo letras, dígitos, «-» o «_».", nameof(id));
        }

        if (decimals is < 0 or > 6)
        {
            throw new ArgumentOutOfRangeException(nameof(decimals), decimals, "Los decimales deben estar entre 0 y 6.");
        }
    }

    /// <summary>
    /// Opens the root element. With links inside, the chart is a group (like the map), not an image: ARIA makes an
    /// image's children presentational, and a focusable link there would be unreachable for screen reader users (axe:
    /// nested-interactive). Not role="figure" either: HTML has a native figure element for that role (html-validate:
    /// prefer-native-element), and an svg cannot be one.
    /// </summary>
    public static void Start(SvgWriter svg, string id, string modifier, double width, double height, string title, string description, bool hasLinks)
    {
        var w = SvgText.Coord(Math.Ceiling(width));
        var h = SvgText.Coord(Math.Ceiling(height));
        svg.Start(
            "svg",
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("viewBox", $"0 0 {w} {h}"),
            ("width", w),
            ("height", h),
            ("class", "grafica " + modifier),
            ("role", hasLinks ? "group" : "img"),
            ("aria-labelledby", hasLinks ? $"{id}-titulo" : $"{id}-titulo {id}-desc"),
            ("aria-describedby", hasLinks ? $"{id}-desc" : null),
            // Presentation attributes are fallbacks: the theme's class rules override them, but unstyled output stays legible.
            ("fill", "currentColor"),
            ("font-size", SvgText.Coord(FontSize)));
        svg.Text("title", title, ("id", $"{id}-titulo"));
        svg.Text("desc", description, ("id", $"{id}-desc"));
    }

    /// <summary>The caller's description followed by the generated summary, as one or more full sentences.</summary>
    public static string Describe(string callerText, string summary)
    {
        var text = callerText.Trim();
        if (text.Length == 0)
        {
            return summary;
        }

        return (text[^1] is '.' or '!' or '?' or '…' ? text : text + ".") + " " + summary;
    }
}
