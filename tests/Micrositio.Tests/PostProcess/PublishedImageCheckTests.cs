using Micrositio.Tests.Support;

namespace Micrositio.Tests.PostProcess;

/// <summary>Every published image is verified byte by byte, whatever put it in the site.</summary>
public sealed class PublishedImageCheckTests
{
    [Fact]
    public void An_image_with_metadata_added_by_a_theme_fails_the_build_naming_file_and_part()
    {
        using var site = SiteFixture.Create("""
            -- themes/default/assets/leeme.txt --
            Tema con una foto de cámara sin limpiar.
            """);
        var camera = Path.Combine(Repository.Root, "..", "shared", "data", "photos-metadata", "mei__Samsung_SM-G935L_Galaxy_S7_Edge.jpg");
        site.WriteBytes("themes/default/assets/portada.jpg", File.ReadAllBytes(camera));

        site.Generate();

        site.AssertError("revisión: output/assets/portada.jpg:", "la imagen publicada lleva datos que no son píxeles", "APP1");
    }

    [Fact]
    public void The_shipped_example_photos_are_published_clean()
    {
        using var site = SiteFixture.Create("");
        foreach (var source in Directory.EnumerateFiles(Path.Combine(Repository.Input, "galeria"), "*", SearchOption.AllDirectories))
        {
            site.WriteBytes(Path.GetRelativePath(Repository.Root, source).Replace('\\', '/'), File.ReadAllBytes(source));
        }

        site.Write("input/mesas/tampico-madero-altamira.md", """
            ---
            nombre: Mesa de Tampico-Madero-Altamira
            estado: tamaulipas
            resumen: Una mesa.
            ---
            """);
        site.Generate();

        site.AssertNoErrors();
        Assert.Equal(3, site.Result.Statistics.PhotosProcessed);
        Assert.Equal(18, site.Paths.Count(p => p.StartsWith("fotos/", StringComparison.Ordinal)));
    }
}
