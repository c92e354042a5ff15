using System.Buffers.Binary;
using Micrositio.Images.Verification;
using static Micrositio.Tests.Images.Verification.Samples;

namespace Micrositio.Tests.Images.Verification;

public sealed class IsoBmffVerifierTests
{
    [Fact]
    public void Avif_written_by_libvips_with_no_metadata_is_clean()
    {
        Assert.Empty(ImageVerifier.Verify(Avif));
        Assert.Empty(ImageVerifier.Verify(AlphaAvif));
    }

    [Fact]
    public void Hand_built_file_with_one_image_item_is_clean()
    {
        // The builder makes well-formed files, so the tests below fail for the part they add and nothing else.
        Assert.Empty(ImageVerifier.Verify(IsoBmff([(1, "av01", AvifItem)])));
    }

    [Fact]
    public void Exif_item_is_rejected()
    {
        var bytes = IsoBmff([(1, "av01", AvifItem), (2, "Exif", ExifPayload)], iref: Iref("cdsc", 2, 1));
        AssertRejected(bytes, "AVIF/HEIF: elemento 2 «Exif» (Exif", "referencia «cdsc»");
    }

    [Fact]
    public void Xmp_mime_item_is_rejected()
    {
        AssertRejected(IsoBmff([(1, "av01", AvifItem), (2, "mime", Ascii("<x:xmpmeta/>"))]), "elemento 2 «mime» (mime: XMP");
    }

    [Fact]
    public void Leftover_bytes_in_mdat_are_rejected()
    {
        // An Exif item deleted from iinf and iloc, its bytes left behind in mdat.
        AssertRejected(IsoBmff([(1, "av01", AvifItem)], mdatExtra: ExifPayload), $"{ExifPayload.Length} bytes de la caja mdat", "ningún elemento usa");
    }

    [Fact]
    public void Bytes_located_for_an_undeclared_item_are_rejected()
    {
        // An Exif item whose infe was removed but whose iloc entry (and bytes) stayed: the bytes look used.
        var problems = string.Join("\n", ImageVerifier.Verify(IsoBmff([(1, "av01", AvifItem), (2, "Exif", ExifPayload)], undeclared: [2])));

        Assert.Contains("iloc sitúa datos del elemento 2, que iinf no declara", problems, StringComparison.Ordinal);
        Assert.DoesNotContain("mdat", problems, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_meta_children_are_rejected()
    {
        var iloc = FullBox("iloc", 0, [0x44, 0x00], U16(0));
        AssertRejected(IsoBmff([(1, "av01", AvifItem)], extraMetaBoxes: [iloc]), "caja «iloc» repetida dentro de meta");
    }

    [Fact]
    public void Thumbnail_and_hidden_items_are_rejected()
    {
        AssertRejected(IsoBmff([(1, "av01", AvifItem), (2, "av01", AvifItem)], iref: Iref("thmb", 2, 1)),
            "referencia «thmb» (miniatura", "elemento 2 «av01» que no forma parte de la imagen principal");
        AssertRejected(IsoBmff([(1, "av01", AvifItem), (2, "av01", AvifItem)]), "elemento 2 «av01» que no forma parte de la imagen principal");
    }

    [Fact]
    public void Tiles_and_alpha_of_the_primary_item_are_allowed()
    {
        Assert.Empty(ImageVerifier.Verify(IsoBmff([(1, "av01", AvifItem), (2, "av01", AvifItem)], iref: Iref("auxl", 2, 1))));
        Assert.Empty(ImageVerifier.Verify(IsoBmff([(1, "grid", [0, 0, 0, 0, 0, 8, 0, 8]), (2, "av01", AvifItem)], iref: Iref("dimg", 1, 2))));
    }

    [Fact]
    public void Icc_colour_profile_and_uuid_and_xml_boxes_are_rejected()
    {
        var iprp = Box("iprp", Box("ipco", Box("colr", Ascii("prof"), new byte[40])));
        AssertRejected(IsoBmff([(1, "av01", AvifItem)], extraMetaBoxes: [iprp]), "propiedad «colr» (perfil de color ICC)");

        var uuid = Box("uuid", new byte[16], Ascii("vendor data"));
        AssertRejected(IsoBmff([(1, "av01", AvifItem)], extraMetaBoxes: [uuid]), "caja «uuid»");
        AssertRejected(Concat(IsoBmff([(1, "av01", AvifItem)]), uuid), "caja «uuid»");

        AssertRejected(IsoBmff([(1, "av01", AvifItem)], extraMetaBoxes: [FullBox("xml ", 0, Ascii("<x:xmpmeta/>"))]), "caja «xml » (XML/XMP) dentro de meta");
    }

    [Fact]
    public void Nclx_colour_and_zero_padding_are_allowed()
    {
        var iprp = Box("iprp", Box("ipco", Box("colr", Ascii("nclx"), [0, 1, 0, 13, 0, 6, 0x80])));
        Assert.Empty(ImageVerifier.Verify(IsoBmff([(1, "av01", AvifItem)], extraMetaBoxes: [iprp])));
        Assert.Empty(ImageVerifier.Verify(Concat(IsoBmff([(1, "av01", AvifItem)]), Box("free", new byte[16]))));
        AssertRejected(Concat(IsoBmff([(1, "av01", AvifItem)]), Box("free", Ascii("old exif"))), "caja free con contenido");
    }

    [Fact]
    public void Trailing_bytes_are_rejected()
    {
        var avif = Avif;
        AssertRejected(Concat(avif, Ascii("secreto")), $"7 bytes después de la última caja válida (byte {avif.Length})");
        AssertRejected(Concat(avif, Box("moov", new byte[32])), "caja «moov» (video o secuencia");
    }

    [Fact]
    public void Sizes_are_checked_including_largesize_and_size_zero()
    {
        var file = IsoBmff([(1, "av01", AvifItem)]);
        var mdatAt = file.Length - 8 - AvifItem.Length;

        // size 0: mdat runs to the end of the file, so appended bytes fall inside it and are found as unused.
        var toEnd = Concat(file, Ascii("secreto"));
        BinaryPrimitives.WriteUInt32BigEndian(toEnd.AsSpan(mdatAt), 0);
        AssertRejected(toEnd, "7 bytes de la caja mdat");

        // A 64-bit size covering exactly the file is fine (iloc offsets shift by the 8 extra header bytes).
        var large = Concat(file[..mdatAt], U32(1), Ascii("mdat"), new byte[4], U32(16 + AvifItem.Length), AvifItem);
        var extentAt = large.AsSpan().IndexOf(Concat(U32(mdatAt + 8), U32(AvifItem.Length)));
        U32(mdatAt + 16).CopyTo(large, extentAt);
        Assert.Empty(ImageVerifier.Verify(large));

        // A size larger than the file.
        var huge = (byte[])file.Clone();
        BinaryPrimitives.WriteUInt32BigEndian(huge.AsSpan(mdatAt), uint.MaxValue);
        AssertRejected(huge, "la caja «mdat»", "declara 4294967295 bytes");
    }

    [Fact]
    public void Non_image_iso_bmff_is_an_unrecognised_format()
    {
        var mp4 = Concat(Box("ftyp", Ascii("isom"), U32(0), Ascii("isommp42")), Box("mdat", new byte[8]));
        AssertRejected(mp4, "formato no reconocido");
    }
}
