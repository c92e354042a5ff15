using Micrositio.Images.Verification;
using Micrositio.Tests.Images.Pipeline;
using static Micrositio.Tests.Images.Verification.Samples;

namespace Micrositio.Tests.Images.Verification;

/// <summary>TIFF: one directory of structural tags, every byte referenced; anything else is named.</summary>
public sealed class TiffVerifierTests
{
    [Fact]
    public void A_tiff_written_without_metadata_is_clean()
    {
        Assert.Empty(ImageVerifier.Verify(Tiff));
    }

    [Theory]
    [InlineData("-GPSLatitude=19.4326", "etiqueta 34853 (GPS)")]
    [InlineData("-Artist=Persona", "etiqueta 315 (Artist)")]
    [InlineData("-Make=Cam", "etiqueta 271 (Make)")]
    [InlineData("-SerialNumber=EJ-1", "etiqueta 34665 (Exif)")]
    [InlineData("-XMP-dc:Creator=Persona", "etiqueta 700 (XMP)")]
    [InlineData("-ImageDescription=Reunión", "etiqueta 270 (ImageDescription)")]
    public void Every_tag_that_is_not_structural_is_refused_by_name(string tag, string expected)
    {
        AssertRejected(ExifTool.Write(Tiff, ".tif", tag), "TIFF:", expected);
    }

    [Fact]
    public void Bytes_no_tag_refers_to_are_refused()
    {
        AssertRejected(Concat(Tiff, Ascii("GPS 19.4326N 99.1332W, appended")), "bytes que ninguna etiqueta usa");
    }

    [Fact]
    public void A_second_directory_is_a_second_image()
    {
        var twoPages = Concat(Tiff);
        // Point IFD0's next-directory offset back at IFD0 itself: a loop must be named, not followed forever.
        var ifd0 = (int)BitConverter.ToUInt32(twoPages, 4);
        var count = BitConverter.ToUInt16(twoPages, ifd0);
        BitConverter.GetBytes((uint)ifd0).CopyTo(twoPages, ifd0 + 2 + 12 * count);
        AssertRejected(twoPages, "repetido o en bucle");
    }

    [Theory]
    [InlineData(8)]
    [InlineData(20)]
    [InlineData(100)]
    public void A_truncated_tiff_is_refused_and_never_throws(int length)
    {
        Assert.NotEmpty(ImageVerifier.Verify(Tiff[..length]));
    }

    [Fact]
    public void Random_damage_anywhere_never_throws()
    {
        var random = new Random(21);
        for (var i = 0; i < 300; i++)
        {
            var bytes = Tiff;
            for (var j = 0; j < 4; j++)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            _ = ImageVerifier.Verify(bytes);
            _ = SourceMetadata.Carried(bytes);
        }
    }

    /// <summary>Needs /work/shared (the real camera TIFFs): GPS, serial number, artist and XMP are named.</summary>
    [Theory]
    [InlineData("mei__Issue_151.tif", "(GPS)", "número de serie", "(XMP)")]
    [InlineData("mei__Issue_16.tif", "(Artist)", "(IPTC)", "(XMP)", "perfil ICC")]
    public void Real_camera_tiffs_are_refused_with_what_they_carry(string file, params string[] expected)
    {
        AssertRejected(RealPhoto(file), expected);
    }
}
