using Micrositio.Tests.Images.Pipeline;
using Micrositio.Tests.Support;

namespace Micrositio.Tests.Images;

/// <summary>check and build refuse gallery sources that carry metadata, naming the file and what it carries.</summary>
public sealed class SourcePhotoCheckTests
{
    private const string Album = """
        -- input/galeria/encuentro/album.yml --
        titulo: Encuentro
        fecha: 2018-11-22
        fotos:
          - archivo: foto-001.jpg
            alt: Personas en la plenaria
            consentimiento:
              fecha: 2018-11-22
              registro: Formato 14
          - archivo: foto-002.jpg
            alt: Mesa de trabajo
            consentimiento:
              fecha: 2018-11-22
              registro: Formato 15
        """;

    private static SiteFixture Site(byte[] first)
    {
        var site = SiteFixture.Create(Album);
        site.WriteBytes("input/galeria/encuentro/foto-001.jpg", first);
        site.WriteBytes("input/galeria/encuentro/foto-002.jpg", TestPhotos.Jpeg(400, 300, seed: 2));
        return site;
    }

    [Fact]
    public void A_source_with_gps_serial_and_date_is_refused_naming_the_file_and_what_it_carries()
    {
        var dirty = ExifTool.Write(TestPhotos.Jpeg(400, 300, seed: 1), ".jpg", "-GPSLatitude=22.2331", "-GPSLatitudeRef=N",
            "-SerialNumber=EJ-000123", "-DateTimeOriginal=2018:11:22 10:30:00");
        using var site = Site(dirty);

        site.Generate();

        site.AssertError("input/galeria/encuentro/foto-001.jpg", "ubicación (GPS)", "número de serie", "fecha y hora de captura", "fotos agregar");
        Assert.DoesNotContain(site.Result.Errors, e => e.File.EndsWith("foto-002.jpg", StringComparison.Ordinal));
    }

    [Fact]
    public void The_refusal_holds_on_a_warm_build_and_a_cleaned_source_then_passes()
    {
        var dirty = ExifTool.Write(TestPhotos.Jpeg(400, 300, seed: 1), ".jpg", "-XMP-dc:Creator=Persona", "-Comment=Casa de Ana");
        using var site = Site(dirty);
        site.Generate();
        site.Generate();
        site.AssertError("foto-001.jpg", "XMP", "comentario");

        site.WriteBytes("input/galeria/encuentro/foto-001.jpg", TestPhotos.Jpeg(400, 300, seed: 1));
        site.Generate();

        site.AssertNoErrors();
    }

    [Fact]
    public void Orientation_and_resolution_alone_are_allowed()
    {
        using var site = Site(ExifTool.Write(TestPhotos.Jpeg(400, 300, seed: 1), ".jpg", "-Orientation#=6", "-XResolution=300", "-YResolution=300"));

        site.Generate();

        site.AssertNoErrors();
    }
}
