using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Micrositio.Content;
using Micrositio.Diagnostics;
using Micrositio.Write;
using NetVips;

namespace Micrositio.Images;

/// <summary>
/// Turns source photos into published derivatives: decoded pixels only — decoded once (shrink-on-load for
/// large JPEGs), turned upright once by <see cref="UprightDecoder"/>, converted to sRGB, declared areas covered with an opaque fill before
/// anything is derived (and again on each derivative) — re-encoded at responsive widths as WebP and JPEG
/// with no metadata at all. Derivatives are kept in a
/// content-addressed cache (key: source bytes, hidden areas, options, pipeline and libvips versions), so a
/// rebuild with unchanged photos decodes nothing.
/// </summary>
public sealed class PhotoProcessor
{
    /// <summary>Bump when the processing changes, so cached derivatives are made again.</summary>
    public const int PipelineVersion = 3;

    public static IReadOnlyList<int> Widths { get; } = [480, 960, 1600];

    private const int WebpQuality = 80;
    private const int JpegQuality = 82;

    private readonly string _cacheDirectory;
    private readonly ImageLimits _limits;
    private readonly ErrorList _errors;
    private int _processed;
    private int _reused;

    public PhotoProcessor(string cacheDirectory, ImageLimits limits, ErrorList errors)
    {
        ImageEngine.EnsureConfigured();
        _cacheDirectory = cacheDirectory;
        _limits = limits;
        _errors = errors;
    }

    public int Processed => _processed;

    public int Reused => _reused;

    /// <summary>The id of a photo: the start of the SHA-256 of its bytes.</summary>
    public static string IdOf(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..12];

    public (IReadOnlyList<ProcessedPhoto> Photos, IReadOnlyList<OutputFile> Files) Process(IReadOnlyList<(Photo Photo, byte[] Bytes)> photos) =>
        Process(photos.Select(p => new PhotoSource(p.Photo, Convert.ToHexStringLower(SHA256.HashData(p.Bytes)), p.Bytes.LongLength, () => p.Bytes)).ToList());

