using Micrositio.Tests.Support;

namespace Micrositio.Tests.Render.Theme;

/// <summary>Templates are strict: a misspelt variable or filter is an error naming template and page, never an empty string.</summary>
public sealed class ThemeStrictnessTests
{
    private const string Mesa = """
        -- input/mesas/a.md --
        ---
        nombre: Mesa A
        estado: chihuahua
        resumen: Una mesa.
        ---

        """;

    [Fact]
    public void Undefined_property_names_the_template_and_the_page()
    {
        using var site = SiteFixture.Build(Mesa + """
            -- themes/default/templates/mesa.liquid --
            <h1>{{ mesa.nombre_equivocado }}</h1>
            """);

        site.AssertError("render: themes/default/templates/mesa.liquid:", "la plantilla falló al generar /mesas/a/", "nombre_equivocado", "no existe");
        site.AssertNoFile("mesas/a/index.html");
    }

    [Fact]
    public void Undefined_variable_names_the_template_and_the_page()
    {
        using var site = SiteFixture.Build("""
            -- themes/default/templates/pagina.liquid --
            <h1>{{ pagina.title }}</h1>{{ autor }}
            """);

        site.AssertError("render: themes/default/templates/pagina.liquid:", "la plantilla falló al generar /red/", "«autor» no existe");
    }

    [Fact]
    public void Unknown_filter_names_the_template_and_the_page()
    {
        using var site = SiteFixture.Build(Mesa + """
            -- themes/default/templates/mesa.liquid --
            <h1>{{ mesa.name | gritar }}</h1>
            """);

        site.AssertError("render: themes/default/templates/mesa.liquid:", "/mesas/a/", "gritar");
    }

    [Fact]
    public void Template_syntax_error_names_the_template()
    {
        using var site = SiteFixture.Build("""
            -- themes/default/templates/pagina.liquid --
            <h1>{% if pagina.title %}{{ pagina.title }}</h1>
            """);

        site.AssertError("render: themes/default/templates/pagina.liquid:", "la plantilla no se puede leer");
    }

    [Fact]
    public void Absent_optional_value_renders_as_nothing()
    {
        using var site = SiteFixture.Build(Mesa + """
            -- input/mesas/b.md --
            ---
            nombre: Mesa B
            estado: chihuahua
            fundada: 2015-03
            resumen: Otra mesa.
            ---
            """);

        site.AssertNoErrors();
        site.AssertFile("mesas/a/index.html", """
            <h1>Mesa A</h1>
            ! Instalada
            """);
        site.AssertFile("mesas/b/index.html", """
            <dt>Instalada</dt><dd>marzo de 2015</dd>
            """);
    }

    [Fact]
    public void Theme_override_replaces_only_the_given_template()
    {
        using var site = SiteFixture.Build(Mesa + """
            -- themes/default/templates/mesa.liquid --
            <header>{% render 'partes/emblema', emblema: page.lockup.color %}<h1 class="a-la-medida">{{ mesa.name }}</h1></header>
            """);

        site.AssertNoErrors();
        site.AssertFile("mesas/a/index.html", """
            <h1 class="a-la-medida">Mesa A</h1>
            <html lang="es-MX">
            """);
    }

    [Fact]
    public void Unknown_theme_is_an_error_naming_the_key()
    {
        using var site = SiteFixture.Build("""
            -- input/sitio.yml --
            titulo: Sitio
            titulo_corto: S
            descripcion: Un sitio.
            url_base: https://prueba.example.org
            idioma: es-MX
            tema: oscuro
            zona_horaria: America/Mexico_City
            contactos_prensa:
              - id: comunicacion
                cargo: Comunicación
                correo: prensa@example.org
            """);

        site.AssertError("render:", "clave «tema»: no existe el tema «oscuro»");
    }

    [Fact]
    public void Missing_partial_names_the_template_and_the_page()
    {
        using var site = SiteFixture.Build(Mesa + """
            -- themes/default/templates/mesa.liquid --
            <h1>{{ mesa.name }}</h1>{% render 'partes/no-existe' %}
            """);

        site.AssertError("render: themes/default/templates/mesa.liquid:", "/mesas/a/");
    }

    [Fact]
    public void Misspelt_list_property_is_an_error_not_an_empty_value()
    {
        using var site = SiteFixture.Build(Mesa + """
            -- themes/default/templates/mesa.liquid --
            <h1>{{ mesa.name }}</h1>{% if mesa.committees.sise > 0 %}<p>Comités</p>{% endif %}
            """);

        site.AssertError("render: themes/default/templates/mesa.liquid:", "/mesas/a/", "sise");
    }

    [Fact]
    public void Runtime_error_in_a_template_is_reported_not_thrown()
    {
        using var site = SiteFixture.Build(Mesa + """
            -- themes/default/templates/mesa.liquid --
            <h1>{{ mesa.name }}</h1><p>{{ mesa.committees.size | divided_by: 0 }}</p>
            """);

        site.AssertError("render: themes/default/templates/mesa.liquid:", "/mesas/a/");
    }
}
