using Micrositio.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Micrositio.Load;

/// <summary>Splits a Markdown file into front matter (between <c>---</c> lines) and body.</summary>
public static class FrontMatterSplitter
{
    /// <summary>
    /// The file's front matter and body; when the front matter cannot be read the error is recorded and the document is
    /// <see cref="ContentDocument.Unreadable"/>, with its body (if its end was found) so the body is checked too.
    /// </summary>
    public static ContentDocument Split(SourceFile source, ErrorList errors)
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
            return Unreadable(source, MarkdownSource.Empty(source.Path));
        }

        var bodyFirstLine = close + 2;
        var body = new MarkdownSource(source.Path, bodyFirstLine, string.Join('\n', lines[(close + 1)..]));
        var yaml = string.Join('\n', lines[1..close]);
        var node = YamlText.Parse(yaml, source.Path, 2, errors);
        if (node is null)
        {
            return Unreadable(source, body);
        }

        if (node is not YamlMappingNode mapping)
        {
            errors.Add(Stage.Load, source.Path, 2, null,
                "el encabezado debe ser una lista de claves y valores («clave: valor»).",
                "escriba una clave por línea, por ejemplo «titulo: Mi título».");
            return Unreadable(source, body);
        }

        return new ContentDocument(source, mapping, body);
    }

    /// <summary>A file whose text or front matter could not be read; its error is already recorded.</summary>
    public static ContentDocument Unreadable(SourceFile source, MarkdownSource body) =>
        new(source, new YamlMappingNode(), body) { Unreadable = true };
}
