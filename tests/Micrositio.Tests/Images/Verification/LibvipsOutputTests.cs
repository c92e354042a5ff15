using Micrositio.Images.Verification;
using NetVips;

namespace Micrositio.Tests.Images.Verification;

/// <summary>
/// The allow-lists must accept what libvips writes with <c>keep: None</c> in every mode the site might use,
/// or every build would fail: progressive and restart-marker JPEGs, palette, interlaced and 16-bit PNGs,
/// lossless, alpha and animated WebPs, lossless and alpha AVIFs.
/// </summary>
public sealed class LibvipsOutputTests
{
    private const Enums.ForeignKeep None = Enums.ForeignKeep.None;

    private static readonly Lazy<Image> Photo = new(() =>
    {
        var noise = Image.Gaussnoise(160, 120, sigma: 50, mean: 128, seed: 11);
        return noise.Bandjoin(noise.Rot180(), noise.Flip(Enums.Direction.Horizontal))
            .Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
    });

    private static Image WithAlpha => Photo.Value.Bandjoin(Photo.Value.ExtractBand(1));

    /// <summary>Two 160×60 frames stacked, saved as an animation.</summary>
    private static Image Animation => Photo.Value.Copy().Mutate(image =>
    {
        image.Set(GValue.GIntType, "page-height", 60);
        image.Set(GValue.ArrayIntType, "delay", new[] { 100, 100 });
    });

    public static TheoryData<string> Variants =>
    [
        "jpeg-baseline", "jpeg-progressive", "jpeg-restart-markers", "jpeg-no-subsampling", "jpeg-grey",
        "png", "png-palette", "png-interlaced", "png-16-bit", "png-alpha",
        "webp-lossy", "webp-lossless", "webp-alpha", "webp-animated",
        "avif", "avif-lossless", "avif-alpha",
    ];

    private static byte[] Write(string variant) => variant switch
    {
        "jpeg-baseline" => Photo.Value.JpegsaveBuffer(q: 85, optimizeCoding: true, keep: None),
        "jpeg-progressive" => Photo.Value.JpegsaveBuffer(q: 85, interlace: true, optimizeScans: true, keep: None),
        "jpeg-restart-markers" => Photo.Value.JpegsaveBuffer(q: 85, restartInterval: 2, keep: None),
        "jpeg-no-subsampling" => Photo.Value.JpegsaveBuffer(q: 95, subsampleMode: Enums.ForeignSubsample.Off, keep: None),
        "jpeg-grey" => Photo.Value.Colourspace(Enums.Interpretation.Bw).JpegsaveBuffer(q: 85, keep: None),
        "png" => Photo.Value.PngsaveBuffer(keep: None),
        "png-palette" => Photo.Value.PngsaveBuffer(palette: true, keep: None),
        "png-interlaced" => Photo.Value.PngsaveBuffer(interlace: true, keep: None),
        "png-16-bit" => Photo.Value.Colourspace(Enums.Interpretation.Rgb16).PngsaveBuffer(keep: None),
        "png-alpha" => WithAlpha.PngsaveBuffer(keep: None),
        "webp-lossy" => Photo.Value.WebpsaveBuffer(q: 80, keep: None),
        "webp-lossless" => Photo.Value.WebpsaveBuffer(lossless: true, keep: None),
        "webp-alpha" => WithAlpha.WebpsaveBuffer(q: 80, keep: None),
        "webp-animated" => Animation.WebpsaveBuffer(q: 80, keep: None),
        "avif" => Photo.Value.HeifsaveBuffer(compression: Enums.ForeignHeifCompression.Av1, keep: None),
        "avif-lossless" => Photo.Value.HeifsaveBuffer(compression: Enums.ForeignHeifCompression.Av1, lossless: true, keep: None),
        "avif-alpha" => WithAlpha.HeifsaveBuffer(compression: Enums.ForeignHeifCompression.Av1, keep: None),
        _ => throw new ArgumentOutOfRangeException(nameof(variant)),
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Libvips_output_with_no_metadata_is_clean(string variant)
    {
        var bytes = Write(variant);

        Assert.Empty(ImageVerifier.Verify(bytes));
    }

    [Fact]
    public void The_variants_really_use_the_features_they_name()
    {
        Assert.True(Write("webp-animated").AsSpan().IndexOf("ANMF"u8) > 0, "sin cuadros ANMF");
        Assert.True(Write("jpeg-restart-markers").AsSpan().IndexOf([(byte)0xFF, (byte)0xD0]) > 0, "sin marcadores RST0");
        Assert.True(Write("jpeg-progressive").AsSpan().IndexOf([(byte)0xFF, (byte)0xC2]) > 0, "sin SOF2");
        Assert.True(Write("png-palette").AsSpan().IndexOf("PLTE"u8) > 0, "sin PLTE");
    }
}
