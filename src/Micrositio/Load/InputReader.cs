using Micrositio.Diagnostics;

namespace Micrositio.Load;

/// <summary>
/// The Load stage: reads the files of <c>input/</c> (one folder per content type) and parses their YAML.
/// It knows where things are, not what they mean.
/// </summary>
public sealed class InputReader(string rootDirectory, string inputDirectory, ErrorList errors, CancellationToken cancellation = default)
{
    /// <summary>Content folders and what they hold; each holds Markdown files only.</summary>
    public static IReadOnlyList<string> ContentFolders { get; } = ["estados", "mesas", "logros", "prensa", "encuentros", "paginas"];

    public LoadedInput Read()
    {
        if (!Directory.Exists(inputDirectory))
        {
            errors.Add(Stage.Load, Relative(inputDirectory), null, null, "no existe la carpeta de contenido.",
                "ejecute el programa desde la raíz del repositorio o indique la carpeta con --input.");
            return new LoadedInput(null, null, null, [], [], [], [], [], [], null, [], [], [], null, new Dictionary<string, byte[]>(), DataFolder.Empty);
        }

        return new LoadedInput(
            ReadData("sitio.yml"),
            ReadData("red.yml"),
            ReadData("estados.yml"),
            ReadFolder("estados"),
            ReadFolder("mesas"),
            ReadFolder("logros"),
            ReadFolder("prensa"),
            ReadFolder("encuentros"),
            ReadFolder("paginas"),
            File.Exists(Path.Combine(inputDirectory, AllowedExceptionsFile)) ? ReadData(AllowedExceptionsFile) : null,
            ReadProtectedNames(),
            ReadAlbums(),
            ReadWithdrawn(),
            ReadData(BrandManualFile),
            ReadBrandFiles(),
            ReadDataFolder());
    }

    public const string DataFolderName = "datos";
    public const string MunicipalitiesFile = "datos/catalogos/municipios.csv";
    public const string BoundariesFile = "datos/limites/mexico-estados.topo.json";
    public const string BoundariesSourceFile = "datos/limites/mexico-estados.yml";

    /// <summary>Datasets pair <c>&lt;id&gt;.yml</c> with <c>&lt;id&gt;.csv</c>; a file without its pair is still listed, for its error.</summary>
    private DataFolder ReadDataFolder()
    {
        var folder = Path.Combine(inputDirectory, DataFolderName);
        if (!Directory.Exists(folder))
        {
            return DataFolder.Empty;
        }

        var ids = Directory.EnumerateFiles(folder)
            .Where(f => f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".csv", StringComparison.Ordinal))
            .Select(Path.GetFileNameWithoutExtension).OfType<string>()
            .Where(n => !n.StartsWith('.') && !n.StartsWith('_'))
            .Distinct().Order(StringComparer.Ordinal);
        var datasets = ids.Select(id =>
        {
            var yml = Path.Combine(folder, id + ".yml");
            var csv = Path.Combine(folder, id + ".csv");
            var metadata = File.Exists(yml) && Decode(yml) is { } text && YamlText.Parse(text, Relative(yml), 1, errors) is { } node ? new DataFile(Relative(yml), node) : null;
            return new DatasetFiles(id, Relative(yml), metadata, ReadText(csv)) { MetadataUnreadable = metadata is null && File.Exists(yml), CsvUnreadable = File.Exists(csv) && !_read.Contains(csv) };
        }).ToList();

