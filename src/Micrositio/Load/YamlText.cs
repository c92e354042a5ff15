using Micrositio.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Micrositio.Load;

/// <summary>
/// Parses YAML keeping line numbers, and turns every failure (syntax, nesting, alias expansion, and any exception the
/// parser throws) into one content error naming file and line, in Spanish.
/// </summary>
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
        if (YamlLimits.Check(padded) is { } problem)
        {
            errors.Add(Stage.Load, file, problem.Line, null, problem.Message, problem.Hint);
            return null;
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(padded));
            return stream.Documents.Count == 0 ? new YamlMappingNode() : stream.Documents[0].RootNode;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var described = YamlMessages.Describe(ex, padded, ex is YamlException y ? (int)y.Start.Line : firstLine);
            errors.Add(Stage.Load, file, described.Line, null, described.Message, described.Hint);
            return null;
        }
    }
}
