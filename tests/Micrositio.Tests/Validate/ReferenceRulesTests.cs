using Micrositio.Tests.Support;

namespace Micrositio.Tests.Validate;

/// <summary>References in front matter (states, mesas, contacts, axes) must point to something that exists.</summary>
public sealed class ReferenceRulesTests
{
    [Fact]
    public void Unknown_state_is_an_error_with_a_suggestion()
    {
        using var site = SiteFixture.Build("""
            -- input/mesas/a.md --
            ---
            nombre: Mesa A
            estado: chihuahuaa
            resumen: Una mesa.
            ---
            """);

        site.AssertError("validación: input/mesas/a.md:3: clave «estado»: se esperaba el slug de un estado", "pero dice «chihuahuaa»", "¿quiso decir «chihuahua»?");
    }

    [Fact]
    public void State_may_be_given_by_its_inegi_code()
    {
        using var site = SiteFixture.Build("""
            -- input/mesas/a.md --
            ---
            nombre: Mesa A
            estado: "08"
            resumen: Una mesa.
            ---
            """);

        site.AssertNoErrors();
        site.AssertFile("mesas/a/index.html", """<a href="/estados/chihuahua/">Chihuahua</a>""");
        site.AssertFile("estados/chihuahua/index.html", """<a href="/mesas/a/">Mesa A</a>""");
    }

    [Fact]
    public void Unknown_mesa_in_a_list_names_the_line_of_the_item()
    {
        using var site = SiteFixture.Build("""
            -- input/mesas/ciudad-juarez.md --
            ---
            nombre: Mesa de Ciudad Juárez
            estado: chihuahua
            resumen: Una mesa.
            ---
            -- input/logros/2014-ley.md --
            ---
            titulo: Una ley
            fecha: 2014
            eje: legislativo
            mesas:
              - ciudad-juarez
              - ciudad-juares
            resumen: Se aprobó.
            ---
            """);

        site.AssertError("validación: input/logros/2014-ley.md:7: clave «mesas»: se esperaba el slug de una mesa", "pero dice «ciudad-juares»", "¿quiso decir «ciudad-juarez»?");
    }

    [Fact]
    public void Unknown_press_contact_lists_the_declared_ones()
    {
        using var site = SiteFixture.Build("""
            -- input/prensa/2018-11-22-comunicado.md --
            ---
            titulo: Un comunicado
            fecha: 2018-11-22
            lugar: Tampico, Tamaulipas
            contacto: prensa
            resumen: Resumen.
            ---
            """);

        site.AssertError("validación: input/prensa/2018-11-22-comunicado.md:5: clave «contacto»: se esperaba el id de un contacto de prensa", "pero dice «prensa»", "use uno de: comunicacion");
    }

    [Fact]
    public void Axis_must_be_one_of_the_three()
    {
        using var site = SiteFixture.Build("""
            -- input/logros/2014-ley.md --
            ---
            titulo: Una ley
            fecha: 2014
            eje: legislativa
            resumen: Se aprobó.
            ---
            """);

        site.AssertError("validación: input/logros/2014-ley.md:4: clave «eje»: se esperaba uno de estos valores: legislativo, institucional, ciudadano", "pero dice «legislativa»", "¿quiso decir «legislativo»?");
    }

    [Fact]
    public void State_introduction_must_be_named_after_a_state()
    {
        using var site = SiteFixture.Build("""
            -- input/estados/chihuahuas.md --
            Introducción.
            """);

        site.AssertError("validación: input/estados/chihuahuas.md:", "no hay un estado con el slug «chihuahuas»", "¿quiso decir «chihuahua»?");
    }
}
