using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace Micrositio.Brand;

public static partial class SvgLogoLint
{
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
}
