using Micrositio.Images.Verification;
using static Micrositio.Tests.Images.Verification.Samples;

namespace Micrositio.Tests.Images.Verification;

public sealed class JpegVerifierTests
{
    [Fact]
    public void Jpeg_written_by_libvips_with_no_metadata_is_clean()
    {
        Assert.Empty(ImageVerifier.Verify(Jpeg));
        Assert.Empty(ImageVerifier.Verify(ProgressiveJpeg));
    }

    [Fact]
    public void Plain_jfif_header_restart_markers_and_adobe_app14_are_allowed()
    {
        Assert.Empty(ImageVerifier.Verify(JpegWith(JfifApp0())));
        Assert.Empty(ImageVerifier.Verify(JpegWith(Segment(0xEE, Concat(Ascii("Adobe"), [0, 100, 0, 0, 0, 0, 1])))));
        Assert.Empty(ImageVerifier.Verify(JpegWith(Segment(0xDD, [0, 4])))); // DRI
    }

    [Fact]
    public void Libvips_default_save_writes_exif_and_is_rejected()
    {
        AssertRejected(JpegWithDefaultMetadata(), "segmento APP1 (Exif", "en el byte 2");
    }

    [Fact]
    public void App1_exif_is_rejected_with_its_offset()
    {
        AssertRejected(JpegWith(Segment(0xE1, Concat(Ascii("Exif\0\0MM\0*"), new byte[20]))), "JPEG: segmento APP1 (Exif", "en el byte 2");
    }

    [Fact]
    public void App1_xmp_is_rejected()
    {
        AssertRejected(JpegWith(Segment(0xE1, Ascii("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>"))), "segmento APP1 (XMP)");
    }

    [Fact]
    public void App2_mpf_and_icc_are_rejected()
    {
        AssertRejected(JpegWith(Segment(0xE2, Concat(Ascii("MPF\0"), new byte[16]))), "segmento APP2 (MPF");
        AssertRejected(JpegWith(Segment(0xE2, Concat(Ascii("ICC_PROFILE\0"), [1, 1], new byte[32]))), "segmento APP2 (perfil de color ICC)");
    }

    [Fact]
    public void App11_jumbf_c2pa_is_rejected()
    {
        AssertRejected(JpegWith(Segment(0xEB, Concat(Ascii("JP"), [0, 0x11, 0, 0, 0, 1], Ascii("jumbc2pa")))), "segmento APP11 (JUMBF/C2PA");
    }

    [Fact]
    public void App13_photoshop_iptc_is_rejected()
    {
        AssertRejected(JpegWith(Segment(0xED, Concat(Ascii("Photoshop 3.0\08BIM"), [4, 4, 0, 0]))), "segmento APP13 (Photoshop/IPTC)");
    }

    [Fact]
    public void Other_app_segments_and_app14_with_extra_bytes_are_rejected()
    {
        AssertRejected(JpegWith(Segment(0xEC, Ascii("Ducky\0\0"))), "segmento APP12 (Ducky)");
        AssertRejected(JpegWith(Segment(0xEF, Ascii("anything"))), "segmento APP15");
        AssertRejected(JpegWith(Segment(0xEE, Concat(Ascii("Adobe"), [0, 100, 0, 0, 0, 0, 1], Ascii("extra")))), "segmento APP14 (Adobe");
    }

    [Fact]
    public void Comment_is_rejected()
    {
        AssertRejected(JpegWith(Segment(0xFE, Ascii("Casa de Juana, calle 5"))), "comentario (segmento COM");
    }

    [Fact]
    public void Jfxx_thumbnail_and_jfif_with_a_thumbnail_are_rejected()
    {
        AssertRejected(JpegWith(Segment(0xE0, Concat(Ascii("JFXX\0"), [0x13], new byte[3 * 4 + 2]))), "segmento APP0 (JFXX, miniatura)");
        AssertRejected(JpegWith(JfifApp0(2, 2)), "APP0 (JFIF) con miniatura de 2×2");
    }

    [Fact]
    public void Unknown_marker_is_rejected()
    {
        AssertRejected(JpegWith(Segment(0xF1, [1, 2, 3])), "marcador desconocido o no permitido 0xFFF1 en el byte 2");
    }

    [Fact]
    public void Bytes_after_eoi_are_rejected_with_their_count()
    {
        AssertRejected(Concat(Jpeg, Ascii("secreto")), "7 bytes después del marcador EOI");
    }

    [Fact]
    public void Motion_photo_video_after_eoi_is_rejected()
    {
        var mp4 = Concat(Box("ftyp", Ascii("mp42"), U32(0), Ascii("isommp42")), Box("mdat", new byte[100]));
        AssertRejected(Concat(Jpeg, mp4), $"{mp4.Length} bytes después del marcador EOI", "motion photo");
    }

    [Fact]
    public void Truncated_jpeg_is_rejected()
    {
        var jpeg = Jpeg;
        AssertRejected(jpeg[..^2], "truncado", "EOI");
        AssertRejected(jpeg[..(jpeg.Length / 2)], "truncado");
        AssertRejected(jpeg[..2], "truncado");
    }

    [Fact]
    public void A_second_image_inside_is_rejected()
    {
        var jpeg = Jpeg;
        // A second SOI between segments: another image inside this one.
        AssertRejected(Concat(jpeg[..2], [0xFF, 0xD8], jpeg[2..]), "0xFFD8");
    }

    [Fact]
    public void Bytes_hidden_after_a_table_are_rejected()
    {
        // A DQT holding one 8-bit table (65 bytes) and then extra bytes.
        var dqt = Segment(0xDB, Concat([0x02], Enumerable.Repeat((byte)1, 64).ToArray(), Ascii("19.43N 99.13W")));
        AssertRejected(JpegWith(dqt), "segmento 0xFFDB cuyo tamaño no corresponde a su contenido en el byte 2");
        Assert.Empty(ImageVerifier.Verify(JpegWith(dqt[..^13].Select((b, i) => i == 3 ? (byte)(b - 13) : b).ToArray())));
    }

    [Fact]
    public void Markers_inside_the_compressed_data_end_it()
    {
        // A COM hidden after the scan data, right before EOI, is still found.
        var jpeg = Jpeg;
        AssertRejected(Concat(jpeg[..^2], Segment(0xFE, Ascii("oculto")), jpeg[^2..]), "comentario (segmento COM");
    }
}
