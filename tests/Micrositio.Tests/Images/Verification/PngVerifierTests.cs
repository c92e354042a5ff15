using Micrositio.Images.Verification;
using static Micrositio.Tests.Images.Verification.Samples;

namespace Micrositio.Tests.Images.Verification;

public sealed class PngVerifierTests
{
    [Fact]
    public void Png_written_by_libvips_with_no_metadata_is_clean()
    {
        Assert.Empty(ImageVerifier.Verify(Png));
    }

    [Fact]
    public void Fixed_size_rendering_chunks_are_allowed()
    {
        Assert.Empty(ImageVerifier.Verify(PngWith(Chunk("sRGB", [0]))));
        Assert.Empty(ImageVerifier.Verify(PngWith(Chunk("gAMA", [0, 0, 0xB1, 0x8F]))));
        Assert.Empty(ImageVerifier.Verify(PngWith(Chunk("cHRM", new byte[32]))));
        Assert.Empty(ImageVerifier.Verify(PngWith(Chunk("bKGD", [0, 0, 0, 0, 0, 0]))));
    }

    [Theory]
    [InlineData("tEXt", "Author\0Juana P\u00e9rez", "bloque tEXt (texto)")]
    [InlineData("zTXt", "Comment\0\0x\u009c", "bloque zTXt (texto comprimido)")]
    [InlineData("iTXt", "XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta/>", "bloque iTXt (XMP)")]
    [InlineData("iTXt", "Description\0\0\0es\0\0Reuni\u00f3n", "bloque iTXt (texto internacional)")]
    [InlineData("eXIf", "MM\0*\0\0\0\b\0\0", "bloque eXIf (Exif")]
    [InlineData("tIME", "\u0007\u00e8\u0003\u000f\u0012\u0000\u0000", "bloque tIME (fecha de modificaci\u00f3n)")]
    [InlineData("iCCP", "ICC profile\0\0x\u009c", "bloque iCCP (perfil de color ICC)")]
    [InlineData("caBX", "jumb", "bloque caBX (JUMBF/C2PA")]
    [InlineData("sPLT", "x\0\b", "bloque sPLT (desconocido o no permitido)")]
    [InlineData("prVt", "private", "bloque prVt (desconocido o no permitido)")]
    public void Metadata_and_unknown_chunks_are_rejected_by_name(string type, string data, string expected)
    {
        var bytes = System.Text.Encoding.Latin1.GetBytes(data);
        AssertRejected(PngWith(Chunk(type, bytes)), expected, "en el byte 33");
    }

    [Fact]
    public void Rendering_chunk_of_the_wrong_size_is_rejected()
    {
        AssertRejected(PngWith(Chunk("pHYs", Concat(new byte[9], Ascii("hidden")))), "bloque pHYs (de tamaño inválido)");
    }

    [Fact]
    public void Bytes_after_iend_are_rejected_with_their_count()
    {
        AssertRejected(Concat(Png, Ascii("PK\u0003\u0004zip")), "7 bytes después del bloque IEND");
    }

    [Fact]
    public void Bad_crc_is_rejected()
    {
        var png = Png;
        png[33 + 8] ^= 0x01; // First data byte of the chunk after IHDR (pHYs).
        AssertRejected(png, "CRC incorrecto en el bloque pHYs del byte 33");
    }

    [Fact]
    public void Truncated_png_is_rejected()
    {
        var png = Png;
        AssertRejected(png[..^12], "truncado", "IEND");
        AssertRejected(png[..(png.Length / 2)], "PNG:");
    }
}
