using Micrositio.Images;
using Micrositio.Images.Verification;
using Micrositio.Tests.Images.Pipeline;
using static Micrositio.Tests.Images.Verification.Samples;

namespace Micrositio.Tests.Images.Verification;

/// <summary>What a gallery source carries, in staff's words; orientation, resolution and colour space carry nothing.</summary>
public sealed class SourceMetadataTests
{
    [Fact]
    public void Clean_sources_of_every_format_carry_nothing()
    {
        foreach (var bytes in new[] { Jpeg, ProgressiveJpeg, Png, Webp, AlphaWebp, Avif, Tiff })
        {
            Assert.Empty(SourceMetadata.Carried(bytes));
        }
    }

    [Fact]
    public void An_exif_block_with_only_orientation_resolution_and_colour_space_is_allowed()
    {
        var bytes = ExifTool.Write(Jpeg, ".jpg", "-Orientation#=6", "-XResolution=300", "-YResolution=300", "-ResolutionUnit=inches", "-ColorSpace=sRGB");

        Assert.Empty(SourceMetadata.Carried(bytes));
    }

    [Theory]
    [InlineData(".jpg", "-GPSLatitude=19.4326", ExifKinds.Location)]
    [InlineData(".jpg", "-DateTimeOriginal=2018:11:22 10:30:00", ExifKinds.Date)]
    [InlineData(".jpg", "-SerialNumber=EJ-000123", ExifKinds.Serial)]
    [InlineData(".jpg", "-Model=EC-1", ExifKinds.Camera)]
    [InlineData(".jpg", "-Artist=Persona", ExifKinds.Author)]
    [InlineData(".jpg", "-OwnerName=Persona", ExifKinds.Author)]
    [InlineData(".jpg", "-XMP-dc:Creator=Persona", ExifKinds.Xmp)]
    [InlineData(".jpg", "-IPTC:By-line=Persona", ExifKinds.Iptc)]
    [InlineData(".jpg", "-Comment=Casa de Ana", "comentario")]
    [InlineData(".png", "-GPSLatitude=19.4326", ExifKinds.Location)]
    [InlineData(".png", "-PNG:Comment=Casa de Ana", "texto «Comment»")]
    [InlineData(".webp", "-GPSLatitude=19.4326", ExifKinds.Location)]
    [InlineData(".webp", "-XMP-dc:Creator=Persona", ExifKinds.Xmp)]
    [InlineData(".tif", "-GPSLatitude=19.4326", ExifKinds.Location)]
    [InlineData(".tif", "-Artist=Persona", ExifKinds.Author)]
    public void Each_kind_of_metadata_is_named(string extension, string tag, string expected)
    {
        var clean = extension switch { ".png" => Png, ".webp" => Webp, ".tif" => Tiff, _ => Jpeg };

        var carried = SourceMetadata.Carried(ExifTool.Write(clean, extension, tag));

        Assert.Contains(expected, carried);
    }

    [Theory]
    [InlineData("marker.heic")]
    [InlineData("marker-exif-6.heic")]
    [InlineData("marker-exif-8.avif")]
    public void A_heif_whose_exif_holds_only_the_orientation_carries_nothing(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Support.Repository.Root, "tests", "Micrositio.Tests", "testdata", "orientation", file));

        Assert.Empty(SourceMetadata.Carried(bytes));
    }

    [Fact]
    public void A_thumbnail_and_appended_data_are_named()
    {
        using var folder = new TempFolder();
        var thumb = Path.Combine(folder.Path, "t.jpg");
        File.WriteAllBytes(thumb, Jpeg);

        Assert.Contains(ExifKinds.Thumbnail, SourceMetadata.Carried(ExifTool.Write(Jpeg, ".jpg", "-Make=X", $"-ThumbnailImage<={thumb}")));
        Assert.Contains(SourceMetadata.Trailing, SourceMetadata.Carried(Concat(Jpeg, Ascii("....ftypmp42 video"))));
        Assert.Contains(SourceMetadata.Trailing, SourceMetadata.Carried(Concat(Png, [1, 2, 3])));
    }

    [Fact]
    public void Damaged_sources_never_throw()
    {
        var random = new Random(7);
        foreach (var clean in new[] { ExifTool.Write(Jpeg, ".jpg", "-GPSLatitude=19.4"), Png, Webp, Tiff })
        {
            for (var i = 0; i < 200; i++)
            {
                var bytes = (byte[])clean.Clone();
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                _ = SourceMetadata.Carried(bytes[..random.Next(bytes.Length)]);
                _ = SourceMetadata.Carried(bytes);
            }
        }
    }

    /// <summary>Needs /work/shared: every real camera file carries something, and its clean copy carries nothing.</summary>
    [Fact]
    public void Every_real_camera_photo_carries_metadata_and_its_clean_copy_none()
    {
        var files = Directory.GetFiles(RealPhotos).Where(f => ImageVerifier.IsImagePath(f) && !f.EndsWith(".gif", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count >= 50, $"only {files.Count} files");
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            Assert.True(SourceMetadata.Carried(bytes).Count > 0, $"{Path.GetFileName(file)} was found clean");
            var (photo, error) = PhotoCleaner.Clean(bytes, ImageLimits.Default);
            Assert.True(photo is not null, $"{Path.GetFileName(file)}: {error}");
            Assert.Empty(SourceMetadata.Carried(photo.Bytes));
            Assert.Empty(ImageVerifier.Verify(photo.Bytes));
        }
    }
}
