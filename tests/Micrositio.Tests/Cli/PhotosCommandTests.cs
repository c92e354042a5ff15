using Micrositio.Tests.Images;
using Micrositio.Tests.Images.Pipeline;
using Micrositio.Tests.Support;

namespace Micrositio.Tests.Cli;

/// <summary><c>fotos agregar|retirar|revisar</c> on a real site folder.</summary>
[Collection(CliCollection.Name)]
public sealed class PhotosCommandTests : IDisposable
{
    private const string Album = """
        -- input/galeria/encuentro/album.yml --
        # Comentario del equipo: se conserva.
        titulo: Encuentro
        fecha: 2018-11-22
        fotos:
          - archivo: foto-001.jpg
            alt: Plenaria
            consentimiento:
              fecha: 2018-11-22
              registro: Formato 14

          - archivo: foto-002.jpg
            alt: Clausura
            consentimiento:
              fecha: 2018-11-22
              registro: Formato 15
        -- input/galeria/retiradas.txt --
        # Fotos retiradas.
        encuentro/foto-007.jpg
        """;

    private readonly SiteFixture site = SiteFixture.Create(Album);
    private readonly TempFolder originals = new();

    public PhotosCommandTests()
    {
        site.WriteBytes("input/galeria/encuentro/foto-001.jpg", TestPhotos.Jpeg(400, 300, seed: 1));
        site.WriteBytes("input/galeria/encuentro/foto-002.jpg", TestPhotos.Jpeg(400, 300, seed: 2));
    }

    public void Dispose()
    {
        site.Dispose();
        originals.Dispose();
    }

