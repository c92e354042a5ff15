using Micrositio.Diagnostics;
using Micrositio.Load;
using YamlDotNet.RepresentationModel;

namespace Micrositio.Lint;

/// <summary>
/// The Lint stage: scans every text of <c>input/</c> that the site publishes — data files, front-matter
/// values and Markdown bodies — for personal data, and names file, line and the masked fragment.
/// Phones, e-mails and protected names are errors; address and schedule patterns are warnings, or
/// errors when <c>strict</c>. Returns the keys of what it found, so the output check does not repeat them.
/// </summary>
public sealed class SourceTextLint(PersonalDataScanner scanner, bool strict, ErrorList errors)
{
    private readonly HashSet<string> _found = new(StringComparer.Ordinal);

    public IReadOnlySet<string> Check(LoadedInput input, CancellationToken cancellation = default)
    {
        foreach (var data in new[] { input.Site, input.Network, input.States }.OfType<DataFile>())
        {
            CheckYaml(data.Path, data.Root);
        }

        // Thousands of files, each scanned on its own (the error list sorts what they report).
        input.StateIntros.Concat(input.Mesas).Concat(input.Achievements).Concat(input.PressReleases).Concat(input.Meetings).Concat(input.Pages)
            .AsParallel().WithCancellation(cancellation).ForAll(CheckDocument);
        return _found;
    }

    /// <summary>One content file: its front-matter values and its body.</summary>
    public void CheckDocument(ContentDocument document)
    {
        CheckYaml(document.Source.Path, document.FrontMatter);
        CheckText(document.Body.File, document.Body.FirstLine, document.Body.Text);
    }

    private void CheckYaml(string file, YamlNode node)
    {
        switch (node)
        {
            case YamlScalarNode { Value: { } value }:
                CheckText(file, (int)node.Start.Line, value);
                break;
            case YamlSequenceNode sequence:
                foreach (var child in sequence.Children)
                {
                    CheckYaml(file, child);
                }

                break;
            case YamlMappingNode mapping:
                // Keys are the schema's words; only values are published.
                foreach (var child in mapping.Children.Values)
                {
                    CheckYaml(file, child);
                }

                break;
        }
    }

    private void CheckText(string file, int firstLine, string text)
    {
        foreach (var finding in scanner.Scan(text))
        {
            var line = firstLine + text.AsSpan(0, finding.Offset).Count('\n');
            Report(errors, finding, strict, Stage.Lint, file, line);
            lock (_found)
            {
                _found.Add(finding.Key);
            }
        }
    }

    /// <summary>Reports a finding as an error, or as a warning for the soft rules when not strict.</summary>
    public static void Report(ErrorList errors, Finding finding, bool strict, Stage stage, string file, int? line, string prefix = "")
    {
        var (message, hint) = Describe(finding);
        if (finding.IsHardRule || strict)
        {
            errors.Add(stage, file, line, null, prefix + message, hint);
        }
        else
        {
            errors.Warn(stage, file, line, null, prefix + message, hint + " Con --estricto este aviso es un error.");
        }
    }

    private const string AllowHint = "si se publica a propósito porque es público y seguro, agréguelo a input/permitidos.yml con su motivo.";

    private static (string Message, string Hint) Describe(Finding f) => f.Kind switch
    {
        FindingKind.Phone => ($"hay un número de teléfono («{f.Masked}») que no es un contacto de prensa declarado.",
            "quítelo: no se publican teléfonos de integrantes; los contactos de prensa se declaran en input/sitio.yml; " + AllowHint),
        FindingKind.Email => ($"hay un correo electrónico («{f.Masked}») que no es un contacto de prensa declarado.",
            "quítelo: no se publican correos de integrantes; los contactos de prensa se declaran en input/sitio.yml; " + AllowHint),
        FindingKind.ProtectedName => ($"aparece un nombre de la lista de personas protegidas («{f.Masked}»).",
            "quite el nombre o cámbielo por un cargo o una descripción general. La lista (input/privado/protegidos.txt) nunca se publica."),
        FindingKind.Address => ($"parece una dirección («{f.Masked}»).",
            "no publique dónde viven o se reúnen integrantes de las mesas; " + AllowHint),
        FindingKind.Schedule => ($"parece un horario de reunión («{f.Masked}»).",
            "no publique cuándo y dónde se reúne una mesa; " + AllowHint),
        _ => throw new ArgumentOutOfRangeException(nameof(f)),
    };
}
