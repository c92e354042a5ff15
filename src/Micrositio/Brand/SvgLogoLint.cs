using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace Micrositio.Brand;

/// <summary>
/// Checks a logo SVG before the brand manual publishes it: nothing that runs code, loads another file,
/// embeds a raster, carries editor metadata, or paints with a colour outside the brand palette.
/// Problems are short Spanish sentences for a content author, each naming the element or attribute,
/// its line and the value involved.
/// </summary>
public static partial class SvgLogoLint
{
    private const string SvgNamespace = "http://www.w3.org/2000/svg";

    /// <summary>Elements nested deeper than this are refused: libxml2 (under libvips) stops at 256, a logo needs a dozen.</summary>
    public const int MaxDepth = 64;
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";
    private const string EditorAdvice = "es información del editor: exporte el logotipo sin metadatos (por ejemplo, como «SVG optimizado»).";

    private static readonly HashSet<string> AnimationElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "animate", "animateColor", "animateTransform", "animateMotion", "set",
    };

    private static readonly HashSet<string> ColorProperties = new(StringComparer.OrdinalIgnoreCase)
    {
        "fill", "stroke", "stop-color", "flood-color", "lighting-color", "color",
    };

    private static readonly HashSet<string> EditorNamespaces = new(StringComparer.Ordinal)
    {
        "http://www.inkscape.org/namespaces/inkscape",
        "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd",
        "http://www.bohemiancoding.com/sketch/ns",
        "http://www.serif.com/",
    };

    private static readonly HashSet<string> EditorPrefixes = new(StringComparer.Ordinal)
    {
        "inkscape", "sodipodi", "sketch", "serif", "i", "x",
    };

    private static readonly Dictionary<string, string> NamedColors = new(StringComparer.Ordinal)
    {
        ["black"] = "#000000", ["white"] = "#ffffff", ["red"] = "#ff0000", ["green"] = "#008000",
        ["blue"] = "#0000ff", ["yellow"] = "#ffff00", ["orange"] = "#ffa500", ["gray"] = "#808080",
        ["grey"] = "#808080", ["silver"] = "#c0c0c0", ["maroon"] = "#800000", ["purple"] = "#800080",
        ["fuchsia"] = "#ff00ff", ["magenta"] = "#ff00ff", ["lime"] = "#00ff00", ["olive"] = "#808000",
        ["navy"] = "#000080", ["teal"] = "#008080", ["aqua"] = "#00ffff", ["cyan"] = "#00ffff",
    };

    /// <summary>
    /// Every problem found in the SVG, in document order and without repeats; empty when the logo is clean.
    /// A DOCTYPE or malformed XML stops the reading, so it is then the only problem reported.
    /// Palette entries that are not readable colours are ignored.
    /// </summary>
    public static IReadOnlyList<string> Problems(byte[] svg, IReadOnlyCollection<string> palette)
    {
        var colors = palette.Select(NormalizeColor).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var scan = new Scan(colors);
        try
        {
            scan.Read(svg);
        }
        catch (XmlException e)
        {
            return [ParseProblem(svg, e)];
        }

        return scan.Problems;
    }

    /// <summary>
    /// The intrinsic size from the root's viewBox (preferred) or its width/height attributes (unitless or
    /// px); null when neither is usable or the file is not readable XML.
    /// </summary>
    public static (double Width, double Height)? IntrinsicSize(byte[] svg)
    {
        try
        {
            using var reader = CreateReader(svg);
            if (reader.MoveToContent() != XmlNodeType.Element)
            {
                return null;
            }

            var box = reader.GetAttribute("viewBox")?.Split([' ', ',', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
            if (box is { Length: 4 } && TryPositive(box[2], out var boxWidth) && TryPositive(box[3], out var boxHeight))
            {
                return (boxWidth, boxHeight);
            }

            return TryLength(reader.GetAttribute("width"), out var width) && TryLength(reader.GetAttribute("height"), out var height)
                ? (width, height)
                : null;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    /// <summary>
    /// Normalises a CSS/SVG colour to lowercase "#rrggbb" from #rgb, #rrggbb, rgb(r,g,b), rgb(r g b) or a
    /// common CSS colour name; null for anything else (alpha, hsl(), unknown names, out-of-range numbers).
    /// </summary>
    public static string? NormalizeColor(string value)
    {
        var text = value.Trim().ToLowerInvariant();
        if (HexColor().IsMatch(text))
        {
            return text.Length == 4 ? $"#{text[1]}{text[1]}{text[2]}{text[2]}{text[3]}{text[3]}" : text;
        }

        if (RgbColor().Match(text) is { Success: true } rgb)
        {
            var channels = new int[3];
            for (var i = 0; i < 3; i++)
            {
                if (!int.TryParse(rgb.Groups[i + 1].Value, CultureInfo.InvariantCulture, out channels[i]) || channels[i] > 255)
                {
                    return null;
                }
            }

            return $"#{channels[0]:x2}{channels[1]:x2}{channels[2]:x2}";
        }

        return NamedColors.GetValueOrDefault(text);
    }

    private static XmlReader CreateReader(byte[] svg) => XmlReader.Create(new MemoryStream(svg), new XmlReaderSettings
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
    });

    private static string ParseProblem(byte[] svg, XmlException e)
    {
        // A prohibited DTD surfaces as a plain XmlException; the text tells it apart from other errors.
        using var source = new StreamReader(new MemoryStream(svg), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var text = source.ReadToEnd();
        var doctype = text.IndexOf("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
        return doctype >= 0
            ? $"la declaración <!DOCTYPE> (línea {LineAt(text, doctype, 1)}) no está permitida: sus entidades pueden leer otros archivos o crecer sin límite; exporte el SVG sin DOCTYPE."
            : $"no es un SVG válido: el XML está mal formado en la línea {e.LineNumber}: {e.Message}";
    }

    private static int LineAt(string text, int index, int firstLine) => firstLine + text.AsSpan(0, index).Count('\n');

    private static bool TryPositive(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && value > 0 && double.IsFinite(value);

    private static bool TryLength(string? text, out double value)
    {
        value = 0;
        var number = text?.Trim();
        if (number is null)
        {
            return false;
        }

        if (number.EndsWith("px", StringComparison.OrdinalIgnoreCase))
        {
            number = number[..^2].TrimEnd();
        }

        return TryPositive(number, out value);
    }

    [GeneratedRegex("^#(?:[0-9a-f]{3}|[0-9a-f]{6})$")]
    private static partial Regex HexColor();

    [GeneratedRegex(@"^rgb\(\s*(\d{1,3})\s*(?:,\s*|\s+)(\d{1,3})\s*(?:,\s*|\s+)(\d{1,3})\s*\)$")]
    private static partial Regex RgbColor();

    // A data: URI needs its comma, so prose such as "metadata: 2019" is not one.
    [GeneratedRegex(@"(?<![\w-])data:[\w.+/-]*(?:;[^,\s]*)?,", RegexOptions.IgnoreCase)]
    private static partial Regex DataUri();

    [GeneratedRegex(@"url\(\s*(?:""(?<target>[^""]*)""|'(?<target>[^']*)'|(?<target>[^)]*))\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex CssComment();

    [GeneratedRegex(@"@import\b", RegexOptions.IgnoreCase)]
    private static partial Regex CssImport();

    // Declarations open a block or follow another one, so selectors such as ".fill:hover" are not read as properties.
    [GeneratedRegex(@"(?:^|[{;])\s*(?<property>[a-zA-Z-]+)\s*:\s*(?<value>[^;{}!]*)")]
    private static partial Regex CssDeclaration();
}
