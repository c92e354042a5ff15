using Micrositio.Brand;
using Micrositio.Images;
using Micrositio.Write;

namespace Micrositio.Render;

/// <summary>
/// The logo files of the site, all made from the brand manual so they cannot drift from it: every approved
/// variant byte for byte at <c>/marca/&lt;archivo&gt;</c> (what pages show and the press kit offers as SVG),
/// and a PNG of each at <see cref="PngHeights"/> for people who cannot use SVG. PNGs are kept in a
/// content-addressed cache (SVG hash, height, libvips version), as Hugo does for processed images.
/// </summary>
public static class BrandFiles
{
    public static IReadOnlyList<int> PngHeights { get; } = [200, 800];

    public static string PngPath(LogoVariant variant, int height) => $"marca/png/{Path.ChangeExtension(variant.File, null)}-{height}.png";

    /// <returns>The files, and how many PNGs were rendered now (the others came from the cache).</returns>
    public static (IReadOnlyList<OutputFile> Files, int Rendered) Make(BrandManual manual, string cacheDirectory)
    {
        ImageEngine.EnsureConfigured();
        var variants = manual.Variants.ToList();
        int[] rendered = [0];
        var pngs = variants.SelectMany(v => PngHeights.Select(h => (Variant: v, Height: h))).AsParallel().AsOrdered()
            .Select(x => Png(x.Variant, x.Height, cacheDirectory, rendered));
        var files = variants.Select(v => new OutputFile(v.OutputPath, v.Bytes)).Concat(pngs).ToList();
        return (files, rendered[0]);
    }

    private static OutputFile Png(LogoVariant variant, int height, string cacheDirectory, int[] rendered)
    {
        var entry = Path.Combine(cacheDirectory, $"{variant.Sha256}-{height}-vips{ImageEngine.LibvipsVersion}.png");
        if (!File.Exists(entry))
        {
            Interlocked.Increment(ref rendered[0]);
            using var image = NetVips.Image.SvgloadBuffer(variant.Bytes, scale: height / variant.IntrinsicSize.Height);
            var png = image.PngsaveBuffer(keep: NetVips.Enums.ForeignKeep.None);
            Directory.CreateDirectory(cacheDirectory);
            // Written aside and moved, so a concurrent build never reads half a file.
            var staging = entry + ".tmp-" + Guid.NewGuid().ToString("N");
            File.WriteAllBytes(staging, png);
            File.Move(staging, entry, overwrite: true);
        }

        return OutputFile.Cached(PngPath(variant, height), entry);
    }
}
