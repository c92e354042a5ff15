using System.Collections.Concurrent;
using System.Security.Cryptography;
using Micrositio.Images;
using Micrositio.Tests.Support;
using NetVips;

namespace Micrositio.Tests.Images.Pipeline;

/// <summary>
/// Every real camera/editor photo of the shared corpus (&lt;repo&gt;/../shared/data/photos-metadata: GPS, XMP,
/// IPTC, maker notes, ICC, PNG text, embedded thumbnails, odd files from bug reports) goes through the real
/// <see cref="PhotoProcessor"/>: each derivative must pass the byte-level verifier, exiftool must find nothing
/// but image structure in it, and the pixels must be kept (orientation applied, sizes and aspect right).
/// </summary>
public sealed class CameraCorpusTests
{
    private static readonly HashSet<string> Processable = new(StringComparer.OrdinalIgnoreCase)
    {
        ".jpg", ".jpeg", ".png", ".webp", ".heic", ".heif", ".avif", ".tif", ".tiff",
    };

    // One processing per file, shared by the theories below (each run has its own empty cache folder).
    private static readonly ConcurrentDictionary<string, Lazy<PipelineRun>> Runs = new(StringComparer.Ordinal);

    public static string Corpus => Path.GetFullPath(Path.Combine(Repository.Root, "..", "shared", "data", "photos-metadata"));

