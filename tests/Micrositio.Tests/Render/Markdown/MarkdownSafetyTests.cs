using Micrositio.Tests.Support;

namespace Micrositio.Tests.Render.Markdown;

/// <summary>Bodies are Markdown only: HTML, level-1 headings and unsafe link schemes are refused, with file and line.</summary>
public sealed class MarkdownSafetyTests
{
    [Fact]
    public void Script_block_is_refused_and_never_reaches_the_page()
    {
        using var site = SiteFixture.Build("""
            -- input/paginas/prueba.md --
            ---
            titulo: Prueba
            ---
            Primer párrafo.

            <script>alert(1)</script>
            """);

        site.AssertError("render: input/paginas/prueba.md:6:", "el texto contiene HTML; por seguridad solo se admite Markdown");
        site.AssertFile("prueba/index.html", """
            <p>Primer párrafo.</p>
            ! alert(1)
            """);
    }

    [Fact]
    public void Div_block_is_refused()
    {
        using var site = SiteFixture.Build("""
            -- input/paginas/prueba.md --
            ---
            titulo: Prueba
            ---
            Texto.

            <div class="caja">
            Dentro de la caja.
            </div>
            """);

        site.AssertError("render: input/paginas/prueba.md:6:", "el texto contiene HTML");
        site.AssertFile("prueba/index.html", """! <div class="caja">""");
    }

    [Fact]
    public void Inline_html_with_an_event_handler_is_refused_at_its_line()
    {
        using var site = SiteFixture.Build("""
            -- input/paginas/prueba.md --
            ---
            titulo: Prueba
            ---
            Primera línea.

            Un texto con <b onclick="robar()">negritas</b> en HTML.
            """);

        site.AssertError("render: input/paginas/prueba.md:6:", "el texto contiene HTML");
        site.AssertFile("prueba/index.html", "! onclick");
    }

    [Fact]
    public void Level_1_heading_is_refused()
    {
        using var site = SiteFixture.Build("""
            -- input/paginas/prueba.md --
            ---
            titulo: Prueba
            ---
            Introducción.

            # Título repetido
            """);

        site.AssertError("render: input/paginas/prueba.md:6:", "los títulos de nivel 1", "use «## » para las secciones");
    }

    [Fact]
    public void Javascript_link_is_refused_and_its_url_left_out()
    {
        using var site = SiteFixture.Build("""
            -- input/paginas/prueba.md --
            ---
            titulo: Prueba
            ---
            Haga [clic aquí](javascript:alert(1)).
            """);

        site.AssertError("render: input/paginas/prueba.md:4:", "el enlace «javascript:alert(1)» usa un esquema no permitido");
        site.AssertFile("prueba/index.html", "! javascript:");
    }

    [Fact]
    public void Javascript_autolink_fails_the_build()
    {
        using var site = SiteFixture.Build("""
            -- input/paginas/prueba.md --
            ---
            titulo: Prueba
            ---
            Enlace automático: <javascript:alert(1)>
            """);

        site.AssertError("input/paginas/prueba.md", "javascript:alert(1)");
        Assert.False(site.Result.Succeeded);
    }

    [Fact]
    public void Https_and_mailto_links_are_kept()
    {
        using var site = SiteFixture.Build("""
            -- input/paginas/prueba.md --
            ---
            titulo: Prueba
            ---
            Vea [México SOS](https://www.mexicosos.org/) o escriba a [prensa](mailto:prensa@example.org).
            """);

        site.AssertNoErrors();
        site.AssertFile("prueba/index.html", """
            <a href="https://www.mexicosos.org/">México SOS</a>
            <a href="mailto:prensa@example.org">prensa</a>
            """);
    }

    [Fact]
    public void Error_inside_a_long_paragraph_names_the_line_of_the_link()
    {
        using var site = SiteFixture.Build("""
            -- input/paginas/prueba.md --
            ---
            titulo: Prueba
            ---
            Un párrafo que ocupa
            varias líneas del archivo
            y enlaza [aquí](javascript:alert(1))
            al final.
            """);

        site.AssertError("render: input/paginas/prueba.md:6:", "esquema no permitido");
    }
}
