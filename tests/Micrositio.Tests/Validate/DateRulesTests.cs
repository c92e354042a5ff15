using Micrositio.Tests.Support;

namespace Micrositio.Tests.Validate;

public sealed class DateRulesTests
{
    [Fact]
    public void Meeting_cannot_end_before_it_starts()
    {
        using var site = SiteFixture.Build("""
            -- input/encuentros/tercero.md --
            ---
            titulo: Tercer Encuentro
            numero: 3
            fecha_inicio: 2018-11-21
            fecha_fin: 2018-11-20
            sede: Tampico, Tamaulipas
            estado: tamaulipas
            resumen: Un encuentro.
            ---
            """);

        site.AssertError("validación: input/encuentros/tercero.md:5: clave «fecha_fin»: el último día es anterior al primero");
    }

    [Fact]
    public void Embargo_needs_a_time_zone_offset()
    {
        using var site = SiteFixture.Build("""
            -- input/prensa/2018-11-22-comunicado.md --
            ---
            titulo: Un comunicado
            fecha: 2018-11-22
            lugar: Tampico, Tamaulipas
            embargo: 2018-11-22T18:00:00
            contacto: comunicacion
            resumen: Resumen.
            ---
            """);

        site.AssertError("validación: input/prensa/2018-11-22-comunicado.md:5: clave «embargo»: se esperaba una fecha y hora con zona horaria");
    }

    [Fact]
    public void National_media_cannot_exceed_the_total()
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
              total: 10
              nacionales: 15
            resumen: Un encuentro.
            ---
            """);

        site.AssertError("validación: input/encuentros/tercero.md:", "clave «medios.nacionales»: hay más medios nacionales (15) que medios en total (10)");
    }
}