        var boundariesSource = Path.Combine(inputDirectory, BoundariesSourceFile);
        return new DataFolder(
            datasets,
            ReadText(Path.Combine(inputDirectory, MunicipalitiesFile)),
            File.Exists(boundariesSource) ? ReadData(BoundariesSourceFile) : null,
            ReadText(Path.Combine(inputDirectory, BoundariesFile)));
    }

    private SourceFile? ReadText(string path) => File.Exists(path) && Decode(path) is { } text ? new SourceFile(Relative(path), text) : null;

    /// <summary>Full paths of the text files read without error; a file that exists and is not here was refused.</summary>
    private readonly HashSet<string> _read = [];

    /// <summary>Every text file of input/ goes through here: strict UTF-8 without control characters, or an error.</summary>
    private string? Decode(string path)
    {
        var text = InputText.Read(path, Relative(path), errors);
        if (text is not null)
        {
            lock (_read)
            {
                _read.Add(path);
            }
        }

        return text;
    }

    public const string BrandManualFile = "marca/manual.yml";

    /// <summary>The logo files beside the manual (small SVGs), read whole so later stages never touch the disk for them.</summary>
    private Dictionary<string, byte[]> ReadBrandFiles()
    {
        var folder = Path.Combine(inputDirectory, "marca");
        return !Directory.Exists(folder)
            ? []
            : Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
                .Where(f => f != "manual.yml" && !Path.GetFileName(f).StartsWith('.'))
                .Order(StringComparer.Ordinal)
                .ToDictionary(f => f, f => ReadBrandFile(Path.Combine(folder, f)), StringComparer.Ordinal);
    }

    /// <summary>An SVG is text and must be clean UTF-8 like the rest; its bytes are kept either way for the logo checks.</summary>
    private byte[] ReadBrandFile(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
        {
            InputText.Decode(bytes, Relative(path), errors);
        }

        return bytes;
    }

    /// <summary>One line per photo that must disappear from the site: «álbum/archivo.jpg» or the photo's id.</summary>
    public const string WithdrawnPhotosFile = "galeria/retiradas.txt";

    private List<AlbumFolder> ReadAlbums()
    {
        var gallery = Path.Combine(inputDirectory, "galeria");
        if (!Directory.Exists(gallery))
        {
            return [];
        }

        var albums = new List<AlbumFolder>();
        foreach (var folder in Directory.EnumerateDirectories(gallery).Order(StringComparer.Ordinal))
        {
            var albumFile = Path.Combine(folder, "album.yml");
            var relative = Relative(folder);
            DataFile? album = null;
            if (File.Exists(albumFile))
            {
                album = Decode(albumFile) is { } text && YamlText.Parse(text, Relative(albumFile), 1, errors) is { } node ? new DataFile(Relative(albumFile), node) : null;
            }
            else
            {
                errors.Add(Stage.Load, Relative(albumFile), null, null, "la carpeta del álbum no tiene album.yml.",
                    "cree album.yml con el título, la fecha y la lista de fotos (vea el README, sección «Galería»).");
            }

            var files = Directory.EnumerateFiles(folder).Select(Path.GetFileName).OfType<string>()
                .Where(n => n != "album.yml" && !n.StartsWith('.')).Order(StringComparer.Ordinal).ToList();
            albums.Add(new AlbumFolder(Path.GetFileName(folder), relative, folder, album, files));
        }

        return albums;
    }

    private List<(int Line, string Entry)> ReadWithdrawn()
    {
        var path = Path.Combine(inputDirectory, WithdrawnPhotosFile);
        return File.Exists(path) && Decode(path) is { } text
            ? Lines(text).Select((l, i) => (Line: i + 1, Entry: l.Split('#')[0].Trim())).Where(e => e.Entry.Length > 0).ToList()
            : [];
    }

    /// <summary>Deliberate exceptions to the personal-data lint (optional).</summary>
    public const string AllowedExceptionsFile = "permitidos.yml";

    /// <summary>Names that must never be published, one per line; <c>#</c> starts a comment.</summary>
    public const string ProtectedNamesFile = "privado/protegidos.txt";

    private List<string> ReadProtectedNames()
    {
        var path = Path.Combine(inputDirectory, ProtectedNamesFile);
        return File.Exists(path) && Decode(path) is { } text
            ? Lines(text).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList()
            : [];
    }

    private static string[] Lines(string text) => text.Replace("\r\n", "\n").Split('\n', '\r');

    private DataFile? ReadData(string name)
    {
        var path = Path.Combine(inputDirectory, name);
        var relative = Relative(path);
        if (!File.Exists(path))
        {
            errors.Add(Stage.Load, relative, null, null, "falta este archivo obligatorio.",
                "cree el archivo; el README describe su contenido clave por clave.");
            return null;
        }

        var node = Decode(path) is { } text ? YamlText.Parse(text, relative, 1, errors) : null;
        return node is null ? null : new DataFile(relative, node);
    }

    private List<ContentDocument> ReadFolder(string folder)
    {
        var directory = Path.Combine(inputDirectory, folder);
        if (!Directory.Exists(directory))
        {
            return [];
        }

        // Files are read and their front matter parsed in parallel (thousands of pages), kept in name order.
        var documents = Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal).AsParallel().AsOrdered().WithCancellation(cancellation)
            .Select(path => ReadContentFile(folder, path)).OfType<ContentDocument>().ToList();

        foreach (var sub in Directory.EnumerateDirectories(directory).Order(StringComparer.Ordinal))
        {
            errors.Add(Stage.Load, Relative(sub), null, null, $"la carpeta {folder}/ no admite subcarpetas.",
                "mueva los archivos directamente a la carpeta " + folder + "/.");
        }

        return documents;
    }

    /// <summary>
    /// One file of a content folder, as <see cref="Read"/> reads it; null for a file that folder ignores or refuses
    /// (the refusal is recorded). The preview reads an edited file alone with it.
    /// </summary>
    public ContentDocument? ReadContentFile(string path)
    {
        var folder = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path)));
        return folder is not null && ContentFolders.Contains(folder) &&
            Path.GetFullPath(Path.Combine(inputDirectory, folder)) == Path.GetDirectoryName(Path.GetFullPath(path))
            ? ReadContentFile(folder, path)
            : null;
    }

    private ContentDocument? ReadContentFile(string folder, string path)
    {
        var name = Path.GetFileName(path);
        if (name.StartsWith('.') || name.StartsWith('_'))
        {
            return null;
        }

        var relative = Relative(path);
        if (!SourceTree.IsPlainFile(path))
        {
            errors.Add(Stage.Load, relative, null, null, "no es un archivo normal (es un enlace simbólico, una tubería o un dispositivo).",
                "reemplácelo por un archivo normal con el contenido.");
            return null;
        }

        if (!name.EndsWith(".md", StringComparison.Ordinal))
        {
            errors.Add(Stage.Load, relative, null, null, $"la carpeta {folder}/ solo admite archivos Markdown (.md).",
                "cambie la extensión a «.md» o mueva el archivo; los archivos que empiezan con «_» se ignoran.");
            return null;
        }

        return Decode(path) is { } text
            ? FrontMatterSplitter.Split(new SourceFile(relative, text), errors)
            : FrontMatterSplitter.Unreadable(new SourceFile(relative, ""), MarkdownSource.Empty(relative));
    }

    private string Relative(string path) => Path.GetRelativePath(rootDirectory, path).Replace('\\', '/');
}
