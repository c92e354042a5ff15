using Micrositio.Images;
using Micrositio.Tests.Images.Pipeline;
using Micrositio.Tests.Support;
using NetVips;

namespace Micrositio.Tests.Images.Orientation;

/// <summary>
/// The public upright decoding other code uses (e.g. to re-encode sources): full size, upright, no orientation
/// metadata left to apply a second time, the same decision the gallery takes, and failures in Spanish.
/// </summary>
public sealed class UprightDecoderTests
{
    public static TheoryData<string> Cases => OrientedSources.All;

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decode_returns_the_full_size_upright_picture_with_no_orientation_left(string name)
    {
        var source = OrientedSources.Get(name);

        using var image = UprightDecoder.Decode(source.Bytes);

        Assert.Equal(source.UprightSize, (image.Width, image.Height));
        Assert.DoesNotContain(image.GetFields(), f => f == "orientation" || f.StartsWith("exif-", StringComparison.Ordinal));
        using var header = Image.NewFromBuffer(source.Bytes);
        var upright = UprightDecoder.Inspect(header);
        Assert.Equal(source.UprightSize, (upright.Width, upright.Height));
        Assert.Empty(UprightPublicationTests.Problems(source, name, image.PngsaveBuffer(), covered: false));
    }

    [Fact]
    public void Libvips_heifload_applies_irot_and_imir_to_avif_and_ignores_its_exif_orientation()
    {
        var source = OrientedSources.Get("avif-irot-3-exif-6");
        using var header = Image.NewFromBuffer(source.Bytes);

        Assert.Equal("heifload_buffer", header.Get("vips-loader"));
        Assert.Equal("av1", header.Get("heif-compression"));
        Assert.Equal((520, 800), (header.Width, header.Height));
        Assert.False(header.Contains("orientation"), "libvips kept an orientation for a HEIF file");
        Assert.Equal(new UprightHeader(ImageFormat.Heif, 520, 800, 1, Hevc: false), UprightDecoder.Inspect(header));
    }

    [Fact]
    public void An_iphone_style_heic_is_decoded_by_heif_convert_and_not_turned_again()
    {
        var source = OrientedSources.Get("heic-irot-3-exif-6");
        using var header = Image.NewFromBuffer(source.Bytes);

        var upright = UprightDecoder.Inspect(header);

        Assert.Equal(new UprightHeader(ImageFormat.Heif, 520, 800, 1, Hevc: true), upright);
        // heif-convert turns the pixels by irot and still copies "Orientation: 6" into its PNG: that tag must not count.
        using var png = Image.NewFromBuffer(HeifConvert.ToPng(source.Bytes));
        Assert.Equal((520, 800, 6), (png.Width, png.Height, (int)png.Get("orientation")));
        using var decoded = UprightDecoder.Decode(source.Bytes);
        Assert.Equal((520, 800), (decoded.Width, decoded.Height));
    }

    [Theory]
    [InlineData("vacio", new byte[0])]
    [InlineData("texto", new byte[] { 0x48, 0x6F, 0x6C, 0x61, 0x20, 0x6D, 0x75, 0x6E, 0x64, 0x6F })]
    public void Bytes_that_are_no_image_fail_with_a_spanish_message(string label, byte[] bytes)
    {
        var error = Assert.Throws<UprightDecodeException>(() => UprightDecoder.Decode(bytes));

        Assert.True(error.Message.Contains("no es una imagen JPEG, PNG, WebP, HEIC/HEIF, AVIF ni TIFF", StringComparison.Ordinal), $"{label}: {error.Message}");
    }

    [Theory]
    [InlineData("jpeg-exif-6")]
    [InlineData("png-exif-5")]
    [InlineData("webp-exif-8")]
    [InlineData("tiff-exif-7")]
    [InlineData("heic-irot-3-exif-6")]
    [InlineData("avif-irot-1-imir-0")]
    public void A_truncated_photo_fails_with_a_spanish_message_not_a_libvips_exception(string name)
    {
        var source = OrientedSources.Get(name);
        var truncated = source.Bytes[..(source.Bytes.Length * 2 / 3)];

        var error = Assert.Throws<UprightDecodeException>(() => UprightDecoder.Decode(truncated));

        Assert.Matches("^(la imagen no se puede leer: está dañada, incompleta|la foto HEIC no se puede decodificar)", error.Message);
    }

    [Fact]
    public void A_photo_over_the_pixel_limit_fails_before_decoding_and_quotes_its_upright_size()
    {
        var source = OrientedSources.Get("jpeg-exif-6");

        var error = Assert.Throws<UprightDecodeException>(() => UprightDecoder.Decode(source.Bytes, new ImageLimits(0, 50)));

        Assert.Equal("la imagen declara 520 × 800 píxeles, más que el límite de 0 megapíxeles.", error.Message);
    }
}
