using Micrositio.Tests.Support;

namespace Micrositio.Tests.Cli;

/// <summary><c>new</c> scaffolds a file that passes <c>check</c> as written.</summary>
[Collection(CliCollection.Name)]
public sealed class NewCommandTests
{
    private static string Today() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("America/Mexico_City")).DateTime)
            .ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task AssertCheckPasses(SiteFixture site)
    {
        var check = await site.Cli("check", "--root", site.Root, "--themes", site.ThemesDirectory);
        Assert.True(check.ExitCode == 0, "check after new should pass:\n" + check);
    }

    [Fact]
    public async Task New_mesa_creates_a_valid_file()
    {
        using var site = SiteFixture.Create("");

        var run = await site.Cli("new", "mesa", "Ciudad de Prueba", "--root", site.Root);

        Assert.True(run.ExitCode == 0, run.ToString());
        var path = Path.Combine(site.Root, "input", "mesas", "ciudad-de-prueba.md");
        Assert.True(File.Exists(path), run.ToString());
        Assert.Contains("nombre: \"Ciudad de Prueba\"", File.ReadAllText(path), StringComparison.Ordinal);
        await AssertCheckPasses(site);
    }

    [Fact]
    public async Task New_logro_creates_a_valid_dated_file()
    {
        using var site = SiteFixture.Create("");

        var run = await site.Cli("new", "logro", "Logro de Prueba", "--root", site.Root);

        Assert.True(run.ExitCode == 0, run.ToString());
        var path = Path.Combine(site.Root, "input", "logros", $"{Today()}-logro-de-prueba.md");
        Assert.True(File.Exists(path), run.ToString());
        Assert.Contains($"fecha: {Today()}", File.ReadAllText(path), StringComparison.Ordinal);
        await AssertCheckPasses(site);
    }

    [Fact]
    public async Task New_comunicado_creates_a_valid_dated_file_with_the_first_contact()
    {
        using var site = SiteFixture.Create("""
            -- input/sitio.yml --
            titulo: Sitio
            titulo_corto: S
            descripcion: Un sitio.
            url_base: https://prueba.example.org
            idioma: es-MX
            tema: default
            zona_horaria: America/Mexico_City
            contactos_prensa:
              - cargo: Vocería
                id: voceria
                correo: voceria@example.org
              - id: comunicacion
                cargo: Comunicación
                correo: prensa@example.org
            """);

        var run = await site.Cli("new", "comunicado", "Comunicado de Prueba", "--root", site.Root);

        Assert.True(run.ExitCode == 0, run.ToString());
        var path = Path.Combine(site.Root, "input", "prensa", $"{Today()}-comunicado-de-prueba.md");
        Assert.True(File.Exists(path), run.ToString());
        Assert.Contains("contacto: voceria", File.ReadAllText(path), StringComparison.Ordinal);
        await AssertCheckPasses(site);
    }

    [Fact]
    public async Task New_lists_every_key_of_the_schema()
    {
        using var site = SiteFixture.Create("");

        await site.Cli("new", "mesa", "Ciudad de Prueba", "--root", site.Root);

        var text = File.ReadAllText(Path.Combine(site.Root, "input", "mesas", "ciudad-de-prueba.md"));
        Assert.All(Micrositio.Validate.ContentSchemas.Mesa.Fields, f => Assert.Contains(f.Key + ":", text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task New_refuses_to_overwrite_an_existing_file()
    {
        using var site = SiteFixture.Create("""
            -- input/mesas/ciudad-de-prueba.md --
            ---
            nombre: Mesa existente
            estado: chihuahua
            resumen: No se debe tocar.
            ---
            """);
        var path = Path.Combine(site.Root, "input", "mesas", "ciudad-de-prueba.md");
        var before = File.ReadAllText(path);

        var run = await site.Cli("new", "mesa", "Ciudad de Prueba", "--root", site.Root);

        Assert.True(run.ExitCode != 0, run.ToString());
        Assert.Contains("ya existe", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(path));
    }

    [Fact]
    public async Task New_refuses_a_name_without_letters()
    {
        using var site = SiteFixture.Create("");

        var run = await site.Cli("new", "mesa", "¡¿?!", "--root", site.Root);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.False(Directory.Exists(Path.Combine(site.Root, "input", "mesas")));
    }
}
