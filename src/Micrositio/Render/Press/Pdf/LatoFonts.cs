using System.Security.Cryptography;

namespace Micrositio.Render.Press.Pdf;

/// <summary>
/// The four Lato faces of a font folder, read once per process and shared by every thread (nothing in them
/// changes). Folders holding byte-identical fonts (a test site's copy of the theme) share one copy. All four
/// files are read up front, so a missing face fails with its path instead of in the middle of a page.
/// </summary>
internal sealed class LatoFonts
{
    private static readonly string[] Faces = ["Lato-Regular", "Lato-Bold", "Lato-Italic", "Lato-BoldItalic"];
    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, LatoFonts> ByFolder = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, LatoFonts> ByFingerprint = new(StringComparer.Ordinal);

    private readonly TrueTypeFont[] faces;

    private LatoFonts(TrueTypeFont[] faces, string fingerprint)
    {
        this.faces = faces;
        Fingerprint = fingerprint;
        Measurer = new TextMeasurer(this);
    }

    /// <summary>SHA-256 of the four faces.</summary>
    public string Fingerprint { get; }

    public TextMeasurer Measurer { get; }

    /// <summary>The fonts of a folder: read now, or the ones read before from it or from a folder with the same files.</summary>
    public static LatoFonts From(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        lock (Gate)
        {
            if (ByFolder.TryGetValue(folder, out var known))
            {
                return known;
            }
        }

        var loaded = Load(folder);
        lock (Gate)
        {
            if (!ByFingerprint.TryGetValue(loaded.Fingerprint, out var same))
            {
                ByFingerprint[loaded.Fingerprint] = same = loaded;
            }

            ByFolder[folder] = same;
            return same;
        }
    }

    /// <exception cref="FileNotFoundException">A face is missing; the message names its path.</exception>
    public static LatoFonts Load(string directory)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var faces = new TrueTypeFont[Faces.Length];
        for (var i = 0; i < Faces.Length; i++)
        {
            var path = Path.Combine(directory, Faces[i] + ".ttf");
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"PDF: falta la fuente «{path}»; la carpeta de fuentes debe tener {string.Join(", ", Faces.Select(f => f + ".ttf"))}.", path);
            }

            var bytes = File.ReadAllBytes(path);
            hash.AppendData(bytes);
            faces[i] = TrueTypeFont.Read(bytes, Faces[i]);
        }

        return new LatoFonts(faces, Convert.ToHexString(hash.GetHashAndReset()));
    }

    public TrueTypeFont For(TextStyle style) => faces[Face(style)];

    /// <summary>0 regular, 1 bold, 2 italic, 3 bold italic: the order of <see cref="Faces"/>.</summary>
    public static int Face(TextStyle style) => (style.Bold ? 1 : 0) + (style.Italic ? 2 : 0);

    public TrueTypeFont this[int face] => faces[face];

    public static int Count => Faces.Length;
}
