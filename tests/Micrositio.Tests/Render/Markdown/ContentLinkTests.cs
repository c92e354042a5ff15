using Micrositio.Tests.Support;

namespace Micrositio.Tests.Render.Markdown;

/// <summary>Links written as content ids (<c>mesa:slug</c>) become URLs, or errors.</summary>
public sealed class ContentLinkTests
{
    private const string Content = """
        -- input/mesas/ciudad-juarez.md --
        ---
        nombre: Mesa de Ciudad Juárez
        estado: chihuahua
        resumen: Una mesa.
        ---
        ## Historia

        Fundada hace años.
        -- input/logros/2014-07-14-ley-de-geolocalizacion.md --
        ---
        titulo: Ley de Geolocalización
        fecha: 2014-07-14
        eje: legislativo
        resumen: Se aprobó.
        ---
        -- input/prensa/2018-11-22-concluye-encuentro.md --
        ---
        titulo: Concluye el encuentro
        fecha: 2018-11-22
        lugar: Tampico, Tamaulipas
        contacto: comunicacion
        resumen: Concluyó.
        ---
        -- input/encuentros/tercer-encuentro.md --
        ---
        titulo: Tercer Encuentro
        numero: 3
        fecha_inicio: 2018-11-21
        sede: Tampico, Tamaulipas
        estado: tamaulipas
        resumen: Un encuentro.
        ---

        """;

    [Fact]
    public void Every_kind_of_content_id_resolves_to_its_url()
    {
        using var site = SiteFixture.Build(Content + """
            -- input/paginas/enlaces.md --
            ---
            titulo: Enlaces
            ---
            [mesa](mesa:ciudad-juarez), [estado](estado:chihuahua), [logro](logro:ley-de-geolocalizacion),
            [comunicado](comunicado:concluye-encuentro), [encuentro](encuentro:tercer-encuentro), [página](pagina:red)
            y [historia](mesa:ciudad-juarez#historia).
            """);

        site.AssertNoErrors();
        site.AssertFile("enlaces/index.html", """
            <a href="/mesas/ciudad-juarez/">mesa</a>
            <a href="/estados/chihuahua/">estado</a>
            <a href="/logros/ley-de-geolocalizacion/">logro</a>
            <a href="/sala-de-prensa/2018/concluye-encuentro/">comunicado</a>
            <a href="/encuentros/tercer-encuentro/">encuentro</a>
            <a href="/red/">página</a>
            <a href="/mesas/ciudad-juarez/#historia">historia</a>
            ! mesa:
            """);
    }

    [Fact]
    public void Home_page_id_resolves_to_the_root()
    {
        using var site = SiteFixture.Build("""
            -- input/paginas/acerca.md --
            ---
            titulo: Acerca
            ---
            Volver al [inicio](pagina:inicio).
            """);

        site.AssertNoErrors();
        site.AssertFile("acerca/index.html", """<a href="/">inicio</a>""");
    }

    [Fact]
    public void Unknown_id_fails_with_a_suggestion()
    {
        using var site = SiteFixture.Build(Content + """
            -- input/paginas/enlaces.md --
            ---
            titulo: Enlaces
            ---
            Vea la [mesa](mesa:ciudad-juares).
            """);

        site.AssertError("render: input/paginas/enlaces.md:4:", "el enlace «mesa:ciudad-juares» no corresponde a ningún contenido", "¿quiso decir «mesa:ciudad-juarez»?");
    }

    [Fact]
    public void Link_to_a_release_under_embargo_fails_saying_so()
    {
        using var site = SiteFixture.Build("""
            -- input/prensa/2025-12-31-anuncio.md --
            ---
            titulo: Anuncio
            fecha: 2025-12-31
            lugar: Tampico, Tamaulipas
            embargo: 2026-01-01T12:00:00-06:00
            contacto: comunicacion
            resumen: Un anuncio.
            ---
            -- input/paginas/enlaces.md --
            ---
            titulo: Enlaces
            ---
            Lea el [anuncio](comunicado:anuncio).
            """);

        site.AssertError("render: input/paginas/enlaces.md:4:", "el enlace «comunicado:anuncio» no se puede publicar", "bajo embargo hasta el 2026-01-01 12:00 (America/Mexico_City)");
        site.AssertFile("enlaces/index.html", "! anuncio/");
    }
}
