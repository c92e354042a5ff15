using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Micrositio.Diagnostics;
using Micrositio.Lint;
using Micrositio.Write;

namespace Micrositio.PostProcess;

/// <summary>
/// The last line of the personal-data lint: scans the text of every generated file (what templates,
/// feeds and generated documents add, not only what content says) for phones, e-mails and protected
/// names, and makes sure nothing from <c>input/privado/</c> is published. Findings already reported at
/// their source are not repeated.
/// </summary>
public sealed class OutputPrivacyCheck(PersonalDataScanner scanner, IReadOnlySet<string> alreadyReported, ErrorList errors)
{
    private static readonly HtmlParser Parser = new();
    private static readonly string[] TextExtensions = [".xml", ".txt", ".json", ".csv", ".svg", ".css", ".js"];

    public void Check(IReadOnlyList<OutputFile> files)
    {
        Parallel.ForEach(files, file =>
        {
            if (file.Path.StartsWith("privado/", StringComparison.Ordinal) || file.Path.Contains("/privado/", StringComparison.Ordinal))
            {
                errors.Add(Stage.PostProcess, $"output/{file.Path}", null, null, "un archivo de input/privado/ llegó al sitio publicado.",
                    "nada de input/privado/ se publica; revise el tema y la configuración.");
            }

            if (PublishedText(file) is not { } text)
            {
                return;
            }

            foreach (var finding in scanner.Scan(text).Where(f => f.IsHardRule && !alreadyReported.Contains(f.Key)))
            {
                SourceTextLint.Report(errors, finding, strict: true, Stage.PostProcess, file.SourcePath ?? $"output/{file.Path}", null,
                    $"el archivo publicado {file.Path} (no su contenido en input/, quizá el tema): ");
            }
        });
    }

    private static string? PublishedText(OutputFile file)
    {
        if (file.IsHtml)
        {
            var document = Parser.ParseDocument(Encoding.UTF8.GetString(file.Bytes));
            // Text nodes one per line: element boundaries (<br>, </a>) must not glue two words into one.
            var texts = document.DocumentElement.GetDescendants().OfType<IText>().Select(t => t.Data);
            var attributes = document.All.SelectMany(e => e.Attributes).Select(a => a.Value);
            return string.Join("\n", texts.Concat(attributes));
        }

        return TextExtensions.Contains(Path.GetExtension(file.Path), StringComparer.Ordinal) ? Encoding.UTF8.GetString(file.Bytes) : null;
    }
}
