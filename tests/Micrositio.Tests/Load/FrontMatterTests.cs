using Micrositio.Tests.Support;

namespace Micrositio.Tests.Load;

public sealed class FrontMatterTests
{
    [Fact]
    public void Unclosed_front_matter_is_reported_at_line_1()
    {
        using var site = SiteFixture.Build("""
            -- input/mesas/a.md --
            ---
            nombre: Mesa A
            estado: chihuahua
            resumen: Una mesa.
            Texto sin cierre del encabezado.
            """);

        site.AssertError("lectura: input/mesas/a.md:1:", "nunca se cierra", "agregue una línea con «---»");
    }

    [Fact]
    public void Malformed_yaml_in_front_matter_names_the_line_of_the_file()
    {
        using var site = SiteFixture.Build("""
            -- input/mesas/a.md --
            ---
            nombre: Mesa A
            estado: chihuahua: norte
            resumen: Una mesa.
            ---
            Texto.
            """);

        site.AssertError("lectura: input/mesas/a.md:3:", "el YAML no es válido");
    }

    [Fact]
    public void Malformed_yaml_in_a_data_file_names_its_line()
    {
        using var site = SiteFixture.Build("""
            -- input/red.yml --
            mesas_en_la_red: 36
            personas: 800
            estados_segun_informe:
              - chihuahua
             - tamaulipas
            fuente: Informe
            """);

        site.AssertError("lectura: input/red.yml:5:", "el YAML no es válido", "sangría");
    }

    [Fact]
    public void An_unreadable_sitio_yml_is_one_error_not_one_per_release_that_names_a_contact()
    {
        using var site = SiteFixture.Build("""
            -- input/sitio.yml --
            titulo: Sitio de prueba
            contactos_prensa: [
            -- input/prensa/2026-01-01-comunicado.md --
            ---
            titulo: Un comunicado
            resumen: Resumen.
            fecha: 2026-01-01
            lugar: Tampico, Tamaulipas
            contacto: comunicacion
            ---
            Texto.
            """);

        var error = Assert.Single(site.Result.Errors);
        Assert.StartsWith("lectura: input/sitio.yml:", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_markdown_in_a_content_folder_is_an_error()
    {
        using var site = SiteFixture.Build("""
            -- input/mesas/notas.txt --
            Apuntes sueltos.
            """);

        site.AssertError("lectura: input/mesas/notas.txt:", "la carpeta mesas/ solo admite archivos Markdown (.md)");
    }

    [Fact]
    public void Files_starting_with_underscore_are_ignored()
    {
        using var site = SiteFixture.Build("""
            -- input/mesas/_borrador.txt --
            Notas de trabajo.
            """);

        site.AssertNoErrors();
    }

    [Fact]
    public void A_subfolder_in_a_content_folder_is_an_error()
    {
        using var site = SiteFixture.Build("""
            -- input/logros/viejos/2014-ley.md --
            ---
            titulo: Ley
            ---
            """);

        site.AssertError("lectura: input/logros/viejos:", "no admite subcarpetas");
    }

    [Fact]
    public void Windows_line_endings_and_a_byte_order_mark_are_accepted()
    {
        using var site = SiteFixture.Create("");
        site.Write("input/mesas/a.md", "\uFEFF---\r\nnombre: Mesa A\r\nestado: chihuahua\r\nresumen: Una mesa.\r\n---\r\nTexto de la mesa.\r\n");

        site.Generate();

        site.AssertNoErrors();
        site.AssertFile("mesas/a/index.html", """
            <h1>Mesa A</h1>
            <p>Texto de la mesa.</p>
            """);
    }

    [Fact]
    public void A_missing_data_file_is_reported()
    {
        using var site = SiteFixture.Create("");
        site.Delete("input/red.yml");

        site.Generate();

        site.AssertError("lectura: input/red.yml:", "falta este archivo obligatorio");
    }

    [Fact]
    public void A_repeated_key_is_reported_at_its_second_line()
    {
        using var site = SiteFixture.Build("""
            -- input/mesas/a.md --
            ---
            nombre: Mesa A
            estado: chihuahua
            nombre: Mesa B
            resumen: Una mesa.
            ---
            """);

        site.AssertError("input/mesas/a.md:4:");
        Assert.False(site.Result.Succeeded);
    }

    [Fact]
    public void A_file_without_front_matter_reports_its_missing_keys_at_line_1()
    {
        using var site = SiteFixture.Build("""
            -- input/mesas/a.md --
            Solo texto, sin encabezado.
            """);

        site.AssertError("validación: input/mesas/a.md:1: clave «nombre»: falta esta clave obligatoria");
        site.AssertError("validación: input/mesas/a.md:1: clave «estado»: falta esta clave obligatoria");
    }

    [Fact]
    public void An_empty_front_matter_reports_its_missing_keys_at_line_1()
    {
        using var site = SiteFixture.Build("""
            -- input/mesas/a.md --
            ---
            ---
            Texto.
            """);

        site.AssertError("validación: input/mesas/a.md:1: clave «resumen»: falta esta clave obligatoria");
    }
}
