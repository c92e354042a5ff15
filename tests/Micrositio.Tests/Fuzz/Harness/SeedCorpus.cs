using Micrositio.Images;
using Micrositio.Tests.Support;
using NetVips;

namespace Micrositio.Tests.Fuzz.Harness;

/// <summary>
/// The shipped files fuzz cases are made from, by target: every file of <c>input/</c> and <c>netlify.toml</c>, read
/// from the repository (no fixtures), plus the gallery's JPEGs converted to the other formats the Images stage reads.
/// </summary>
public sealed class SeedCorpus
{
    private static readonly Lazy<SeedCorpus> Shared = new(() => new SeedCorpus(Repository.Root));

    private SeedCorpus(string root)
    {
        var input = Path.Combine(root, "input");
        var files = Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(root, f)), StringComparer.Ordinal);
        Files = files;
        Seeds = new Dictionary<FuzzTarget, IReadOnlyList<string>>
        {
            [FuzzTarget.Content] = files.Keys.Where(f => f.EndsWith(".md", StringComparison.Ordinal)).ToList(),
            [FuzzTarget.DataYaml] = files.Keys.Where(f => f.EndsWith(".yml", StringComparison.Ordinal)).ToList(),
            [FuzzTarget.DataText] = files.Keys.Where(f => f.EndsWith(".csv", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal)).ToList(),
            [FuzzTarget.Logo] = files.Keys.Where(f => f.StartsWith("input/marca/", StringComparison.Ordinal) && f.EndsWith(".svg", StringComparison.Ordinal)).ToList(),
            [FuzzTarget.Netlify] = ["netlify.toml"],
            [FuzzTarget.Image] = files.Keys.Where(f => f.EndsWith(".jpg", StringComparison.Ordinal)).Concat(ConvertedImages.Keys).ToList(),
            [FuzzTarget.SiteOnDisk] = files.Keys.Where(f => !f.EndsWith(".jpg", StringComparison.Ordinal)).ToList(),
        };
        Bytes = files
            .Append(new KeyValuePair<string, byte[]>("netlify.toml", File.ReadAllBytes(Path.Combine(root, "netlify.toml"))))
            .Concat(ConvertedImages)
            .ToDictionary(StringComparer.Ordinal);
    }

    public static SeedCorpus Instance => Shared.Value;

    /// <summary>The files of input/, by path relative to the repository.</summary>
    public IReadOnlyDictionary<string, byte[]> Files { get; }

    /// <summary>Every seed's bytes, by path (converted images under a made-up <c>semillas/</c> path).</summary>
    public IReadOnlyDictionary<string, byte[]> Bytes { get; }

    public IReadOnlyDictionary<FuzzTarget, IReadOnlyList<string>> Seeds { get; }

    /// <summary>Donors for splices: the other seeds of the same target.</summary>
    public IReadOnlyList<byte[]> Donors(FuzzTarget target) => Seeds[target].Select(s => Bytes[s]).ToList();

    private Dictionary<string, byte[]> ConvertedImages => _converted ??= Convert();

    private Dictionary<string, byte[]>? _converted;

    // A small PNG, WebP, TIFF and HEIF made from the first shipped JPEG, so every format's header reader gets seeds.
    private Dictionary<string, byte[]> Convert()
    {
        ImageEngine.EnsureConfigured();
        var jpeg = Files.First(f => f.Key.EndsWith(".jpg", StringComparison.Ordinal)).Value;
        using var thumbnail = Image.ThumbnailBuffer(jpeg, 96);
        using var small = thumbnail.CopyMemory();
        var images = new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["semillas/foto.png"] = small.PngsaveBuffer(),
            ["semillas/foto.webp"] = small.WebpsaveBuffer(),
            ["semillas/foto.tif"] = small.TiffsaveBuffer(),
        };
        try
        {
            images["semillas/foto.avif"] = small.HeifsaveBuffer(compression: Enums.ForeignHeifCompression.Av1);
        }
        catch (VipsException)
        {
            // libvips built without an AV1 encoder: the AVIF/HEIF verifier is fuzzed from the other seeds' splices.
        }

        return images;
    }
}
