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

    /// <summary>One reading of one SVG, collecting its problems.</summary>
    private sealed class Scan(IReadOnlyList<string> palette)
    {
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
        private readonly List<string> _problems = [];
        private XmlReader _reader = null!;
        private IXmlLineInfo _lines = null!;
        private bool _seenRoot;
        private bool _inStyle;

        // Depth of the outermost editor element being read: its contents are already reported with it.
        private int? _editorDepth;

        public IReadOnlyList<string> Problems => _problems;

        private int Line => _lines.LineNumber;

        public void Read(byte[] svg)
        {
            using var reader = CreateReader(svg);
            _reader = reader;
            _lines = (IXmlLineInfo)reader;
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element when reader.Depth > MaxDepth:
                        Add($"los elementos están anidados a más de {MaxDepth} niveles (línea {Line}); la biblioteca de imágenes no puede leer el logotipo.");
                        return;
                    case XmlNodeType.Element:
                        ReadElement();
                        break;
                    case XmlNodeType.EndElement:
                        if (reader.Depth == _editorDepth)
                        {
                            _editorDepth = null;
                        }

                        _inStyle = false;
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA when _inStyle:
                        ScanCss(reader.Value, Line, "el elemento <style>", "del elemento <style>", checkColors: true);
                        break;
                    case XmlNodeType.Comment when reader.Value.Contains("Generator", StringComparison.OrdinalIgnoreCase):
                        Add($"el comentario «{Excerpt(reader.Value)}» (línea {Line}) {EditorAdvice}");
                        break;
                    case XmlNodeType.ProcessingInstruction when reader.Name == "xml-stylesheet":
                        Add($"la instrucción <?xml-stylesheet?> (línea {Line}) no está permitida: carga una hoja de estilo externa al logotipo.");
                        break;
                }
            }
        }

        private void ReadElement()
        {
            var name = _reader.Name;
            var local = _reader.LocalName;
            var line = Line;
            var editor = _editorDepth is not null;
            if (!_seenRoot)
            {
                _seenRoot = true;
                if (local != "svg" || _reader.NamespaceURI != SvgNamespace)
                {
                    Add($"el elemento raíz <{name}> (línea {line}) no es un <svg> del espacio de nombres «{SvgNamespace}»: un logotipo empieza por <svg xmlns=\"{SvgNamespace}\">.");
                }
            }

            if (Is(local, "script"))
            {
                Add($"el elemento <{name}> (línea {line}) no está permitido: un logotipo no ejecuta código.");
            }
            else if (Is(local, "foreignObject"))
            {
                Add($"el elemento <{name}> (línea {line}) no está permitido: un logotipo no incrusta HTML ni otros documentos.");
            }
            else if (AnimationElements.Contains(local))
            {
                Add($"el elemento <{name}> (línea {line}) no está permitido: una animación puede cambiar los colores del logotipo.");
            }
            else if (Is(local, "image"))
            {
                Add($"el elemento <{name}> (línea {line}) no está permitido: un logotipo es solo vectorial, sin imágenes incrustadas ni enlazadas.");
            }
            else if (_editorDepth is null && (Is(local, "metadata") || IsEditor(_reader.Prefix, _reader.NamespaceURI)))
            {
                Add($"el elemento <{name}> (línea {line}) {EditorAdvice}");
                editor = true;
                if (!_reader.IsEmptyElement)
                {
                    _editorDepth = _reader.Depth;
                }
            }

            _inStyle = Is(local, "style") && !_reader.IsEmptyElement;
            ReadAttributes(name, line, editor);
        }

        // Inside editor elements, already reported as a whole, their own attributes and (never painted) colours are not reported again.
        private void ReadAttributes(string element, int elementLine, bool editor)
        {
            var editorAttributes = new List<string>();
            while (_reader.MoveToNextAttribute())
            {
                var name = _reader.Name;
                var local = _reader.LocalName;
                var value = _reader.Value;
                var where = $"el atributo «{name}» de <{element}>";
                if (_reader.NamespaceURI == XmlnsNamespace)
                {
                    // A declaration of an editor namespace is a trace of the editor, like the attributes it serves.
                    var prefix = _reader.Prefix == "xmlns" ? local : "";
                    if (IsEditor(prefix, value))
                    {
                        editorAttributes.Add(name);
                    }

                    continue;
                }

                if (local.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    Add($"{where} (línea {Line}) no está permitido: un logotipo no ejecuta código al ocurrir eventos.");
                }

                if (IsEditor(_reader.Prefix, _reader.NamespaceURI))
                {
                    editorAttributes.Add(name);
                }

                if (local == "href")
                {
                    ScanHref(value, Line, where);
                }
                else if (local == "style" && _reader.NamespaceURI.Length == 0)
                {
                    ScanCss(value, Line, where, $"del atributo «style» de <{element}>", checkColors: !editor);
                }
                else
                {
                    ScanReferences(value, Line, where);
                    if (!editor && _reader.NamespaceURI.Length == 0 && ColorProperties.Contains(local))
                    {
                        CheckColor(value, Line, where);
                    }
                }
            }

            _reader.MoveToElement();
            if (editorAttributes.Count > 0 && !editor)
            {
                var names = string.Join(", ", editorAttributes.Select(a => $"«{a}»"));
                Add(editorAttributes.Count == 1
                    ? $"el atributo {names} de <{element}> (línea {elementLine}) {EditorAdvice}"
                    : $"los atributos {names} de <{element}> (línea {elementLine}) son información del editor: exporte el logotipo sin metadatos (por ejemplo, como «SVG optimizado»).");
            }
        }

        private void ScanHref(string value, int line, string where)
        {
            if (DataUri().IsMatch(value))
            {
                Add($"{where} (línea {line}) contiene un URI «data:»: un logotipo es solo vectorial, sin imágenes ni archivos incrustados.");
            }
            else if (!value.TrimStart().StartsWith('#'))
            {
                Add($"{where} (línea {line}) apunta a «{Excerpt(value)}», fuera del archivo: un logotipo solo puede referirse a sus propios elementos («#id»).");
            }
        }

        // url(...) targets and data: URIs in any attribute value or CSS text; each is reported once, as data: or as external.
        private void ScanReferences(string text, int firstLine, string where)
        {
            foreach (Match data in DataUri().Matches(text))
            {
                Add($"{where} (línea {LineAt(text, data.Index, firstLine)}) contiene un URI «data:»: un logotipo es solo vectorial, sin imágenes ni archivos incrustados.");
            }

            foreach (Match url in Url().Matches(text))
            {
                var target = url.Groups["target"].Value.Trim();
                if (!target.StartsWith('#') && !DataUri().IsMatch(target))
                {
                    Add($"«url({Excerpt(target)})» en {where} (línea {LineAt(text, url.Index, firstLine)}) apunta fuera del archivo: un logotipo solo puede referirse a sus propios elementos («url(#id)»).");
                }
            }
        }

        private void ScanCss(string css, int firstLine, string where, string owner, bool checkColors)
        {
            // Comments become spaces of the same length, so indexes and line numbers still match the source.
            var text = CssComment().Replace(css, c => new string([.. c.Value.Select(ch => ch == '\n' ? '\n' : ' ')]));
            ScanReferences(text, firstLine, where);
            foreach (Match import in CssImport().Matches(text))
            {
                Add($"{where} (línea {LineAt(text, import.Index, firstLine)}) contiene la regla «@import», no permitida: carga hojas de estilo externas al logotipo.");
            }

            foreach (Match declaration in CssDeclaration().Matches(text))
            {
                var property = declaration.Groups["property"].Value;
                if (checkColors && ColorProperties.Contains(property))
                {
                    var line = LineAt(text, declaration.Groups["value"].Index, firstLine);
                    CheckColor(declaration.Groups["value"].Value, line, $"la propiedad «{property}» {owner}");
                }
            }
        }

        private void CheckColor(string value, int line, string where)
        {
            // url(#id) paints are references, checked as such; a fallback colour after one still counts.
            var color = Url().Replace(value, "").Trim();
            if (color.Length == 0 || color.ToLowerInvariant() is "none" or "transparent" or "inherit")
            {
                return;
            }

            if (Is(color, "currentColor"))
            {
                Add($"{where} (línea {line}) usa «currentColor»: la página que incrusta el logotipo podría cambiarle el color; escriba un color de la paleta.");
                return;
            }

            var normalized = NormalizeColor(color);
            if (normalized is null)
            {
                Add($"{where} (línea {line}): no se pudo leer el color «{Excerpt(color)}»; escríbalo como #rrggbb, con un color de la paleta.");
            }
            else if (!palette.Contains(normalized))
            {
                var shown = normalized == color ? $"«{color}»" : $"«{color}» ({normalized})";
                var allowed = palette.Count == 0 ? "la paleta está vacía" : "use " + string.Join(", ", palette.Select(c => $"«{c}»"));
                Add($"{where} (línea {line}) usa el color {shown}, que no está en la paleta de la marca: {allowed}.");
            }
        }

        private void Add(string problem)
        {
            if (_seen.Add(problem))
            {
                _problems.Add(problem);
            }
        }

        private static bool Is(string name, string expected) => string.Equals(name, expected, StringComparison.OrdinalIgnoreCase);

        private static bool IsEditor(string prefix, string namespaceUri) =>
            EditorPrefixes.Contains(prefix)
            || EditorNamespaces.Contains(namespaceUri)
            || namespaceUri.StartsWith("http://ns.adobe.com/", StringComparison.Ordinal);

        private static string Excerpt(string text)
        {
            var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            return flat.Length <= 60 ? flat : flat[..57] + "…";
        }
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
