using Micrositio.Brand;
using Micrositio.Diagnostics;
using Micrositio.Images;
using Micrositio.Write;

namespace Micrositio.Render;

/// <summary>
/// The logo files of the site, all made from the brand manual so they cannot drift from it: every approved
/// variant byte for byte at <c>/marca/&lt;archivo&gt;</c> (what pages show and the press kit offers as SVG),
/// and a PNG of each at <see cref="PngHeights"/> for people who cannot use SVG. PNGs are kept in a
/// content-addressed cache (SVG hash, height, libvips version, encoding options), as Hugo does for processed images.
/// </summary>
public static class BrandFiles
{
    public static IReadOnlyList<int> PngHeights { get; } = [200, 800];

    public static string PngPath(LogoVariant variant, int height) => $"marca/png/{Path.ChangeExtension(variant.File, null)}-{height}.png";

    /// <returns>The files, and how many PNGs were rendered now (the others came from the cache).</returns>
    public static (IReadOnlyList<OutputFile> Files, int Rendered) Make(BrandManual manual, string cacheDirectory, ErrorList errors, CancellationToken cancellation = default)
    {
        ImageEngine.EnsureConfigured();
        var variants = manual.Variants.ToList();
        int[] rendered = [0];
        var pngs = variants.SelectMany(v => PngHeights.Select(h => (Variant: v, Height: h))).AsParallel().AsOrdered().WithCancellation(cancellation)
            .Select(x => Png(x.Variant, x.Height, cacheDirectory, rendered, errors));
        var files = variants.Select(v => new OutputFile(v.OutputPath, v.Bytes)).Concat(pngs).ToList();
        return (files, rendered[0]);
    }

    private static OutputFile Png(LogoVariant variant, int height, string cacheDirectory, int[] rendered, ErrorList errors)
    {
        try
        {
            return RenderPng(variant, height, cacheDirectory, rendered);
        }
        catch (NetVips.VipsException ex)
        {
            // The lint catches what it knows (depth, scripts…); whatever else libvips refuses still names the logo's file.
            errors.Add(Stage.Render, $"input/marca/{variant.File}", null, null,
                $"el logotipo no se pudo convertir a PNG: la biblioteca de imágenes no pudo leer el SVG ({ex.Message.Split('\n')[0].Trim()}).",
                "abra el archivo en un editor de SVG, simplifíquelo (menos grupos anidados, sin efectos) y expórtelo de nuevo como «SVG optimizado».");
            return new OutputFile(PngPath(variant, height), []);
        }
    }

    private static OutputFile RenderPng(LogoVariant variant, int height, string cacheDirectory, int[] rendered)
    {
        // The key names everything the bytes depend on: the SVG, the height, libvips and the encoding options.
        var entry = Path.Combine(cacheDirectory, $"{variant.Sha256}-{height}-vips{ImageEngine.LibvipsVersion}-z3.png");
        if (!File.Exists(entry))
        {
            Interlocked.Increment(ref rendered[0]);
            using var image = NetVips.Image.SvgloadBuffer(variant.Bytes, scale: height / variant.IntrinsicSize.Height);
            // zlib level 3 without row filters: half the encoding time of the default (level 6, adaptive filters) for
            // files about a tenth larger (a 800 px logo: 34 → 37 KB); logos are flat colours, which filters do not help.
            var png = image.PngsaveBuffer(keep: NetVips.Enums.ForeignKeep.None, compression: 3, filter: NetVips.Enums.ForeignPngFilter.None);
            CacheEntry.Write(entry, png);
        }

        return OutputFile.Cached(PngPath(variant, height), entry);
    }
}