    public static TheoryData<string> Files
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var file in FileNames())
            {
                data.Add(file);
            }

            return data;
        }
    }

    /// <summary>The corpus files the gallery accepts (all but the GIF), in order; none when the corpus is missing.</summary>
    private static IEnumerable<string> FileNames() => Directory.Exists(Corpus)
        ? Directory.GetFiles(Corpus).Select(f => Path.GetFileName(f)!).Where(f => Processable.Contains(Path.GetExtension(f))).Order(StringComparer.Ordinal)
        : [];

    [Fact]
    public void Corpus_is_complete_and_unaltered()
    {
        Assert.True(Directory.Exists(Corpus), $"the camera corpus is missing: {Corpus}");
        var rows = Manifest.Value.Values.ToList();
        Assert.True(rows.Count >= 50, $"manifest.csv lists only {rows.Count} files");
        foreach (var row in rows)
        {
            var path = Path.Combine(Corpus, row.File);
            Assert.True(File.Exists(path), $"{row.File} is in manifest.csv but not in the corpus");
            Assert.Equal(row.Sha256, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))));
        }

        var listed = rows.Select(r => r.File).ToHashSet(StringComparer.Ordinal);
        var tested = FileNames().ToHashSet(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Corpus).Select(f => Path.GetFileName(f)!))
        {
            if (file is "README.md" or "manifest.csv")
            {
                continue;
            }

            Assert.True(listed.Contains(file), $"{file} is in the corpus but not in manifest.csv");
            Assert.True(tested.Contains(file) || Path.GetExtension(file).Equals(".gif", StringComparison.OrdinalIgnoreCase),
                $"{file} has an extension the corpus tests do not cover");
        }

        Assert.True(tested.Count >= 50, $"only {tested.Count} corpus files are tested");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_derivative_is_clean(string file)
    {
        var run = RunOf(file);

        PhotoPipeline.AssertSafe(run, SecretsOf(file));
        Assert.Single(run.Photos);
        Assert.Equal(run.Photos[0].Variants.Count, run.Files.Count);
        Assert.All(run.Files, f => Assert.StartsWith($"fotos/{PhotoKey.Local.IdOf(PhotoPipeline.Album, file)}-", f.Path, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Pixels_are_kept_with_orientation_applied(string file)
    {
        var run = RunOf(file);
        Assert.True(run.Errors.Count == 0, run.ErrorText);
        var (width, height, orientation) = Expected(file);
        var photo = Assert.Single(run.Photos);
        var problems = new List<string>();
        if ((photo.Width, photo.Height) != (width, height))
        {
            problems.Add($"the photo is recorded as {photo.Width} × {photo.Height}; expected {width} × {height} (stored size, EXIF orientation {orientation})");
        }

        var expectedWidths = ExpectedWidths(width).ToHashSet();
        foreach (var variant in photo.Variants)
        {
            var output = run.Files.Single(f => "/" + f.Path == variant.Url);
            using var image = Pixels.Decode(output.Bytes);
            var name = Path.GetFileName(output.Path);
            if ((image.Width, image.Height) != (variant.Width, variant.Height))
            {
                problems.Add($"{name} decodes as {image.Width} × {image.Height} but is announced as {variant.Width} × {variant.Height}");
            }

            if (!expectedWidths.Contains(image.Width))
            {
                problems.Add($"{name} is {image.Width} px wide; expected one of {string.Join(", ", expectedWidths)} (never upscaled)");
            }

            var expectedHeight = image.Width * (double)height / width;
            if (Math.Abs(image.Height - expectedHeight) > 1)
            {
                problems.Add($"{name} is {image.Width} × {image.Height}; the aspect ratio of {width} × {height} gives a height of {expectedHeight:0.0}");
            }

            if (image.Bands != 3)
            {
                problems.Add($"{name} has {image.Bands} bands; expected 3 (sRGB, no alpha)");
            }

            var difference = DifferenceFromReference(file, image);
            if (difference > MaxMeanDifference)
            {
                problems.Add($"{name} differs from libvips' own oriented thumbnail of the source by {difference:0.0} levels on average (max {MaxMeanDifference}): wrong orientation, colours or pixels");
            }
        }

        foreach (var format in new[] { "image/webp", "image/jpeg" })
        {
            var widths = photo.Variants.Where(v => v.MimeType == format).Select(v => v.Width).Order().ToList();
            if (!widths.SequenceEqual(expectedWidths.Order()))
            {
                problems.Add($"{format} variants are {string.Join(", ", widths)} px wide; expected {string.Join(", ", expectedWidths.Order())}");
            }
        }

        Assert.True(problems.Count == 0, $"{file}:\n" + string.Join("\n", problems));
    }

    /// <summary>
    /// The contract the pipeline was specified with: the largest derivative is min(1600, oriented width) wide,
    /// so a photo is never published smaller than it is (up to 1600 px).
    /// </summary>
    [Theory]
    [MemberData(nameof(Files))]
    public void Largest_derivative_is_min_of_1600_and_the_oriented_width(string file)
    {
        var run = RunOf(file);
        Assert.True(run.Errors.Count == 0, run.ErrorText);
        var (width, _, _) = Expected(file);
        var photo = Assert.Single(run.Photos);
        foreach (var format in new[] { "image/webp", "image/jpeg" })
        {
            var largest = photo.Variants.Where(v => v.MimeType == format).Max(v => v.Width);
            Assert.True(largest == Math.Min(1600, width),
                $"{file} ({width} px wide once oriented): the largest {format} is {largest} px wide; expected {Math.Min(1600, width)}. " +
                $"Variants: {string.Join(", ", photo.Variants.Where(v => v.MimeType == format).Select(v => $"{v.Width}×{v.Height}"))}");
        }
    }

    [Fact]
    public void Gif_is_refused_with_a_clear_error()
    {
        const string file = "mei__Issue_201.gif";
        var run = PhotoPipeline.Run(file, Source(file));

        var error = PhotoPipeline.AssertRefused(run, "«.gif»", "no se admite");
        Assert.Contains("JPEG", error.Hint, StringComparison.Ordinal);
    }

    private const double MaxMeanDifference = 12;

    private static readonly ConcurrentDictionary<string, byte[]> DecodedHeic = new(StringComparer.Ordinal);

    private static readonly Lazy<Dictionary<string, ManifestRow>> Manifest = new(() => File.ReadAllLines(Path.Combine(Corpus, "manifest.csv"))
        .Skip(1)
        .Where(line => line.Length > 0)
        .Select(ParseCsvLine)
        .Select(f => new ManifestRow(f[0], f[3], f[4], f[7], f[^1]))
        .ToDictionary(row => row.File, StringComparer.Ordinal));

    /// <summary>
    /// Byte strings that must not appear in any derivative of the file: its camera make and model (as the
    /// manifest gives them, when long enough not to occur by chance) and the signatures of metadata blocks.
    /// </summary>
    private static string[] SecretsOf(string file)
    {
        var row = Manifest.Value.GetValueOrDefault(file);
        string[] signatures = ["Exif\0\0", "http://ns.adobe.com/", "ICC_PROFILE", "Photoshop 3.0", "XML:com.adobe.xmp"];
        return [.. signatures, .. new[] { row?.Make, row?.Model }.OfType<string>().Where(s => s.Length >= 5)];
    }

    /// <summary>One row of manifest.csv: fields separated by commas, a field in double quotes may hold commas.</summary>
    private static string[] ParseCsvLine(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        Assert.True(fields.Count == 11, $"manifest.csv: expected 11 fields, got {fields.Count}: {line}");
        return [.. fields];
    }

    private sealed record ManifestRow(string File, string Make, string Model, string Metadata, string Sha256);

    private static PipelineRun RunOf(string file)
    {
        ExifTool.Require();
        return Runs.GetOrAdd(file, f => new Lazy<PipelineRun>(() => PhotoPipeline.Run(f, Source(f)))).Value;
    }

    private static bool IsHevc(byte[] bytes)
    {
        using var probe = Image.NewFromBuffer(bytes);
        return probe.Contains("heif-compression") && probe.Get("heif-compression") is "hevc";
    }

    /// <summary>The standard widths below the photo's own, plus its own width capped at 1600: never enlarged, never lost.</summary>
    internal static IEnumerable<int> ExpectedWidths(int width) =>
        PhotoProcessor.Widths.Where(w => w < width).Append(Math.Min(width, 1600)).Distinct().Order();

    private static byte[] Source(string file) => File.ReadAllBytes(Path.Combine(Corpus, file));

    /// <summary>The oriented size: the stored size, swapped when the EXIF orientation (5–8) turns the photo a quarter.</summary>
    private static (int Width, int Height, int Orientation) Expected(string file)
    {
        using var source = Image.NewFromBuffer(Source(file));
        var orientation = source.Contains("orientation") ? Convert.ToInt32(source.Get("orientation"), System.Globalization.CultureInfo.InvariantCulture) : 1;
        return orientation is >= 5 and <= 8 ? (source.Height, source.Width, orientation) : (source.Width, source.Height, orientation);
    }

    /// <summary>
    /// Mean absolute difference (0–255) between a derivative and an independent reference made by libvips'
    /// thumbnail operation from the source bytes (which applies the orientation itself) at the same size.
    /// </summary>
    private static double DifferenceFromReference(string file, Image output)
    {
        // The bundled libvips has no HEVC decoder: a HEIC photo is decoded here with heif-convert, which applies
        // the HEIF rotation itself, so the reference is not rotated again.
        var source = Source(file);
        var hevc = IsHevc(source);
        using var thumbnail = Image.ThumbnailBuffer(hevc ? DecodedHeic.GetOrAdd(file, _ => HeifConvert.ToPng(source)) : source, output.Width, height: output.Height, size: Enums.Size.Force, noRotate: hevc);
        using var flat = thumbnail.HasAlpha() ? thumbnail.Flatten(background: [255, 255, 255]) : thumbnail.Copy();
        using var srgb = flat.Colourspace(Enums.Interpretation.Srgb);
        using var reference = srgb.Format switch
        {
            Enums.BandFormat.Uchar => srgb.Copy(),
            Enums.BandFormat.Ushort => (srgb / 257.0).Cast(Enums.BandFormat.Uchar),
            _ => srgb.Cast(Enums.BandFormat.Uchar),
        };
        using var difference = (output.Cast(Enums.BandFormat.Float) - reference.Cast(Enums.BandFormat.Float)).Abs();
        return difference.Avg();
    }
}
