using Micrositio.Tests.Support;

namespace Micrositio.Tests.Validate;

/// <summary>File names are URLs (slugs) and, for dated content, carry the date.</summary>
public sealed class FileNameRulesTests
{
    [Fact]
    public void Achievement_date_must_match_its_file_name()
    {
        using var site = SiteFixture.Build("""
            -- input/logros/2014-07-14-ley.md --
            ---
            titulo: Una ley
            fecha: 2014-07-15
            eje: legislativo
            resumen: Se aprobó.
            ---
            """);

        site.AssertError("validación: input/logros/2014-07-14-ley.md:3: clave «fecha»: la fecha «2014-07-15» no coincide con la del nombre del archivo («2014-07-14»)");
    }

    [Fact]
    public void Achievement_file_name_must_start_with_a_date()
    {
        using var site = SiteFixture.Build("""
            -- input/logros/ley-sin-fecha.md --
            ---
            titulo: Una ley
            fecha: 2014
            eje: legislativo
            resumen: Se aprobó.
            ---
            """);

        site.AssertError("validación: input/logros/ley-sin-fecha.md:", "el nombre del archivo de un logro debe ser <fecha>-<slug>.md", "2014-07-14-ley-de-geolocalizacion.md");
    }

    [Fact]
    public void Press_release_day_must_match_its_file_name()
    {
        using var site = SiteFixture.Build("""
            -- input/prensa/2018-11-22-comunicado.md --
            ---
            titulo: Un comunicado
            fecha: 2018-11-23T10:00:00-06:00
            lugar: Tampico, Tamaulipas
            contacto: comunicacion
            resumen: Resumen.
            ---
            """);

        site.AssertError("validación: input/prensa/2018-11-22-comunicado.md:3: clave «fecha»: el día «2018-11-23» no coincide con el del nombre del archivo («2018-11-22»)");
    }

    [Fact]
    public void Press_release_file_name_needs_a_full_date()
    {
        using var site = SiteFixture.Build("""
            -- input/prensa/2018-11-comunicado.md --
            ---
            titulo: Un comunicado
            fecha: 2018-11-22
            lugar: Tampico, Tamaulipas
            contacto: comunicacion
            resumen: Resumen.
            ---
            """);

        site.AssertError("validación: input/prensa/2018-11-comunicado.md:", "debe ser <AAAA-MM-DD>-<slug>.md");
    }

    [Fact]
    public void Mesa_file_name_must_be_a_slug()
    {
        using var site = SiteFixture.Build("""
            -- input/mesas/Ciudad Juárez.md --
            ---
            nombre: Mesa de Ciudad Juárez
            estado: chihuahua
            resumen: Una mesa.
            ---
            """);

        site.AssertError("validación: input/mesas/Ciudad Juárez.md:", "«Ciudad Juárez» no sirve como dirección web (/mesas/Ciudad Juárez/)", "renombre el archivo a «ciudad-juarez.md»");
    }

    [Fact]
    public void Page_file_name_must_be_a_slug()
    {
        using var site = SiteFixture.Build("""
            -- input/paginas/Quiénes Somos.md --
            ---
            titulo: Quiénes somos
            ---
            Texto.
            """);

        site.AssertError("input/paginas/Quiénes Somos.md", "quienes-somos");
    }

    [Fact]
    public void Meeting_file_name_must_be_a_slug()
    {
        using var site = SiteFixture.Build("""
            -- input/encuentros/Tercer Encuentro.md --
            ---
            titulo: Tercer Encuentro
            numero: 3
            fecha_inicio: 2018-11-21
            sede: Tampico, Tamaulipas
            estado: tamaulipas
            resumen: Un encuentro.
            ---
            """);

        site.AssertError("input/encuentros/Tercer Encuentro.md", "tercer-encuentro");
    }

    [Fact]
    public void Two_achievements_with_the_same_slug_on_different_dates_name_both_files()
    {
        using var site = SiteFixture.Build("""
            -- input/logros/2014-ley.md --
            ---
            titulo: Una ley
            fecha: 2014
            eje: legislativo
            resumen: Se aprobó.
            ---
            -- input/logros/2015-ley.md --
            ---
            titulo: Otra ley
            fecha: 2015
            eje: legislativo
            resumen: Se aprobó otra.
            ---
            """);

        site.AssertError("validación: input/logros/2014-ley.md:", "misma dirección (/logros/ley/)", "input/logros/2015-ley.md");
        site.AssertError("validación: input/logros/2015-ley.md:", "misma dirección (/logros/ley/)", "input/logros/2014-ley.md");
    }

    [Fact]
    public void Page_cannot_take_a_slug_the_generator_owns()
    {
        using var site = SiteFixture.Build("""
            -- input/paginas/mesas.md --
            ---
            titulo: Nuestras mesas
            ---
            Texto.
            """);

        site.AssertError("validación: input/paginas/mesas.md:", "la dirección /mesas/ la genera el sitio y no puede ser una página");
    }

    [Fact]
    public void Two_releases_with_the_same_slug_in_one_year_name_both_files()
    {
        using var site = SiteFixture.Build("""
            -- input/prensa/2018-11-21-balance.md --
            ---
            titulo: Balance uno
            fecha: 2018-11-21
            lugar: Tampico, Tamaulipas
            contacto: comunicacion
            resumen: Uno.
            ---
            -- input/prensa/2018-11-22-balance.md --
            ---
            titulo: Balance dos
            fecha: 2018-11-22
            lugar: Tampico, Tamaulipas
            contacto: comunicacion
            resumen: Dos.
            ---
            """);

        site.AssertError("validación: input/prensa/2018-11-21-balance.md:", "misma dirección (/sala-de-prensa/2018/balance/)", "input/prensa/2018-11-22-balance.md");
        site.AssertError("validación: input/prensa/2018-11-22-balance.md:", "misma dirección (/sala-de-prensa/2018/balance/)");
    }

    [Fact]
    public void Two_meetings_cannot_share_a_number()
    {
        using var site = SiteFixture.Build("""
            -- input/encuentros/tercero.md --
            ---
            titulo: Tercer Encuentro
            numero: 3
            fecha_inicio: 2018-11-21
            sede: Tampico, Tamaulipas
            estado: tamaulipas
            resumen: Un encuentro.
            ---
            -- input/encuentros/cuarto.md --
            ---
            titulo: Cuarto Encuentro
            numero: 3
            fecha_inicio: 2019-11-21
            sede: Cancún, Quintana Roo
            estado: quintana-roo
            resumen: Otro encuentro.
            ---
            """);

        site.AssertError("validación: input/encuentros/cuarto.md:", "encuentro con el mismo número", "encuentro número 3");
        site.AssertError("validación: input/encuentros/tercero.md:", "encuentro con el mismo número");
    }
}
