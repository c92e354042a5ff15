using Micrositio.Tests.Support;

namespace Micrositio.Tests.Validate;

/// <summary>Rules for the data files estados.yml and sitio.yml.</summary>
public sealed class DataFileRulesTests
{
    [Fact]
    public void States_file_must_list_all_32_states()
    {
        using var site = SiteFixture.Create("");
        var states = File.ReadAllText(Path.Combine(Repository.Input, "estados.yml"));
        var zacatecas = states.IndexOf("- clave: \"32\"", StringComparison.Ordinal);
        Assert.True(zacatecas > 0, "the real estados.yml should list Zacatecas as \"32\"");
        site.Write("input/estados.yml", states[..zacatecas]);

        site.Generate();

        site.AssertError("validación: input/estados.yml: clave «clave»: faltan estados con estas claves INEGI: 32.");
    }

    [Fact]
    public void States_file_cannot_repeat_a_code()
    {
        using var site = SiteFixture.Create("");
        var states = File.ReadAllText(Path.Combine(Repository.Input, "estados.yml"));
        site.Write("input/estados.yml", states.Replace("clave: \"02\"", "clave: \"01\"", StringComparison.Ordinal));
        var line = states[..states.IndexOf("clave: \"02\"", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        site.Generate();

        site.AssertError($"validación: input/estados.yml:{line}:", "el estado 01 «baja-california» repite la clave o el slug de «aguascalientes»");
        site.AssertError("faltan estados con estas claves INEGI: 02.");
    }

    [Fact]
    public void State_code_must_be_two_digits()
    {
        using var site = SiteFixture.Create("");
        var states = File.ReadAllText(Path.Combine(Repository.Input, "estados.yml"));
        site.Write("input/estados.yml", states.Replace("clave: \"08\"", "clave: \"8\"", StringComparison.Ordinal));

        site.Generate();

        site.AssertError("validación: input/estados.yml:", "clave «clave»: «8» no es una clave INEGI de estado");
    }

    [Fact]
    public void Site_base_url_must_be_https()
    {
        using var site = SiteFixture.Build("""
            -- input/sitio.yml --
            titulo: Sitio
            titulo_corto: S
            descripcion: Un sitio.
            url_base: http://prueba.example.org
            idioma: es-MX
            tema: default
            zona_horaria: America/Mexico_City
            contactos_prensa:
              - id: comunicacion
                cargo: Comunicación
                correo: prensa@example.org
            """);

        site.AssertError("validación: input/sitio.yml:4: clave «url_base»: se esperaba una dirección web completa que empiece con https://");
    }

    [Fact]
    public void A_press_contact_with_a_malformed_email_is_reported_not_thrown()
    {
        using var site = SiteFixture.Build("""
            -- input/sitio.yml --
            titulo: Sitio
            titulo_corto: S
            descripcion: Un sitio.
            url_base: https://prueba.example.org
            idioma: es-MX
            tema: default
            zona_horaria: America/Mexico_City
            contactos_prensa:
              - id: comunicacion
                cargo: Comunicación
                correo: prensa-arroba-example
            """);

        site.AssertError("validación: input/sitio.yml:11: clave «contactos_prensa.correo»: se esperaba un correo electrónico", "pero dice «prensa-arroba-example»");
    }

    [Fact]
    public void Unknown_time_zone_is_an_error()
    {
        using var site = SiteFixture.Build("""
            -- input/sitio.yml --
            titulo: Sitio
            titulo_corto: S
            descripcion: Un sitio.
            url_base: https://prueba.example.org
            idioma: es-MX
            tema: default
            zona_horaria: America/Ciudad_de_Mexico
            contactos_prensa:
              - id: comunicacion
                cargo: Comunicación
                correo: prensa@example.org
            """);

        site.AssertError("validación: input/sitio.yml:7: clave «zona_horaria»: se esperaba una zona horaria IANA", "«America/Ciudad_de_Mexico»");
    }

    [Fact]
    public void Site_base_url_cannot_have_a_path()
    {
        // Every URL of the site is root-relative (/mesas/x/), so a base URL with a path cannot work;
        // it should be refused at its line, not surface as a broken canonical link on every page.
        using var site = SiteFixture.Build("""
            -- input/sitio.yml --
            titulo: Sitio
            titulo_corto: S
            descripcion: Un sitio.
            url_base: https://prueba.example.org/micrositio
            idioma: es-MX
            tema: default
            zona_horaria: America/Mexico_City
            contactos_prensa:
              - id: comunicacion
                cargo: Comunicación
                correo: prensa@example.org
            """);

        site.AssertError("validación: input/sitio.yml:4: clave «url_base»");
    }
}
