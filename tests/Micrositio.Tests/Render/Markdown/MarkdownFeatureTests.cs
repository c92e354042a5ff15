using Micrositio.Tests.Support;

namespace Micrositio.Tests.Render.Markdown;

/// <summary>The Markdown extensions the content guide promises.</summary>
public sealed class MarkdownFeatureTests
{
    [Fact]
    public void Tables_render_with_alignment_as_classes_not_styles()
    {
        using var site = SiteFixture.Build("""
            -- input/paginas/tabla.md --
            ---
            titulo: Tabla
            ---
            | Sede | Estado | Votos |
            |:-----|:------:|------:|
            | Cancún | Quintana Roo | 17 |
            """);

        site.AssertNoErrors();
        site.AssertFile("tabla/index.html", """
            <table>
            <th class="alinear-izquierda">Sede</th>
            <th class="alinear-centro">Estado</th>
            <th class="alinear-derecha">Votos</th>
            <td class="alinear-derecha">17</td>
            ! style=
            """);
    }

    [Fact]
    public void Footnotes_link_to_their_notes()
    {
        using var site = SiteFixture.Build("""
            -- input/paginas/notas.md --
            ---
            titulo: Notas
            ---
            Un dato con fuente.[^1]

            [^1]: Informe ejecutivo del Tercer Encuentro.
            """);

        site.AssertNoErrors();
        site.AssertFile("notas/index.html", """
            class="footnote-ref"
            href="#fn:1"
            id="fn:1"
            Informe ejecutivo del Tercer Encuentro.
            """);
    }

    [Fact]
    public void Heading_ids_are_ascii_without_accents()
    {
        using var site = SiteFixture.Build("""
            -- input/paginas/secciones.md --
            ---
            titulo: Secciones
            ---
            ## Propuestas de organización

            ### Comunicación y difusión
            """);

        site.AssertNoErrors();
        site.AssertFile("secciones/index.html", """
            <h2 id="propuestas-de-organizacion">
            <h3 id="comunicacion-y-difusion">
            """);
    }

    [Fact]
    public void Quotes_and_dashes_become_typographic()
    {
        using var site = SiteFixture.Build("""
            -- input/paginas/comillas.md --
            ---
            titulo: Comillas
            ---
            El lema fue "seguridad con justicia" -- dijo -- y nada más...
            """);

        site.AssertNoErrors();
        site.AssertFile("comillas/index.html", """
            “seguridad con justicia”
            –
            …
            ! "seguridad con justicia"
            """);
    }

    [Fact]
    public void Emphasis_lists_and_sections_render()
    {
        using var site = SiteFixture.Build("""
            -- input/paginas/lista.md --
            ---
            titulo: Lista
            ---
            ## Principios

            - **corresponsabilidad**
            - _confianza_
            """);

        site.AssertNoErrors();
        site.AssertFile("lista/index.html", """
            <h2 id="principios">Principios</h2>
            <li><strong>corresponsabilidad</strong></li>
            <li><em>confianza</em></li>
            """);
    }
}