    /// <summary>
    /// Processes photos in parallel. Each source's bytes are read only on a cache miss, by the worker that
    /// needs them, and released when its derivatives are written, so memory does not grow with the album.
    /// </summary>
    public (IReadOnlyList<ProcessedPhoto> Photos, IReadOnlyList<OutputFile> Files) Process(IReadOnlyList<PhotoSource> photos)
    {
        var results = new ConcurrentBag<(ProcessedPhoto Photo, List<OutputFile> Files)>();
        // One photo per core: libvips decodes and encodes (most of the time) on one thread each, so the cores are
        // filled by photos, not by libvips' own threads, which only share the resizes (Concurrency 1 measured the same).
        Parallel.ForEach(photos, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount) }, item =>
        {
            if (ProcessOne(item) is { } result)
            {
                results.Add(result);
            }
        });

        var ordered = results.OrderBy(r => r.Photo.Photo.SourcePath, StringComparer.Ordinal).ToList();
        return (ordered.Select(r => r.Photo).ToList(), ordered.SelectMany(r => r.Files).OrderBy(f => f.Path, StringComparer.Ordinal).ToList());
    }

    /// <summary>Deletes cached derivatives of withdrawn photos, so no copy outlives the withdrawal.</summary>
    public void ForgetCached(IEnumerable<string> ids)
    {
        if (!Directory.Exists(_cacheDirectory))
        {
            return;
        }

        foreach (var id in ids)
        {
            foreach (var entry in Directory.EnumerateDirectories(_cacheDirectory, id + "-*"))
            {
                Directory.Delete(entry, recursive: true);
            }
        }
    }

    private (ProcessedPhoto, List<OutputFile>)? ProcessOne(PhotoSource source)
    {
        var photo = source.Photo;
        var id = source.Id;
        if (source.Length > _limits.MaxBytes)
        {
            Error(photo, $"el archivo pesa {source.Length / (1024 * 1024)} MB, más que el límite de {_limits.MaxMegabytes} MB.",
                "reduzca la foto antes de agregarla o ajuste «fotos_max_megabytes» en input/sitio.yml.");
            return null;
        }

        var key = $"{id}-{OptionsHash(source.Sha256, photo)}";
        var entry = Path.Combine(_cacheDirectory, key);
        if (ReadCached(photo, id, entry) is { } cached)
        {
            Interlocked.Increment(ref _reused);
            return cached;
        }

        var bytes = source.Read();
        if (!IsAcceptable(photo, bytes))
        {
            return null;
        }

        if (Directory.Exists(entry))
        {
            // An entry that cannot be read whole (files deleted by hand) is made again.
            Directory.Delete(entry, recursive: true);
        }

        try
        {
            var made = Derive(photo, bytes, key);
            if (made is null)
            {
                return null;
            }

            WriteCache(entry, made.Value.Manifest, made.Value.Files);
            Interlocked.Increment(ref _processed);
            return ReadCached(photo, id, entry);
        }
        catch (VipsException ex)
        {
            Error(photo, $"la imagen no se puede leer: está dañada, incompleta o no es lo que dice ser ({FirstLine(ex.Message)}).",
                "vuelva a exportar la foto desde el original (JPEG, PNG, WebP, HEIC o TIFF) y reemplace el archivo.");
            return null;
        }
    }

    private bool IsAcceptable(Photo photo, byte[] bytes)
    {
        var extension = Path.GetExtension(photo.FileName);
        if (!ImageFormats.ByExtension.TryGetValue(extension, out var expected))
        {
            Error(photo, $"el formato «{extension}» no se admite en la galería.", "use JPEG, PNG, WebP, HEIC/HEIF o TIFF.");
            return false;
        }

        var actual = ImageFormats.Sniff(bytes);
        if (actual != expected)
        {
            Error(photo, actual == ImageFormat.Unknown
                    ? $"el archivo no es una imagen {expected.ToString().ToUpperInvariant()}, aunque su nombre termina en «{extension}»."
                    : $"el archivo es {actual.ToString().ToUpperInvariant()}, aunque su nombre termina en «{extension}».",
                "exporte la foto de nuevo o corrija la extensión del nombre.");
            return false;
        }

        return true;
    }

    private (string Manifest, List<(string Name, byte[] Bytes)> Files)? Derive(Photo photo, byte[] bytes, string key)
    {
        using var pixels = Decode(photo, bytes);
        if (pixels is null)
        {
            return null;
        }

        // Standard widths below the photo's own, plus its own width (capped): never enlarged, never lost.
        var widths = Widths.Where(w => w < pixels.Width).Append(Math.Min(pixels.Width, Widths[^1])).Distinct().ToList();
        var files = new List<(string Name, byte[] Bytes)>();
        var manifest = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{pixels.Width} {pixels.Height}\n");
        foreach (var width in widths)
        {
            using var derivative = pixels.At(width);
            var webp = derivative.WebpsaveBuffer(q: WebpQuality, keep: Enums.ForeignKeep.None);
            var jpeg = derivative.JpegsaveBuffer(q: JpegQuality, optimizeCoding: true, keep: Enums.ForeignKeep.None);
            foreach (var (bytesOut, extension, mime) in new[] { (webp, "webp", "image/webp"), (jpeg, "jpg", "image/jpeg") })
            {
                var name = $"{key}-{width}.{extension}";
                files.Add((name, bytesOut));
                manifest.Append(CultureInfo.InvariantCulture, $"{derivative.Width} {derivative.Height} {mime} {name}\n");
            }
        }

        return (manifest.ToString(), files);
    }

    /// <summary>
    /// Decodes a photo once, at the smallest size its largest derivative can be made from, into the covered
    /// pixels every derivative is made from; null (with an error) when it must not be published.
    /// </summary>
    internal PhotoPixels? Decode(Photo photo, byte[] bytes)
    {
        using var header = Image.NewFromBuffer(bytes, failOn: Enums.FailOn.Error);

        // Header only so far: refuse a decompression bomb before any pixel is decoded.
        if ((long)header.Width * header.Height > _limits.MaxPixels)
        {
            Error(photo, $"la imagen declara {header.Width} × {header.Height} píxeles, más que el límite de {_limits.MaxMegapixels} megapíxeles.",
                "reduzca la foto o ajuste «fotos_max_megapixeles» en input/sitio.yml.");
            return null;
        }

        // One upright decision, from the header: the JPEG shrink, the decode and the hidden areas all use it.
        var upright = UprightDecoder.Inspect(header);
        var shrink = upright.Hevc ? 1 : JpegShrink(header, upright.Width);
        using var oriented = DecodeUpright(photo, bytes, header, upright, shrink);
        if (oriented is null)
        {
            return null;
        }

        var (width, height) = (upright.Width, upright.Height);

        // To 8-bit sRGB first: Flatten's background is in the image's own units (255 is black in 16 bits).
        using var srgb = oriented.Colourspace(Enums.Interpretation.Srgb);
        using var eightBit = srgb.Format == Enums.BandFormat.Uchar ? srgb.Copy() : srgb.Cast(Enums.BandFormat.Uchar);
        using var flat = eightBit.HasAlpha() ? eightBit.Flatten(background: [255, 255, 255]).Cast(Enums.BandFormat.Uchar) : eightBit.Copy();

        foreach (var area in photo.HiddenAreas)
        {
            if (area.X + area.Width > width || area.Y + area.Height > height)
            {
                Error(photo, $"el área por ocultar ({area.X}, {area.Y}, {area.Width} × {area.Height}) se sale de la foto, que mide {width} × {height} ya girada.",
                    "mida el área sobre la foto tal como se ve (ya girada) y corrija «ocultar».");
                return null;
            }
        }

        // The fill is drawn on the decoded pixels, before anything is derived from them.
        return PhotoPixels.Cover(flat, width, height, photo.HiddenAreas);
    }

    /// <summary>
    /// libjpeg's shrink-on-load (1/2, 1/4, 1/8 in the DCT, much cheaper than decoding everything): the largest that
    /// still decodes the photo at least as wide as its largest derivative. 1 for other formats.
    /// </summary>
    private static int JpegShrink(Image header, int seenWidth)
    {
        if (!header.Contains("vips-loader") || header.Get("vips-loader") is not "jpegload_buffer")
        {
            return 1;
        }

        var largest = Math.Min(seenWidth, Widths[^1]);
        foreach (var shrink in new[] { 8, 4, 2 })
        {
            // libvips rounds the shrunk size down (3201 px at 1/2 is 1600).
            if (seenWidth / shrink >= largest)
            {
                return shrink;
            }
        }

        return 1;
    }

    private Image? DecodeUpright(Photo photo, byte[] bytes, Image header, UprightHeader upright, int shrink)
    {
        try
        {
            return UprightDecoder.Decode(bytes, header, upright, shrink);
        }
        catch (UprightDecodeException ex)
        {
            Error(photo, ex.Message, "exporte la foto como JPEG desde el teléfono o la computadora, o compile en una máquina con libheif-examples.");
            return null;
        }
    }

    private static void WriteCache(string entry, string manifest, List<(string Name, byte[] Bytes)> files)
    {
        var staging = entry + ".tmp-" + Guid.NewGuid().ToString("N");
        Directory.CreateDirectory(staging);
        foreach (var (name, bytes) in files)
        {
            File.WriteAllBytes(Path.Combine(staging, name), bytes);
        }

        File.WriteAllText(Path.Combine(staging, "manifest.txt"), manifest);
        try
        {
            // The manifest is written last and the folder appears whole, so a reader never sees half an entry.
            Directory.Move(staging, entry);
        }
        catch (IOException) when (Directory.Exists(entry))
        {
            // Another build made the same entry meanwhile; it is identical by construction.
            Directory.Delete(staging, recursive: true);
        }
    }

    private static (ProcessedPhoto, List<OutputFile>)? ReadCached(Photo photo, string id, string entry)
    {
        var manifestPath = Path.Combine(entry, "manifest.txt");
        if (!File.Exists(manifestPath))
        {
            return null;
        }

        var lines = File.ReadAllLines(manifestPath);
        var size = lines[0].Split(' ');
        var variants = new List<ImageVariant>();
        var files = new List<OutputFile>();
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var parts = line.Split(' ');
            var path = Path.Combine(entry, parts[3]);
            if (!File.Exists(path))
            {
                return null;
            }

            variants.Add(new ImageVariant(int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture), parts[2], $"/fotos/{parts[3]}"));
            files.Add(OutputFile.Cached($"fotos/{parts[3]}", path, photo.SourcePath));
        }

        return (new ProcessedPhoto(photo, id, int.Parse(size[0], CultureInfo.InvariantCulture), int.Parse(size[1], CultureInfo.InvariantCulture), variants), files);
    }

    private static string OptionsHash(string sourceSha256, Photo photo)
    {
        var areas = string.Join(";", photo.HiddenAreas.Select(a => $"{a.X},{a.Y},{a.Width},{a.Height}"));
        var options = $"v{PipelineVersion}|vips {ImageEngine.LibvipsVersion}|w {string.Join(",", Widths)}|webp {WebpQuality}|jpeg {JpegQuality}|fill 0,0,0|areas {areas}|";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(sourceSha256 + "|" + options));
        return Convert.ToHexStringLower(hash)[..10];
    }

    private void Error(Photo photo, string message, string hint) =>
        _errors.Add(Stage.Images, photo.SourcePath, null, null, message, hint);

    private static string FirstLine(string message) => message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? message;
}
