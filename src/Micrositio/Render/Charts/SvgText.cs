using System.Globalization;
using System.Text;
using System.Xml;

namespace Micrositio.Render.Charts;

/// <summary>Escaping and number writing for hand-built SVG; the only place chart text reaches the markup.</summary>
internal static class SvgText
{
    /// <summary>Escapes for both element text and quoted attribute values.</summary>
    public static string Escape(string text)
    {
        var result = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': result.Append("&amp;"); break;
                case '<': result.Append("&lt;"); break;
                case '>': result.Append("&gt;"); break;
                case '"': result.Append("&quot;"); break;
                case '\'': result.Append("&#39;"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        result.Append(c).Append(text[++i]);
                    }
                    else if (XmlConvert.IsXmlChar(c))
                    {
                        result.Append(c);
                    }

                    // Control characters and lone surrogates are dropped: one would make the inlined SVG invalid.
                    break;
            }
        }

        return result.ToString();
    }

    /// <summary>A coordinate with at most one decimal, invariant culture, never "-0".</summary>
    public static string Coord(double value)
    {
        var rounded = Math.Round(value, 1, MidpointRounding.AwayFromZero);
        return rounded == 0 ? "0" : rounded.ToString("0.#", CultureInfo.InvariantCulture);
    }

    /// <summary>Machine-readable value for data-* attributes: invariant culture, the input's own precision.</summary>
    public static string Data(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Data(int value) => value.ToString(CultureInfo.InvariantCulture);
}