    private string Original(string name, byte[] bytes)
    {
        var path = Path.Combine(originals.Path, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] PhonePhoto(int seed) => ExifTool.Write(TestPhotos.Jpeg(640, 480, seed: seed), ".jpg",
        "-GPSLatitude=22.2331", "-GPSLatitudeRef=N", "-SerialNumber=EJ-000123", "-DateTimeOriginal=2018:11:22 10:30:00", "-Orientation#=6");

    private string AlbumText => File.ReadAllText(Path.Combine(site.Root, "input/galeria/encuentro/album.yml"));

    [Fact]
    public async Task Agregar_writes_clean_copies_under_neutral_names_and_check_waits_for_consent()
    {
        var first = Original("IMG_20181122_103000 Ana.jpg", PhonePhoto(3));
        var second = Original("otra.jpg", PhonePhoto(4));
        var before = File.ReadAllBytes(first);

        var run = await site.Cli("fotos", "agregar", first, second, "--album", "encuentro", "--root", site.Root);

        Assert.True(run.ExitCode == 0, run.ToString());
        // foto-007 is taken by a withdrawal line, so numbering goes on after it.
        Assert.Contains("→ input/galeria/encuentro/foto-008.jpg", run.Output, StringComparison.Ordinal);
        Assert.Contains("→ input/galeria/encuentro/foto-009.jpg", run.Output, StringComparison.Ordinal);
        Assert.Contains("se quitó: ", run.Output, StringComparison.Ordinal);
        Assert.Contains("ubicación (GPS)", run.Output, StringComparison.Ordinal);
        Assert.Contains("número de serie", run.Output, StringComparison.Ordinal);
        Assert.Contains("girada", run.Output, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(first));
        Assert.Equal(["foto-001.jpg", "foto-002.jpg", "foto-008.jpg", "foto-009.jpg"],
            Directory.GetFiles(Path.Combine(site.Root, "input/galeria/encuentro"), "*.jpg").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Empty(ExifTool.ForbiddenTags([("foto-008.jpg", File.ReadAllBytes(Path.Combine(site.Root, "input/galeria/encuentro/foto-008.jpg")))]));
        Assert.StartsWith("# Comentario del equipo: se conserva.", AlbumText, StringComparison.Ordinal);
        Assert.Contains("- archivo: foto-009.jpg", AlbumText, StringComparison.Ordinal);
        Assert.DoesNotContain("IMG_20181122", AlbumText, StringComparison.Ordinal);

        var check = await site.Cli("check", "--root", site.Root, "--themes", site.ThemesDirectory);

        Assert.True(check.ExitCode == 1, check.ToString());
        Assert.Contains("album.yml", check.Error, StringComparison.Ordinal);
        Assert.Contains("«fotos.alt»", check.Error, StringComparison.Ordinal);
        Assert.Contains("«fotos.consentimiento.fecha»", check.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("lleva metadatos", check.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agregar_with_a_file_it_cannot_read_writes_nothing()
    {
        var good = Original("buena.jpg", PhonePhoto(3));
        var bad = Original("notas.jpg", "no soy una foto"u8.ToArray());
        var albumBefore = AlbumText;

        var run = await site.Cli("fotos", "agregar", good, bad, Path.Combine(originals.Path, "no-existe.jpg"), "--album", "encuentro", "--root", site.Root);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains($"{bad}: no es una imagen", run.Error, StringComparison.Ordinal);
        Assert.Contains("no-existe.jpg: el archivo no existe", run.Error, StringComparison.Ordinal);
        Assert.Contains("Cómo corregirlo", run.Error, StringComparison.Ordinal);
        Assert.Contains("No se agregó ninguna foto", run.Error, StringComparison.Ordinal);
        Assert.Equal(albumBefore, AlbumText);
        Assert.Equal(3, Directory.GetFiles(Path.Combine(site.Root, "input/galeria/encuentro")).Length);
    }

    [Theory]
    [InlineData("no-existe")]
    [InlineData("../galeria")]
    public async Task Agregar_into_a_folder_that_is_not_an_album_is_an_error(string album)
    {
        var run = await site.Cli("fotos", "agregar", Original("a.jpg", PhonePhoto(3)), "--album", album, "--root", site.Root);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("no es un álbum", run.Error, StringComparison.Ordinal);
        Assert.Contains("Cómo corregirlo", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agregar_refuses_a_gif_naming_the_file()
    {
        var gif = Original("animada.gif", Images.Verification.Samples.Gif);

        var run = await site.Cli("fotos", "agregar", gif, "--album", "encuentro", "--root", site.Root);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("animada.gif: es un GIF", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retirar_records_the_withdrawal_deletes_the_file_and_entry_and_explains_the_history()
    {
        var run = await site.Cli("fotos", "retirar", "encuentro/foto-001.jpg", "--root", site.Root);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.False(File.Exists(Path.Combine(site.Root, "input/galeria/encuentro/foto-001.jpg")));
        Assert.DoesNotContain("foto-001.jpg", AlbumText, StringComparison.Ordinal);
        Assert.DoesNotContain("Formato 14", AlbumText, StringComparison.Ordinal);
        Assert.Contains("- archivo: foto-002.jpg", AlbumText, StringComparison.Ordinal);
        Assert.Contains("Formato 15", AlbumText, StringComparison.Ordinal);
        var withdrawals = File.ReadAllLines(Path.Combine(site.Root, "input/galeria/retiradas.txt"));
        Assert.Contains("encuentro/foto-001.jpg", withdrawals);
        Assert.Contains("encuentro/foto-007.jpg", withdrawals);
        Assert.Contains("git filter-repo --invert-paths --path 'input/galeria/encuentro/foto-001.jpg'", run.Output, StringComparison.Ordinal);
        Assert.Contains("bfg --delete-files", run.Output, StringComparison.Ordinal);
        Assert.Contains("bifurcaciones", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("encuentro/no-existe.jpg", "no hay una foto")]
    [InlineData("otro/foto-001.jpg", "no es un álbum")]
    [InlineData("foto-001.jpg", "no es «álbum/archivo»")]
    public async Task Retirar_a_photo_that_is_not_there_is_an_error_and_changes_nothing(string reference, string expected)
    {
        var withdrawals = File.ReadAllText(Path.Combine(site.Root, "input/galeria/retiradas.txt"));

        var run = await site.Cli("fotos", "retirar", reference, "--root", site.Root);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.Contains("Cómo corregirlo", run.Error, StringComparison.Ordinal);
        Assert.Equal(withdrawals, File.ReadAllText(Path.Combine(site.Root, "input/galeria/retiradas.txt")));
    }

    [Fact]
    public async Task Revisar_names_each_file_with_metadata_and_exits_1()
    {
        var dirty = Original("sucia.jpg", PhonePhoto(3));
        var clean = Original("limpia.jpg", TestPhotos.Jpeg(200, 100));
        var text = Original("notas.txt", "hola"u8.ToArray());

        var run = await site.Cli("fotos", "revisar", dirty, clean, text, "--root", site.Root);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains($"{dirty}: la foto lleva metadatos", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("limpia.jpg", run.Error, StringComparison.Ordinal);
        Assert.Contains("1 de 2 imágenes llevan", run.Error, StringComparison.Ordinal);

        var cleanRun = await site.Cli("fotos", "revisar", clean, "--root", site.Root);
        Assert.True(cleanRun.ExitCode == 0, cleanRun.ToString());
    }
}
