using Micrositio.Tests.Support;

namespace Micrositio.Tests.Fuzz;

/// <summary>
/// Inputs the reader fuzzing (issue 22) found breaking a reader, each kept as a plain test with the smallest input
/// that shows it: the build must end in a content error that names the file and the line.
/// </summary>
public sealed class FuzzRegressionTests
{
    [Fact]
    public void A_municipality_code_twice_in_the_catalogue_is_an_error_naming_both_lines()
    {
        using var site = SiteFixture.Build("""
            -- input/datos/catalogos/municipios.csv --
            clave_municipio,clave_estado,nombre
            28038,28,Tampico
            28038,28,Tampico otra vez

            """);

        site.AssertError("validación: input/datos/catalogos/municipios.csv:3: clave «clave_municipio»: la clave 28038 ya aparece en la línea 2.",
            "deje una sola fila por municipio");
    }
}
