using System.Security.Cryptography;
using PdfSharp.Fonts;

namespace Micrositio.Render.Press.Pdf;

/// <summary>
/// Serves the four Lato faces from one folder. The files are read once, up front, so a missing face
/// fails at setup with its path instead of in the middle of a page.
/// </summary>
internal sealed class LatoFontResolver : IFontResolver
{
    public const string Family = "Lato";

    private static readonly string[] Faces = ["Lato-Regular", "Lato-Bold", "Lato-Italic", "Lato-BoldItalic"];

    private readonly Dictionary<string, byte[]> files;

    private LatoFontResolver(string directory, Dictionary<string, byte[]> files)
    {
        Directory = directory;
        this.files = files;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var face in Faces)
        {
            hash.AppendData(files[face]);
        }

        Fingerprint = Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>The full path of the folder the faces come from.</summary>
    public string Directory { get; }

    /// <summary>SHA-256 of the four faces, to tell whether another folder holds the same fonts.</summary>
    public string Fingerprint { get; }

    public static LatoFontResolver Load(string directory)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var face in Faces)
        {
            var path = Path.Combine(directory, face + ".ttf");
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"PDF: falta la fuente «{path}»; la carpeta de fuentes debe tener {string.Join(", ", Faces.Select(f => f + ".ttf"))}.", path);
            }

            files[face] = File.ReadAllBytes(path);
        }

        return new LatoFontResolver(directory, files);
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (!string.Equals(familyName, Family, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return new FontResolverInfo((bold, italic) switch
        {
            (true, true) => "Lato-BoldItalic",
            (true, false) => "Lato-Bold",
            (false, true) => "Lato-Italic",
            _ => "Lato-Regular",
        });
    }

    public byte[]? GetFont(string faceName) => files.GetValueOrDefault(faceName);
}
