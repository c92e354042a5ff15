using Micrositio.Tests.Support;

namespace Micrositio.Tests.PostProcess;

/// <summary>What a strict Content-Security-Policy and an accessible page require of the generated HTML.</summary>
public sealed class PageRulesTests
{
    [Fact]
    public void Image_from_another_host_fails()
    {
        using var site = SiteFixture.Build("""
            -- themes/default/templates/pagina.liquid --
            <h1>{{ pagina.title }}</h1>
            <img src="https://cdn.example.com/logo.png" alt="Logo" width="10" height="10">
            """);

        site.AssertError("revisión: input/paginas/red.md: página /red/: <img> carga «https://cdn.example.com/logo.png» de otro sitio");
    }

    [Fact]
    public void Stylesheet_from_another_host_fails()
    {
        using var site = SiteFixture.Build("""
            -- themes/default/templates/pagina.liquid --
            <h1>{{ pagina.title }}</h1>
            <link rel="stylesheet" href="//fonts.example.com/letra.css">
            """);

        site.AssertError("página /red/: <link> carga «//fonts.example.com/letra.css» de otro sitio");
    }

    [Fact]
    public void Duplicate_ids_fail()
    {
        using var site = SiteFixture.Build("""
            -- input/mesas/a.md --
            ---
            nombre: Mesa A
            estado: chihuahua
            comites:
              - Prevención
            resumen: Una mesa.
            ---
            ## Comités

            La mesa trabaja en comités.
            """);

        site.AssertError("revisión: input/mesas/a.md: página /mesas/a/: el id «comites» aparece 2 veces en la página");
    }

    [Fact]
    public void Inline_style_and_script_fail()
    {
        using var site = SiteFixture.Build("""
            -- themes/default/templates/pagina.liquid --
            <h1 style="color: red">{{ pagina.title }}</h1>
            <script>console.log(1)</script>
            """);

        site.AssertError("página /red/: <h1> tiene un atributo style");
        site.AssertError("página /red/: hay un <script> incrustado");
    }

    [Fact]
    public void Markdown_image_without_dimensions_fails()
    {
        using var site = SiteFixture.Build("""
            -- input/paginas/reunion.md --
            ---
            titulo: Reunión
            ---
            ![Reunión de la mesa](/assets/sitio.css)
            """);

        site.AssertError("página /reunion/: la imagen /assets/sitio.css no declara width y height");
    }

    [Fact]
    public void Page_language_must_be_the_site_language()
    {
        using var site = SiteFixture.Build("""
            -- themes/default/templates/layout.liquid --
            <!DOCTYPE html>
            <html lang="en"><head><title>{{ page.title }}</title></head>
            <body>{{ content | raw }}</body></html>
            """);

        site.AssertError("página /red/: la etiqueta <html> debe declarar lang=\"es-MX\"");
    }
}
