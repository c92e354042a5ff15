using Micrositio.Tests.Support;

namespace Micrositio.Tests.Validate;

/// <summary>Rules every schema applies to its keys: known, present, non-empty and of the right type.</summary>
public sealed class KeyRulesTests
{
    [Fact]
    public void Unknown_key_names_file_line_and_key_and_suggests_the_closest()
    {
        using var site = SiteFixture.Build("""
            -- input/mesas/a.md --
            ---
            nombree: Mesa A
            estado: chihuahua
            resumen: Una mesa.
            ---
            """);

        site.AssertError("validación: input/mesas/a.md:2: clave «nombree»: esta clave no existe", "¿quiso decir «nombre»?", "Las claves permitidas son: nombre, estado");
    }

    [Fact]
    public void Missing_required_key_says_which_and_gives_an_example()
    {
        using var site = SiteFixture.Build("""
            -- input/mesas/a.md --
            ---
            nombre: Mesa A
            estado: chihuahua
            ---
            """);

        site.AssertError("validación: input/mesas/a.md:2: clave «resumen»: falta esta clave obligatoria", "agregue una línea como «resumen: ");
        site.AssertNoFile("mesas/a/index.html");
    }

    [Fact]
    public void Empty_required_value_says_what_was_expected()
    {
        using var site = SiteFixture.Build("""
            -- input/mesas/a.md --
            ---
            nombre: Mesa A
            estado: chihuahua
            resumen:
            ---
            """);

        site.AssertError("validación: input/mesas/a.md:4: clave «resumen»: está vacía; se esperaba un texto");
    }

    [Fact]
    public void Boolean_with_a_word_that_is_not_true_or_false_is_a_type_error()
    {
        using var site = SiteFixture.Build("""
            -- input/mesas/a.md --
            ---
            nombre: Mesa A
            estado: chihuahua
            activa: quizás
            resumen: Una mesa.
            ---
            """);

        site.AssertError("validación: input/mesas/a.md:4: clave «activa»: se esperaba «true» (sí) o «false» (no), pero dice «quizás»");
    }

    [Fact]
    public void Integer_written_in_words_is_a_type_error()
    {
        using var site = SiteFixture.Build("""
            -- input/encuentros/tercero.md --
            ---
            titulo: Tercer Encuentro
            numero: tres
            fecha_inicio: 2018-11-21
            sede: Tampico, Tamaulipas
            estado: tamaulipas
            resumen: Un encuentro.
            ---
            """);

        site.AssertError("validación: input/encuentros/tercero.md:3: clave «numero»: se esperaba un número entero (mayor o igual a 1), pero dice «tres»");
    }

    [Fact]
    public void Text_where_a_list_is_expected_is_a_type_error()
    {
        using var site = SiteFixture.Build("""
            -- input/mesas/a.md --
            ---
            nombre: Mesa A
            estado: chihuahua
            municipios: Juárez
            resumen: Una mesa.
            ---
            """);

        site.AssertError("validación: input/mesas/a.md:4: clave «municipios»: se esperaba una lista (una línea por elemento, empezando con «- ») de un texto", "municipios» en el README: [Juárez]");
    }

    [Fact]
    public void Malformed_date_is_a_type_error()
    {
        using var site = SiteFixture.Build("""
            -- input/mesas/a.md --
            ---
            nombre: Mesa A
            estado: chihuahua
            fundada: 15/03/2015
            resumen: Una mesa.
            ---
            """);

        site.AssertError("validación: input/mesas/a.md:4: clave «fundada»: se esperaba una fecha AAAA-MM-DD", "pero dice «15/03/2015»");
    }

    [Fact]
    public void Unknown_key_in_a_nested_record_is_named_with_its_parent()
    {
        using var site = SiteFixture.Build("""
            -- input/encuentros/tercero.md --
            ---
            titulo: Tercer Encuentro
            numero: 3
            fecha_inicio: 2018-11-21
            sede: Tampico, Tamaulipas
            estado: tamaulipas
            medios:
              total: 35
              internacionales: 2
            resumen: Un encuentro.
            ---
            """);

        site.AssertError("validación: input/encuentros/tercero.md:9: clave «medios.internacionales»: esta clave no existe");
    }
}
