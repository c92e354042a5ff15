using System.Buffers.Binary;
using Micrositio.Images.Verification;
using static Micrositio.Tests.Images.Verification.Samples;

namespace Micrositio.Tests.Images.Verification;

public sealed class WebpVerifierTests
{
    [Fact]
    public void Webp_written_by_libvips_with_no_metadata_is_clean()
    {
        Assert.Empty(ImageVerifier.Verify(Webp));
        Assert.Empty(ImageVerifier.Verify(AlphaWebp));
        Assert.Equal("VP8X", System.Text.Encoding.ASCII.GetString(AlphaWebp, 12, 4));
    }

    [Fact]
    public void Exif_chunk_is_rejected()
    {
        var webp = Webp;
        AssertRejected(WebpWith(webp, RiffChunk("EXIF", Ascii("MM\0*\0\0\0\b"))), $"bloque «EXIF» (Exif", $"en el byte {webp.Length}");
    }

    [Fact]
    public void Xmp_chunk_is_rejected()
    {
        AssertRejected(WebpWith(AlphaWebp, RiffChunk("XMP ", Ascii("<x:xmpmeta/>"))), "bloque «XMP » (XMP)");
    }

    [Fact]
    public void Icc_and_unknown_chunks_are_rejected()
    {
        AssertRejected(WebpWith(AlphaWebp, RiffChunk("ICCP", new byte[20])), "bloque «ICCP» (perfil de color ICC)");
        AssertRejected(WebpWith(Webp, RiffChunk("ABCD", Ascii("odd"))), "bloque «ABCD» (desconocido o no permitido)");
    }

    [Theory]
    [InlineData(0x20, "perfil ICC")]
    [InlineData(0x08, "Exif")]
    [InlineData(0x04, "XMP")]
    public void Vp8x_metadata_flags_are_rejected(byte flag, string name)
    {
        var webp = AlphaWebp;
        webp[20] |= flag; // VP8X payload starts at 12 + 8.
        AssertRejected(webp, $"anuncia {name} (bit 0x{flag:X2})");
    }

    [Fact]
    public void Trailing_bytes_and_short_files_are_rejected()
    {
        var webp = Webp;
        AssertRejected(Concat(webp, Ascii("secreto")), "7 bytes después del final del contenedor RIFF");
        AssertRejected(webp[..^4], "truncado");
    }

    [Fact]
    public void Wrong_riff_size_is_rejected()
    {
        var webp = Webp;
        BinaryPrimitives.WriteUInt32LittleEndian(webp.AsSpan(4), (uint)(webp.Length - 8 - 2));
        AssertRejected(webp, "2 bytes después del final del contenedor RIFF");
    }
}
