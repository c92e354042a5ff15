using Micrositio.Images;
using Micrositio.Images.Verification;
using Micrositio.Tests.Images.Pipeline;
using Micrositio.Tests.Support;
using NetVips;

namespace Micrositio.Tests.Images;

/// <summary>The clean copy «fotos agregar» commits: no metadata, upright, the same pixels where possible.</summary>
public sealed class PhotoCleanerTests
{
    private static readonly string[] PhoneTags =
    [
        "-GPSLatitude=22.2331", "-GPSLatitudeRef=N", "-SerialNumber=EJ-000123", "-Artist=Persona", "-DateTimeOriginal=2018:11:22 10:30:00",
        "-XMP-dc:Creator=Persona", "-IPTC:By-line=Persona", "-Comment=Casa de Ana",
    ];

    private static CleanPhoto Clean(byte[] bytes)
    {
        var (photo, error) = PhotoCleaner.Clean(bytes, ImageLimits.Default);
        Assert.True(photo is not null, error);
        Assert.Empty(SourceMetadata.Carried(photo.Bytes));
        Assert.Empty(ImageVerifier.Verify(photo.Bytes));
        return photo;
    }

    [Fact]
    public void An_upright_jpeg_keeps_its_compressed_pixels_and_loses_every_metadata_segment()
    {
        var original = TestPhotos.Jpeg(640, 480, seed: 3);
        var photo = Clean(ExifTool.Write(original, ".jpg", PhoneTags));

        Assert.True(photo.Lossless);
        Assert.Contains(ExifKinds.Location, photo.Removed);
        Assert.Contains(ExifKinds.Serial, photo.Removed);
        // The scan (from the last SOS to EOI) is byte for byte the original's.
        var scan = original.AsSpan(original.AsSpan().LastIndexOf([(byte)0xFF, (byte)0xDA]));
        Assert.True(photo.Bytes.AsSpan().EndsWith(scan));
    }

    [Fact]
    public void A_turned_jpeg_is_re_encoded_upright()
    {
        var photo = Clean(ExifTool.Write(TestPhotos.Jpeg(640, 480, seed: 3), ".jpg", ["-Orientation#=6", .. PhoneTags]));

        Assert.False(photo.Lossless);
        Assert.True(photo.Rotated);
        using var image = Image.NewFromBuffer(photo.Bytes);
        Assert.Equal((480, 640), (image.Width, image.Height));
    }

    [Fact]
    public void Png_tiff_and_webp_are_re_encoded_without_metadata()
    {
        using var picture = TestPhotos.Quadrants(64, 48);
        Assert.Equal(".png", Clean(ExifTool.Write(picture.PngsaveBuffer(), ".png", "-PNG:Comment=Casa", "-GPSLatitude=1")).Extension);
        Assert.Equal(".png", Clean(ExifTool.Write(picture.TiffsaveBuffer(), ".tif", "-Artist=Persona", "-GPSLatitude=1")).Extension);
        Assert.Equal(".jpg", Clean(ExifTool.Write(picture.WebpsaveBuffer(), ".webp", "-GPSLatitude=1")).Extension);
    }

    [Theory]
    [InlineData("marker.heic")]
    [InlineData("marker-exif-6.heic")]
    [InlineData("marker.avif")]
    public void Heif_and_avif_become_jpeg(string file)
    {
        var photo = Clean(File.ReadAllBytes(Path.Combine(Repository.Root, "tests", "Micrositio.Tests", "testdata", "orientation", file)));

        Assert.Equal(".jpg", photo.Extension);
        Assert.Equal("HEIC/HEIF/AVIF", photo.ConvertedFrom);
    }

    [Fact]
    public void What_it_cannot_clean_is_a_spanish_reason_never_an_exception()
    {
        Assert.Contains("GIF", PhotoCleaner.Clean(Verification.Samples.Gif, ImageLimits.Default).Error, StringComparison.Ordinal);
        Assert.Contains("no es una imagen", PhotoCleaner.Clean("hola"u8.ToArray(), ImageLimits.Default).Error, StringComparison.Ordinal);
        var truncated = TestPhotos.Jpeg(640, 480)[..400];
        var (photo, error) = PhotoCleaner.Clean(truncated, ImageLimits.Default);
        Assert.Null(photo);
        Assert.Contains("no se puede leer", error, StringComparison.Ordinal);
    }
}
