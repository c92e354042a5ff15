using Micrositio.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Micrositio.Load;

/// <summary>Parses YAML keeping line numbers, and turns syntax errors into content errors.</summary>
public static class YamlText
{
    /// <summary>
    /// Parses <paramref name="yaml"/>, whose first line is line <paramref name="firstLine"/> of
    /// <paramref name="file"/>. Returns null (and records an error) when the text is not valid YAML.
    /// </summary>
    public static YamlNode? Parse(string yaml, string file, int firstLine, ErrorList errors)
    {
        if (string.IsNullOrWhiteSpace(yaml))
        {
            return new YamlMappingNode();
        }

        // Pad with blank lines so the parser's marks are already lines of the file.
        var padded = new string('\n', firstLine - 1) + yaml;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(padded));
            return stream.Documents.Count == 0 ? new YamlMappingNode() : stream.Documents[0].RootNode;
        }
        catch (YamlException ex)
        {
            errors.Add(Stage.Load, file, (int)ex.Start.Line, null,
                $"el YAML no es válido ({Describe(ex)}).",
                "revise la sangría (espacios, no tabuladores), los dos puntos después de cada clave y las comillas; " +
                "un texto que contiene «:» o empieza con un signo especial va entre comillas.");
            return null;
        }
    }

    private static string Describe(YamlException ex)
    {
        var message = ex.InnerException?.Message ?? ex.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return close >= 0 ? message[(close + 3)..].Trim() : message.Trim();
    }
}
