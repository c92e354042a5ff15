using Micrositio.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Micrositio.Load;

/// <summary>Splits a Markdown file into front matter (between <c>---</c> lines) and body.</summary>
public static class FrontMatterSplitter
{
    public static ContentDocument? Split(SourceFile source, ErrorList errors)
    {
        var text = source.Text.Replace("\r\n", "\n");
        if (text.StartsWith('\uFEFF'))
        {
            text = text[1..];
        }

        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            return new ContentDocument(source, new YamlMappingNode(), new MarkdownSource(source.Path, 1, text));
        }

        var close = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
        if (close < 0)
        {
            errors.Add(Stage.Load, source.Path, 1, null,
                "el encabezado (front matter) abre con «---» pero nunca se cierra.",
                "agregue una línea con «---» después de la última clave del encabezado.");
            return null;
        }

        var yaml = string.Join('\n', lines[1..close]);
        var node = YamlText.Parse(yaml, source.Path, 2, errors);
        if (node is null)
        {
            return null;
        }

        if (node is not YamlMappingNode mapping)
        {
            errors.Add(Stage.Load, source.Path, 2, null,
                "el encabezado debe ser una lista de claves y valores («clave: valor»).",
                "escriba una clave por línea, por ejemplo «titulo: Mi título».");
            return null;
        }

        var bodyFirstLine = close + 2;
        var body = string.Join('\n', lines[(close + 1)..]);
        return new ContentDocument(source, mapping, new MarkdownSource(source.Path, bodyFirstLine, body));
    }
}
