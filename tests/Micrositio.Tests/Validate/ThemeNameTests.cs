using Micrositio.Tests.Support;

namespace Micrositio.Tests.Validate;

/// <summary>«tema» names a folder of themes/; a path would render templates from anywhere (issue 22: «../../../otro/tema»).</summary>
public sealed class ThemeNameTests
{
    [Theory]
    [InlineData("../../../otro/tema")]
    [InlineData("..")]
    [InlineData("/etc")]
    [InlineData("default/../../fuera")]
    [InlineData("Default")]
    public void A_theme_that_is_not_a_plain_folder_name_is_refused_at_its_line(string theme)
    {
        using var site = SiteFixture.Build($"""
            -- input/sitio.yml --
            titulo: Sitio de prueba
            titulo_corto: SP
            descripcion: Un sitio para las pruebas.
            url_base: https://prueba.example.org
            idioma: es-MX
            tema: "{theme}"
            zona_horaria: America/Mexico_City
            contactos_prensa:
              - id: comunicacion
                cargo: Coordinación de Comunicación
                correo: prensa@example.org
            """);

        var error = Assert.Single(site.Result.Errors);
        Assert.Equal($"validación: input/sitio.yml:6: clave «tema»: «{theme}» no es el nombre de una carpeta de themes/: no puede llevar «/», «..» ni mayúsculas. " +
            "Cómo corregirlo: escriba solo el nombre del tema, por ejemplo «default».", error.ToString());
    }
}
