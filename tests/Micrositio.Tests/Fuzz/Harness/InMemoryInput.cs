using System.Text;
using Micrositio.Diagnostics;
using Micrositio.Lint;
using Micrositio.Load;
using Micrositio.Tests.Support;
using Micrositio.Validate;

namespace Micrositio.Tests.Fuzz.Harness;

/// <summary>
/// The shipped input/ loaded once; a case replaces one file, parsed by the Load stage's own readers as InputReader
/// parses that file, and the site goes through Validate and Lint as SiteBuild does, without touching the disk.
/// </summary>
public static class InMemoryInput
{
    private static readonly Lazy<LoadedInput> Baseline = new(() =>
    {
        var errors = new ErrorList();
        var input = new InputReader(Repository.Root, Repository.Input, errors).Read();
        return errors.Sorted().Count == 0 ? input : throw new InvalidOperationException("The shipped input/ does not load: " + errors.Sorted()[0]);
    });

    public static LoadedInput Shipped => Baseline.Value;

    /// <summary>Text as a person's editor would show it (UTF-8 unless a byte-order mark says otherwise), to count lines.</summary>
    public static string Decode(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>Lines as InputReader splits retiradas.txt and protegidos.txt.</summary>
    public static IReadOnlyList<string> Lines(string text) => text.Replace("\r\n", "\n").Split('\n', '\r');

    /// <summary>
    /// Load (of the one file), Validate and Lint; the errors they recorded. Of the datasets only the one the file
    /// belongs to is kept: the others are most of the time a case costs and meet nothing the file changed.
    /// </summary>
    public static ErrorList Check(string path, byte[] bytes)
    {
        var errors = new ErrorList();
        var shipped = Shipped with { Data = Shipped.Data with { Datasets = Shipped.Data.Datasets.Where(d => d.MetadataPath == path || d.Csv?.Path == path).ToList() } };
        var input = Replace(shipped, path, bytes, errors);
        ValidateAndLint(input, errors, lintOnly: path);
        return errors;
    }

    /// <summary>
    /// Validate and Lint as SiteBuild runs them; false when Validate gives up (a build stops there). With
    /// <paramref name="lintOnly"/>, the content files the lint reads are that one only (the others are unchanged).
    /// </summary>
    public static bool ValidateAndLint(LoadedInput input, ErrorList errors, string? lintOnly = null)
    {
        var content = new ContentValidator(errors).Validate(input);
        if (content is null)
        {
            return false;
        }

        var scanner = new PersonalDataScanner(new SafetyPolicy(
            content.Site.MediaContacts.Select(c => c.Email).ToList(),
            content.Site.MediaContacts.Select(c => c.Phone).OfType<string>().ToList(),
            content.AllowedExceptions,
            input.ProtectedNames));
        IReadOnlyList<ContentDocument> Linted(IReadOnlyList<ContentDocument> documents) =>
            lintOnly is null ? documents : documents.Where(d => d.Source.Path == lintOnly).ToList();
        new SourceTextLint(scanner, strict: false, errors).Check(input with
        {
            StateIntros = Linted(input.StateIntros), Mesas = Linted(input.Mesas), Achievements = Linted(input.Achievements),
            PressReleases = Linted(input.PressReleases), Meetings = Linted(input.Meetings), Pages = Linted(input.Pages),
        });
        return true;
    }

    /// <summary><paramref name="input"/> with the file at <paramref name="path"/> (relative to the repository) read from <paramref name="bytes"/>.</summary>
    public static LoadedInput Replace(LoadedInput input, string path, byte[] bytes, ErrorList errors)
    {
        var inside = path["input/".Length..];
        // Every text file of input/ goes through the Load stage's strict decoding; SVGs keep their bytes either way.
        var text = InputText.Decode(bytes, path, errors);
        DataFile? Data() => text is not null && YamlText.Parse(text, path, 1, errors) is { } node ? new DataFile(path, node) : null;
        SourceFile? Text() => text is null ? null : new SourceFile(path, text);
        var document = text is null
            ? FrontMatterSplitter.Unreadable(new SourceFile(path, ""), MarkdownSource.Empty(path))
            : FrontMatterSplitter.Split(new SourceFile(path, text), errors);
        IReadOnlyList<ContentDocument> Documents(IReadOnlyList<ContentDocument> documents) =>
            [.. documents.Where(d => d.Source.Path != path).Append(document).OrderBy(d => d.Source.Path, StringComparer.Ordinal)];
        var lines = text is null ? [] : Lines(text);

        var folder = inside.Contains('/') ? inside[..inside.IndexOf('/')] : "";
        return inside switch
        {
            "sitio.yml" => input with { Site = Data() },
            "red.yml" => input with { Network = Data() },
            "estados.yml" => input with { States = Data() },
            InputReader.AllowedExceptionsFile => input with { AllowedExceptions = Data() },
            InputReader.BrandManualFile => input with { BrandManual = Data() },
            InputReader.WithdrawnPhotosFile => input with
            {
                WithdrawnPhotos = lines.Select((l, i) => (Line: i + 1, Entry: l.Split('#')[0].Trim())).Where(e => e.Entry.Length > 0).ToList(),
            },
            InputReader.ProtectedNamesFile => input with { ProtectedNames = lines.Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList() },
            InputReader.MunicipalitiesFile => input with { Data = input.Data with { Municipalities = Text() } },
            InputReader.BoundariesFile => input with { Data = input.Data with { Boundaries = Text() } },
            InputReader.BoundariesSourceFile => input with { Data = input.Data with { BoundariesSource = Data() } },
            _ when inside.StartsWith("marca/", StringComparison.Ordinal) => input with
            {
                BrandFiles = input.BrandFiles.Where(f => f.Key != inside["marca/".Length..]).Append(new(inside["marca/".Length..], bytes)).ToDictionary(StringComparer.Ordinal),
            },
            _ when inside.StartsWith("galeria/", StringComparison.Ordinal) && inside.EndsWith("/album.yml", StringComparison.Ordinal) => input with
            {
                Albums = input.Albums.Select(a => a.Path + "/album.yml" == path ? a with { Album = Data() } : a).ToList(),
            },
            _ when folder == InputReader.DataFolderName => input with
            {
                Data = input.Data with
                {
                    Datasets = input.Data.Datasets.Select(d => d.MetadataPath == path ? (d with { Metadata = Data() } is var m ? m with { MetadataUnreadable = m.Metadata is null } : d)
                        : d.Csv?.Path == path ? d with { Csv = Text(), CsvUnreadable = text is null } : d).ToList(),
                },
            },
            _ => folder switch
            {
                "estados" => input with { StateIntros = Documents(input.StateIntros) },
                "mesas" => input with { Mesas = Documents(input.Mesas) },
                "logros" => input with { Achievements = Documents(input.Achievements) },
                "prensa" => input with { PressReleases = Documents(input.PressReleases) },
                "encuentros" => input with { Meetings = Documents(input.Meetings) },
                "paginas" => input with { Pages = Documents(input.Pages) },
                _ => throw new ArgumentException($"No reader for {path}.", nameof(path)),
            },
        };
    }
}
