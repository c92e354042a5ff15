using Micrositio.Build;
using Micrositio.Tests.Support;

namespace Micrositio.Tests.Lint;

/// <summary>
/// The build refuses personal data in everything it publishes, naming file, line and the masked fragment,
/// and never publishes the protected list.
/// </summary>
public sealed class PersonalDataLintTests
{
    [Fact]
    public void A_phone_number_in_a_body_fails_with_file_line_and_masked_fragment()
    {
        using var site = SiteFixture.Build("""
            -- input/mesas/a.md --
            ---
            nombre: Mesa A
            estado: chihuahua
            resumen: Una mesa.
            ---
            Primer párrafo.

            Para unirse, llame al coordinador: 833 123 4567.
            """);

        site.AssertError("datos personales: input/mesas/a.md:8:", "número de teléfono («8•• 1•• 4•••»)", "input/permitidos.yml");
        Assert.DoesNotContain(site.Result.Errors, e => e.ToString().Contains("123 4567", StringComparison.Ordinal));
    }

    [Fact]
    public void An_email_in_a_front_matter_value_fails_at_the_line_of_that_value()
    {
        using var site = SiteFixture.Build("""
            -- input/logros/2014-ley.md --
            ---
            titulo: Ley
            fecha: 2014
            eje: legislativo
            resumen: Escriba a coordinador.mesa@gmail.com para saber más.
            ---
            """);

        site.AssertError("datos personales: input/logros/2014-ley.md:5:", "correo electrónico («c••••••••••.m•••@g••••.c••»)");
    }

    [Fact]
    public void A_phone_number_in_a_data_file_fails_too()
    {
        using var site = SiteFixture.Build("""
            -- input/red.yml --
            mesas_en_la_red: 36
            personas: 800
            estados_segun_informe:
              - chihuahua
            fuente: "Informe; dudas al 55 1234 5678"
            """);

        site.AssertError("datos personales: input/red.yml:5:", "número de teléfono");
    }

    [Fact]
    public void Declared_media_contacts_and_allowed_exceptions_may_be_published()
    {
        using var site = SiteFixture.Build("""
            -- input/sitio.yml --
            titulo: Sitio
            titulo_corto: S
            descripcion: Un sitio.
            url_base: https://prueba.example.org
            idioma: es-MX
            tema: default
            zona_horaria: America/Mexico_City
            contactos_prensa:
              - id: comunicacion
                cargo: Comunicación
                correo: prensa@example.org
                telefono: "55 0000 1111"
            -- input/permitidos.yml --
            - valor: "800 123 4567"
              motivo: Línea pública de atención a víctimas.
            -- input/paginas/red.md --
            ---
            titulo: La Red
            ---
            Prensa: prensa@example.org, 55-0000-1111. Atención a víctimas: 800 123 4567.
            """);

        site.AssertNoErrors();
        site.AssertFile("red/index.html", "800 123 4567");
    }

    [Fact]
    public void An_allowed_exception_needs_its_reason()
    {
        using var site = SiteFixture.Build("""
            -- input/permitidos.yml --
            - valor: "800 123 4567"
            """);

        site.AssertError("validación: input/permitidos.yml:1: clave «motivo»: falta esta clave obligatoria");
    }

    [Fact]
    public void A_protected_name_is_caught_with_other_accents_and_case_and_across_lines()
    {
        using var site = SiteFixture.Build("""
            -- input/privado/protegidos.txt --
            # Comentario
            María López Hernández
            -- input/prensa/2018-11-22-balance.md --
            ---
            titulo: Balance
            fecha: 2018-11-22
            lugar: Tampico, Tamaulipas
            contacto: comunicacion
            resumen: Balance del encuentro.
            ---
            Habló en la clausura MARIA LOPEZ
            hernandez, coordinadora.
            """);

        site.AssertError("datos personales: input/prensa/2018-11-22-balance.md:8:", "lista de personas protegidas («M•••• L•••", "nunca se publica");
    }

    [Fact]
    public void Protected_names_can_come_from_outside_the_repository()
    {
        using var site = SiteFixture.Create("""
            -- input/paginas/red.md --
            ---
            titulo: La Red
            ---
            Coordina Juan Pérez.
            """);

        site.Generate(options => options with { ProtectedNames = ["Juan Perez"] });

        site.AssertError("datos personales: input/paginas/red.md:4:", "personas protegidas");
    }

    [Fact]
    public void Addresses_and_schedules_are_warnings_by_default_and_errors_when_strict()
    {
        const string archive = """
            -- input/mesas/a.md --
            ---
            nombre: Mesa A
            estado: chihuahua
            resumen: Una mesa.
            ---
            Nos reunimos los martes a las 18:00 en calle Hidalgo número 14.
            """;
        using var site = SiteFixture.Build(archive);

        site.AssertNoErrors();
        site.AssertWarning("aviso: datos personales: input/mesas/a.md:6:", "horario de reunión", "--estricto");
        site.AssertWarning("aviso: datos personales: input/mesas/a.md:6:", "parece una dirección");

        site.Generate(options => options with { Strict = true });

        site.AssertError("datos personales: input/mesas/a.md:6:", "horario de reunión");
        site.AssertError("datos personales: input/mesas/a.md:6:", "parece una dirección");
    }

    [Fact]
    public async Task The_strict_option_of_check_turns_warnings_into_errors()
    {
        using var site = SiteFixture.Create("""
            -- input/paginas/red.md --
            ---
            titulo: La Red
            ---
            La mesa sesiona cada jueves.
            """);

        var relaxed = await site.Cli("check", "--root", site.Root, "--themes", site.ThemesDirectory);
        var strict = await site.Cli("check", "--root", site.Root, "--themes", site.ThemesDirectory, "--estricto");

        Assert.True(relaxed.ExitCode == 0, relaxed.ToString());
        Assert.Contains("aviso: datos personales", relaxed.Error, StringComparison.Ordinal);
        Assert.True(strict.ExitCode == 1, strict.ToString());
    }

    [Fact]
    public void Personal_data_added_by_a_template_fails_naming_the_published_file()
    {
        using var site = SiteFixture.Build("""
            -- input/mesas/a.md --
            ---
            nombre: Mesa A
            estado: chihuahua
            resumen: Una mesa.
            ---
            -- themes/default/templates/mesa.liquid --
            <h1>{{ mesa.name }}</h1>
            <p>Informes: <a href="mailto:coordinacion.a@gmail.com">escríbanos</a></p>
            """);

        site.AssertError("revisión: input/mesas/a.md:", "mesas/a/index.html", "correo electrónico");
    }

    [Fact]
    public void Nothing_from_the_private_folder_reaches_the_output()
    {
        using var site = SiteFixture.Create("""
            -- input/privado/protegidos.txt --
            Persona Protegida Uno
            Persona Protegida Dos
            -- input/privado/notas.md --
            Notas internas que no se publican.
            """);

        site.Run();

        site.AssertNoErrors();
        var published = Directory.EnumerateFiles(site.OutputDirectory, "*", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(published);
        Assert.DoesNotContain(published, p => p.Contains("privado", StringComparison.Ordinal) || p.Contains("protegidos", StringComparison.Ordinal));
        foreach (var path in published)
        {
            var text = File.ReadAllText(path);
            Assert.DoesNotContain("Protegida", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Notas internas", text, StringComparison.Ordinal);
        }
    }
}
