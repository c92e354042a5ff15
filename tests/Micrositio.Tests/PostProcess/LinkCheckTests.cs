using Micrositio.Tests.Support;

namespace Micrositio.Tests.PostProcess;

/// <summary>Every internal link and anchor of every generated page must exist.</summary>
public sealed class LinkCheckTests
{
    private const string Mesa = """
        -- input/mesas/a.md --
        ---
        nombre: Mesa A
        estado: chihuahua
        resumen: Una mesa.
        ---
        ## Historia

        """;

    [Fact]
    public void Broken_internal_link_names_the_content_file_the_page_and_the_link()
    {
        using var site = SiteFixture.Build("""
            -- input/paginas/enlaces.md --
            ---
            titulo: Enlaces
            ---
            Vea [esta página](/no-existe/).
            """);

        site.AssertError("revisión: input/paginas/enlaces.md: página /enlaces/: enlace roto: <a> apunta a «/no-existe/», que no existe en el sitio");
    }

    [Fact]
    public void Link_without_trailing_slash_gets_a_hint()
    {
        using var site = SiteFixture.Build(Mesa + """
            -- input/paginas/enlaces.md --
            ---
            titulo: Enlaces
            ---
            Vea [la mesa](/mesas/a).
            """);

        site.AssertError("página /enlaces/: enlace roto: <a> apunta a «/mesas/a»", "falta la diagonal final: escriba «/mesas/a/»");
    }

    [Fact]
    public void Fragment_to_a_missing_anchor_fails()
    {
        using var site = SiteFixture.Build(Mesa + """
            -- input/paginas/enlaces.md --
            ---
            titulo: Enlaces
            ---
            Vea [la historia](/mesas/a/#historia) y [los logros](/mesas/a/#logros-de-la-mesa).
            """);

        site.AssertError("revisión: input/paginas/enlaces.md: página /enlaces/: el enlace «/mesas/a/#logros-de-la-mesa» apunta a un ancla «#logros-de-la-mesa» que no existe en /mesas/a/");
        Assert.Single(site.Result.Errors);
    }

    [Fact]
    public void Links_with_dot_segments_or_escapes_are_resolved_as_a_browser_resolves_them()
    {
        // Plain paths are checked without building URIs; these are not plain, so they are resolved first.
        using var site = SiteFixture.Build(Mesa + """
            -- input/paginas/enlaces.md --
            ---
            titulo: Enlaces
            ---
            Vea [uno](/mesas/./a/#historia), [dos](/mesas/b/../a/), [tres](/mesas/%61/#historia), [cuatro](/mesas/a/?desde=enlaces)
            y [cinco](/mesas/./zz/#historia).
            """);

        site.AssertError("página /enlaces/: enlace roto: <a> apunta a «/mesas/./zz/#historia», que no existe en el sitio");
        Assert.Single(site.Result.Errors);
    }

    [Fact]
    public void Fragment_on_the_same_page_is_checked()
    {
        using var site = SiteFixture.Build("""
            -- input/paginas/indice.md --
            ---
            titulo: Índice
            ---
            Ir a [la sección](#seccion-inexistente).

            ## Sección
            """);

        site.AssertError("página /indice/: el enlace «#seccion-inexistente» apunta a un ancla «#seccion-inexistente» que no existe en /indice/");
    }

    [Fact]
    public void Absolute_link_to_this_site_is_checked_as_internal()
    {
        using var site = SiteFixture.Build("""
            -- input/paginas/enlaces.md --
            ---
            titulo: Enlaces
            ---
            Vea [esta página](https://prueba.example.org/no-existe/).
            """);

        site.AssertError("página /enlaces/: enlace roto: <a> apunta a «/no-existe/»");
    }

    [Fact]
    public void Links_to_other_sites_are_allowed()
    {
        using var site = SiteFixture.Build("""
            -- input/paginas/enlaces.md --
            ---
            titulo: Enlaces
            ---
            Vea [el informe](https://example.com/informe.pdf).
            """);

        site.AssertNoErrors();
    }
}
