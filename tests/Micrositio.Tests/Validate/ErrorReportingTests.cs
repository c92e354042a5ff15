using Micrositio.Tests.Support;

namespace Micrositio.Tests.Validate;

/// <summary>One run reports every mistake, and content mistakes are reported, never thrown.</summary>
public sealed class ErrorReportingTests
{
    [Fact]
    public void All_errors_of_a_run_are_reported_together()
    {
        using var site = SiteFixture.Build("""
            -- input/mesas/a.md --
            ---
            nombre: Mesa A
            estado: chihuahua
            activa: quizás
            resumen: Una mesa.
            ---
            -- input/logros/2014-ley.md --
            ---
            titulo: Una ley
            fecha: 2014
            eje: legislativa
            resumen: Se aprobó.
            ---
            -- input/paginas/contacto.md --
            ---
            titulo: Contacto
            ---
            Escríbanos a [prensa](javascript:alert(1)).
            """);

        site.AssertError("input/mesas/a.md:4: clave «activa»");
        site.AssertError("input/logros/2014-ley.md:4: clave «eje»");
        site.AssertError("input/paginas/contacto.md:4:", "esquema no permitido");
        Assert.False(site.Result.Succeeded);
    }

    [Fact]
    public void Errors_are_sorted_by_stage_then_file_then_line()
    {
        using var site = SiteFixture.Build("""
            -- input/mesas/b.md --
            ---
            nombre: Mesa B
            estado: chihuahuaa
            activa: quizás
            resumen: Una mesa.
            ---
            -- input/mesas/a.md --
            ---
            nombre: Mesa A
            estado: chihuahua
            resumen: Una mesa.
            ---
            # Título
            """);

        var where = site.Result.Errors.Select(e => $"{e.Stage}:{e.File}:{e.Line}").ToList();
        Assert.Equal(["Validate:input/mesas/b.md:3", "Validate:input/mesas/b.md:4", "Render:input/mesas/a.md:6"], where);
    }

    [Fact]
    public void A_mesa_with_errors_that_another_file_references_is_reported_not_thrown()
    {
        // References are checked against the file names in input/mesas/, but an invalid mesa is dropped
        // from the content: rendering must not look it up (it used to throw KeyNotFoundException).
        using var site = SiteFixture.Build("""
            -- input/mesas/a.md --
            ---
            nombre: Mesa A
            estado: chihuahua
            ---
            -- input/logros/2014-ley.md --
            ---
            titulo: Una ley
            fecha: 2014
            eje: legislativo
            mesas: [a]
            resumen: Se aprobó.
            ---
            """);

        site.AssertError("validación: input/mesas/a.md:2: clave «resumen»: falta esta clave obligatoria");
        Assert.Single(site.Result.Errors);
    }

    [Fact]
    public void A_home_page_with_errors_is_reported_not_thrown()
    {
        using var site = SiteFixture.Build("""
            -- input/paginas/inicio.md --
            ---
            descripcion: Portada sin título.
            ---
            Bienvenida.
            """);

        site.AssertError("validación: input/paginas/inicio.md:2: clave «titulo»: falta esta clave obligatoria");
    }

    [Fact]
    public void A_missing_home_page_is_reported_not_thrown()
    {
        using var site = SiteFixture.Create("");
        site.Delete("input/paginas/inicio.md");

        site.Generate();

        site.AssertError("validación: input/paginas/inicio.md: falta la página de inicio");
    }

    [Fact]
    public void A_vote_option_with_a_bad_value_is_reported_not_thrown()
    {
        using var site = SiteFixture.Build("""
            -- input/encuentros/tercero.md --
            ---
            titulo: Tercer Encuentro
            numero: 3
            fecha_inicio: 2018-11-21
            sede: Tampico, Tamaulipas
            estado: tamaulipas
            votacion:
              asunto: Sede
              opciones:
                - opcion: [Veracruz, Cancún]
                  votos: 13
            resumen: Un encuentro.
            ---
            """);

        site.AssertError("validación: input/encuentros/tercero.md:10: clave «votacion.opciones.opcion»: se esperaba un texto");
    }
}
