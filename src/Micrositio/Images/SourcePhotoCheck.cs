using System.Text;
using Micrositio.Diagnostics;
using Micrositio.Images.Verification;
using Micrositio.Write;

namespace Micrositio.Images;

/// <summary>
/// Refuses gallery sources that carry metadata (location, dates, serials, maker notes, thumbnails, comments,
/// XMP/IPTC…): the repository keeps every committed original forever, so photos must enter it already clean,
/// through «fotos agregar». The keyed digest of sources found clean is remembered in the image cache (a digest names the
/// bytes, so the verdict cannot go stale), and a warm build reads none of them again.
/// </summary>
public static class SourcePhotoCheck
{
    private const string FileName = "fuentes-limpias.txt";

    /// <summary>The hint every refusal ends with.</summary>
    public const string Hint = "pase el archivo original por «./micrositio fotos agregar <archivo> --album <álbum>», que guarda una copia limpia " +
        "con nombre neutro y agrega su entrada a album.yml; después borre este archivo y su entrada (vea «Fotos sin metadatos» en el README).";

    /// <summary>Adds an error for every source that carries metadata and returns the sources that do not.</summary>
    public static IReadOnlyList<PhotoSource> Run(IReadOnlyList<PhotoSource> sources, string cacheDirectory, ErrorList errors)
    {
        var path = Path.Combine(cacheDirectory, FileName);
        var known = Read(path);
        var verdicts = sources.AsParallel().AsOrdered().WithDegreeOfParallelism(Math.Max(1, Environment.ProcessorCount))
            .Select(source => (Source: source, Carried: known.Contains(source.Digest) ? (IReadOnlyList<string>)[] : Carried(source)))
            .ToList();
        foreach (var (source, carried) in verdicts.Where(v => v.Carried.Count > 0))
        {
            errors.Add(Stage.Images, source.Photo.SourcePath, null, null, Message(carried), Hint);
        }

        var clean = verdicts.Where(v => v.Carried.Count == 0).Select(v => v.Source).ToList();
        Save(path, known, clean);
        return clean;
    }

    /// <summary>The message for a source that carries <paramref name="carried"/>.</summary>
    public static string Message(IReadOnlyList<string> carried) =>
        $"la foto lleva metadatos que no deben entrar al repositorio: {string.Join(", ", carried)}.";

    private static IReadOnlyList<string> Carried(PhotoSource source)
    {
        try
        {
            var bytes = source.Read();
            var format = ImageFormats.Sniff(bytes);
            if (format == ImageFormat.Unknown || ImageFormats.ByExtension.GetValueOrDefault(Path.GetExtension(source.Photo.FileName)) != format)
            {
                return []; // Not an image of an accepted format: the Images stage names that more clearly.
            }

            // Damage is the decoder's to report (with what it could not read); here only what the file carries counts.
            var carried = SourceMetadata.Carried(bytes).Where(k => !k.StartsWith("archivo ", StringComparison.Ordinal) && !k.StartsWith("estructura ", StringComparison.Ordinal));
            return format == ImageFormat.WebP && WebpOrientation(bytes) != 1 ? [.. carried, TurnedWebp] : [.. carried];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [$"no se pudo leer el archivo ({ex.Message})"];
        }
    }

    /// <summary>
    /// Chromium ignores a WebP's EXIF orientation while the WebP specification applies it, so staff cannot know which
    /// way up the photo they measured hidden areas on is; «fotos agregar» turns it once and stores it upright.
    /// </summary>
    public const string TurnedWebp = "una orientación EXIF que unos visores aplican y otros no en fotos WebP (no se sabe hacia dónde se ve la foto ni dónde caen las áreas por ocultar)";

    private static int WebpOrientation(byte[] bytes)
    {
        try
        {
            using var header = NetVips.Image.NewFromBuffer(bytes);
            return UprightDecoder.Inspect(header).Orientation;
        }
        catch (NetVips.VipsException)
        {
            return 1; // Damaged: the Images stage reports it.
        }
    }

    private static HashSet<string> Read(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadLines(path).Where(l => l.Length == 64).ToHashSet(StringComparer.Ordinal) : [];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>Keeps only this build's clean sources; a memory that cannot be saved only costs time.</summary>
    private static void Save(string path, HashSet<string> known, List<PhotoSource> clean)
    {
        var hashes = clean.Select(s => s.Digest).Distinct().Order(StringComparer.Ordinal).ToList();
        if (hashes.Count == known.Count && hashes.All(known.Contains))
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            CacheEntry.Write(path, Encoding.UTF8.GetBytes(string.Concat(hashes.Select(h => h + "\n"))));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }
}
