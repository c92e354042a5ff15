using Micrositio.Images.Verification;
using static Micrositio.Tests.Images.Verification.Samples;

namespace Micrositio.Tests.Images.Verification;

/// <summary>Real camera and editor files (../shared/data/photos-metadata) all carry metadata: raw, each is rejected.</summary>
public sealed class RealPhotoTests
{
    [Theory]
    [InlineData("mei__Samsung_SM-G935L_Galaxy_S7_Edge.jpg", "JPEG: segmento APP1 (Exif")]
    [InlineData("mei__Nokia_Lumia_800.jpg", "segmento APP13 (Photoshop/IPTC)")]
    [InlineData("mei__Apple_iPhone_4.jpg", "segmento APP2 (perfil de color ICC)")]
    [InlineData("mei__photoshop-8x12-rgb24-all-metadata.png", "PNG: bloque")]
    [InlineData("mei__ctzn0g04.png", "bloque zTXt (texto comprimido)")]
    [InlineData("mei__Nikon_Coolpix_P7000.webp", "WebP: bloque «EXIF» (Exif")]
    [InlineData("mei__Nikon_Coolpix_P7000.webp", "bloque «XMP » (XMP)")]
    [InlineData("mei__Issue_473_Java.webp", "anuncia Exif")]
    [InlineData("ian__IMG_5195.heic", "AVIF/HEIF: elemento")]
    [InlineData("ian__IMG_5195.heic", "«Exif» (Exif")]
    [InlineData("mei__IMG_1034.heic", "propiedad «colr» (perfil de color ICC)")]
    [InlineData("mei__Issue_201.gif", "GIF: extensión 0xFE (comentario)")]
    [InlineData("mei__Issue_16.tif", "TIFF: etiqueta 315 (Artist)")]
    [InlineData("mei__Issue_151.tif", "TIFF: etiqueta 34853 (GPS)")]
    public void Real_file_is_rejected_naming_its_metadata(string name, string expected)
    {
        var problems = ImageVerifier.Verify(RealPhoto(name));

        Assert.Contains(problems, problem => problem.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_real_photo_is_rejected()
    {
        var files = Directory.GetFiles(RealPhotos).Where(ImageVerifier.IsImagePath).Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count >= 40, $"se esperaban al menos 40 fotos en {RealPhotos}");

        var accepted = files.Where(file => ImageVerifier.Verify(File.ReadAllBytes(file)).Count == 0).Select(Path.GetFileName).ToList();

        Assert.True(accepted.Count == 0, "fotos con metadatos aceptadas: " + string.Join(", ", accepted));
    }
}
