using System.Text;
using Micrositio.Diagnostics;
using Micrositio.Lint;
using Micrositio.PostProcess.Reading;
using Micrositio.Write;

namespace Micrositio.PostProcess;

/// <summary>
/// The last line of the personal-data lint: scans the text of every generated file (what templates,
/// feeds and generated documents add, not only what content says) for phones, e-mails and protected
/// names, and makes sure nothing from <c>input/privado/</c> is published. Findings already reported at
/// their source are not repeated. JSON files are read value by value, escapes decoded (<see cref="JsonText"/>).
/// </summary>
public sealed class OutputPrivacyCheck(PersonalDataScanner scanner, IReadOnlySet<string> alreadyReported, ErrorList errors)
{
    private static readonly string[] TextExtensions = [".xml", ".txt", ".json", ".csv", ".svg", ".css", ".js"];

    /// <summary>
    /// SVG geometry: numbers only, in bulk (a map's borders, a chart's points). Scanning them finds digit runs
    /// that look like phones and costs most of the check; no visitor reads them.
    /// </summary>
    private static readonly HashSet<string> GeometryAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "d", "points", "viewbox", "transform", "cx", "cy", "r", "x", "y", "x1", "y1", "x2", "y2", "width", "height", "stroke-dasharray",
    };

    /// <summary>Checks every file; HTML pages are read from <paramref name="pages"/>, parsed once for the whole stage.</summary>
    public void Check(IReadOnlyList<OutputFile> files, IReadOnlyList<ParsedPage> pages)
    {
        var trees = pages.ToDictionary(p => p.File.Path, p => p.Tree, StringComparer.Ordinal);
        Parallel.ForEach(files, file =>
        {
            if (file.Path.StartsWith("privado/", StringComparison.Ordinal) || file.Path.Contains("/privado/", StringComparison.Ordinal))
            {
                errors.Add(Stage.PostProcess, $"output/{file.Path}", null, null, "un archivo de input/privado/ llegó al sitio publicado.",
                    "nada de input/privado/ se publica; revise el tema y la configuración.");
            }

            if (file.Path.EndsWith(".json", StringComparison.Ordinal) && file.Text is null && JsonText.ForEachPiece(file.Bytes, (piece, from) => Scan(file, piece, from)))
            {
                return;
            }

            if (PublishedText(file, trees) is { } text)
            {
                Scan(file, text, 0);
            }
        });
    }

    /// <summary>Reports what <paramref name="text"/> holds from <paramref name="from"/> on (what ends before was reported with the piece before).</summary>
    private void Scan(OutputFile file, string text, int from)
    {
        foreach (var finding in scanner.Scan(text).Where(f => f.IsHardRule && f.Offset + f.Fragment.Length > from && !alreadyReported.Contains(f.Key)))
        {
            SourceTextLint.Report(errors, finding, strict: true, Stage.PostProcess, file.SourcePath ?? $"output/{file.Path}", null,
                $"el archivo publicado {file.Path} (no su contenido en input/, quizá el tema): ");
        }
    }

    private static string? PublishedText(OutputFile file, Dictionary<string, PageTree> trees)
    {
        // Read once: a cached PDF's text comes from its file on every access.
        if (file.Text is { } text)
        {
            return text;
        }

        if (file.IsHtml)
        {
            var tree = trees[file.Path];
            // Text nodes one per line: element boundaries (<br>, </a>) must not glue two words into one.
            var attributes = tree.Elements.SelectMany(e => e.Attributes).Where(a => !GeometryAttributes.Contains(a.Name)).Select(a => a.Value);
            return string.Join("\n", tree.Texts.Concat(attributes));
        }

        return TextExtensions.Contains(Path.GetExtension(file.Path), StringComparer.Ordinal) ? Encoding.UTF8.GetString(file.Bytes) : null;
    }
}
