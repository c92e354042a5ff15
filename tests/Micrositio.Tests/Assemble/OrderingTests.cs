using Micrositio.Tests.Support;

namespace Micrositio.Tests.Assemble;

/// <summary>Listings: releases newest first, achievements newest first and grouped by axis and by state.</summary>
public sealed class OrderingTests
{
    private static void AssertInOrder(string text, params string[] items)
    {
        var positions = items.Select(i => text.IndexOf(i, StringComparison.Ordinal)).ToList();
        Assert.All(positions.Zip(items), p => Assert.True(p.First >= 0, $"«{p.Second}» is missing"));
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Press_releases_are_listed_newest_first()
    {
        using var site = SiteFixture.Build("""
            -- input/prensa/2018-01-10-primero.md --
            ---
            titulo: Comunicado uno
            fecha: 2018-01-10
            lugar: Tampico, Tamaulipas
            contacto: comunicacion
            resumen: Uno.
            ---
            -- input/prensa/2019-05-01-tercero.md --
            ---
            titulo: Comunicado tres
            fecha: 2019-05-01T09:00:00-05:00
            lugar: Cancún, Quintana Roo
            contacto: comunicacion
            resumen: Tres.
            ---
            -- input/prensa/2019-05-01-cuarto.md --
            ---
            titulo: Comunicado cuatro
            fecha: 2019-05-01T18:00:00-05:00
            lugar: Cancún, Quintana Roo
            contacto: comunicacion
            resumen: Cuatro.
            ---
            -- input/prensa/2018-11-22-segundo.md --
            ---
            titulo: Comunicado dos
            fecha: 2018-11-22
            lugar: Tampico, Tamaulipas
            contacto: comunicacion
            resumen: Dos.
            ---
            """);

        site.AssertNoErrors();
        AssertInOrder(site.Text("sala-de-prensa/index.html"), "Comunicado cuatro", "Comunicado tres", "Comunicado dos", "Comunicado uno");
        AssertInOrder(site.Text("feed.xml"), "Comunicado cuatro", "Comunicado tres", "Comunicado dos", "Comunicado uno");
        site.AssertFile("sala-de-prensa/2018/segundo/index.html", "Tampico, Tamaulipas, 22 de noviembre de 2018.");
    }

    [Fact]
    public void Achievements_are_listed_by_axis_and_by_state_newest_first()
    {
        using var site = SiteFixture.Build("""
            -- input/logros/2016-ley-anual.md --
            ---
            titulo: Ley anual
            fecha: 2016
            eje: legislativo
            estados: [chihuahua]
            resumen: Solo el año.
            ---
            -- input/logros/2016-12-ley-de-diciembre.md --
            ---
            titulo: Ley de diciembre
            fecha: 2016-12
            eje: legislativo
            estados: [chihuahua, "28"]
            resumen: Año y mes.
            ---
            -- input/logros/2016-06-16-ley-de-junio.md --
            ---
            titulo: Ley de junio
            fecha: 2016-06-16
            eje: legislativo
            resumen: Día completo.
            ---
            -- input/logros/2017-consejo.md --
            ---
            titulo: Consejo nacional
            fecha: 2017
            eje: institucional
            estados: [tamaulipas]
            resumen: Institucional.
            ---
            """);

        site.AssertNoErrors();
        AssertInOrder(site.Text("logros/index.html"), "Consejo nacional", "Ley de diciembre", "Ley de junio", "Ley anual");
        AssertInOrder(site.Text("logros/eje/legislativo/index.html"), "Ley de diciembre", "Ley de junio", "Ley anual");
        site.AssertFile("logros/eje/legislativo/index.html", "! Consejo nacional");
        site.AssertFile("logros/eje/institucional/index.html", """
            Consejo nacional
            ! Ley de
            """);
        site.AssertFile("logros/eje/ciudadano/index.html", "0 logros");
        AssertInOrder(site.Text("logros/estado/chihuahua/index.html"), "Ley de diciembre", "Ley anual");
        site.AssertFile("logros/estado/chihuahua/index.html", """
            Logros en Chihuahua
            ! Ley de junio
            ! Consejo nacional
            """);
        site.AssertFile("logros/estado/tamaulipas/index.html", """
            Ley de diciembre
            Consejo nacional
            """);
        site.AssertNoFile("logros/estado/campeche/index.html");
        site.AssertFile("logros/ley-anual/index.html", """<time datetime="2016">2016</time>""");
        site.AssertFile("logros/ley-de-diciembre/index.html", """<time datetime="2016-12">diciembre de 2016</time>""");
        site.AssertFile("logros/ley-de-junio/index.html", """<time datetime="2016-06-16">16 de junio de 2016</time>""");
    }

    [Fact]
    public void Mesas_are_grouped_under_their_state()
    {
        using var site = SiteFixture.Build("""
            -- input/mesas/torreon.md --
            ---
            nombre: Mesa de Torreón
            estado: coahuila
            resumen: Una mesa.
            ---
            -- input/mesas/ciudad-juarez.md --
            ---
            nombre: Mesa de Ciudad Juárez
            estado: chihuahua
            resumen: Otra mesa.
            ---
            """);

        site.AssertNoErrors();
        AssertInOrder(site.Text("mesas/index.html"), "/estados/chihuahua/", "/mesas/ciudad-juarez/", "/estados/coahuila/", "/mesas/torreon/");
        site.AssertFile("estados/coahuila/index.html", """
            <a href="/mesas/torreon/">
            ! /mesas/ciudad-juarez/
            """);
        site.AssertFile("estados/campeche/index.html", "Este sitio todavía no tiene páginas de mesas en Campeche.");
    }

    [Fact]
    public void Release_slug_used_in_two_years_makes_its_id_ambiguous()
    {
        using var site = SiteFixture.Build("""
            -- input/prensa/2018-11-22-balance.md --
            ---
            titulo: Balance 2018
            fecha: 2018-11-22
            lugar: Tampico, Tamaulipas
            contacto: comunicacion
            resumen: Uno.
            ---
            -- input/prensa/2019-11-22-balance.md --
            ---
            titulo: Balance 2019
            fecha: 2019-11-22
            lugar: Tampico, Tamaulipas
            contacto: comunicacion
            resumen: Dos.
            ---
            """);

        site.AssertError("ensamblado: input/prensa/2018-11-22-balance.md:", "el id «comunicado:balance» es ambiguo");
        site.AssertError("ensamblado: input/prensa/2019-11-22-balance.md:", "el id «comunicado:balance» es ambiguo");
    }
}
