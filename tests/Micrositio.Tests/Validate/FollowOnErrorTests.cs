using System.Text;
using Micrositio.Diagnostics;
using Micrositio.Tests.Images;
using Micrositio.Tests.Support;

namespace Micrositio.Tests.Validate;

/// <summary>One mistake is reported once, where it is; everything else of the run is still checked.</summary>
public sealed class FollowOnErrorTests
{
    [Fact]
    public void A_mesa_whose_yaml_fails_yields_no_errors_in_the_files_that_mention_it()
    {
        using var site = SiteFixture.Build("""
            -- input/mesas/a.md --
            ---
            nombre: Mesa A
            estado: chihuahua
            municipios: [Apatzingán
            resumen: Una mesa.
            ---
            Texto.
            -- input/mesas/b.md --
            ---
            nombre: Mesa B
            estado: chihuahua
            resumen: Otra mesa.
            ---
            Vea también la [mesa A](mesa:a).
            -- input/logros/2014-ley.md --
            ---
            titulo: Una ley
            fecha: 2014
            eje: legislativo
            mesas: [a, b]
            resumen: Se aprobó.
            ---
            Con la [mesa A](mesa:a).
            """);

        var error = Assert.Single(site.Result.Errors);
        Assert.StartsWith("lectura: input/mesas/a.md:4:", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Bodies_are_checked_even_when_front_matter_has_errors()
    {
        using var site = SiteFixture.Build("""
            -- input/mesas/a.md --
            ---
            nombre: Mesa A
            estado: chihuahua
            activa: quizás
            resumen: Una mesa.
            ---
            <script>alert(1)</script>
            -- input/mesas/b.md --
            ---
            nombre: [Mesa B
            ---
            # Título

            Un [enlace](javascript:alert(1)).
            """);

        site.AssertError("validación: input/mesas/a.md:4: clave «activa»");
        site.AssertError("render: input/mesas/a.md:7:", "HTML");
        site.AssertError("lectura: input/mesas/b.md:2:", "nunca se cierra");
        site.AssertError("render: input/mesas/b.md:4:", "títulos de nivel 1");
        site.AssertError("render: input/mesas/b.md:6:", "esquema no permitido");
    }

    [Fact]
    public void A_dataset_description_cut_short_is_one_error_naming_the_yml()
    {
        var rows = Enumerable.Range(0, 2644).Select(i => $"{i % 32 + 1:D2},,extorsion,{1990 + i / 32 % 100},{i},casos,Prueba");
        var csv = "clave_estado,clave_municipio,indicador,anio,valor,unidad,fuente\n" + string.Join("\n", rows) + "\n";
        using var site = SiteFixture.Build($"""
            -- input/datos/victimas.yml --
            titulo: Víctimas
            descripcion: Un conjunto cortado.
            fuente: Fuente de prueba
            fecha_consulta: 2025-01-15
            licencia: Datos abiertos
            indicadores:
              homicidio:
                titulo: Homicidio
                unidad: casos
            -- input/datos/victimas.csv --
            {csv}
            """);

        var error = Assert.Single(site.Result.Errors, e => e.Message.Contains("extorsion", StringComparison.Ordinal));
        Assert.Equal("input/datos/victimas.yml", error.File);
        Assert.Contains("2 644 filas (la primera en la línea 2) de input/datos/victimas.csv", error.Message, StringComparison.Ordinal);
        Assert.Single(site.Result.Errors);
    }

    [Fact]
    public void A_dataset_whose_yml_is_not_yaml_gets_no_missing_description_error()
    {
        using var site = SiteFixture.Build("""
            -- input/datos/x.yml --
            titulo: [Datos
            -- input/datos/x.csv --
            clave_estado,clave_municipio,indicador,anio,valor,unidad,fuente
            """);

        var error = Assert.Single(site.Result.Errors);
        Assert.StartsWith("lectura: input/datos/x.yml:1:", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_groups_one_cause_repeated_and_stops_at_fifty_with_the_count_of_the_rest()
    {
        var repeated = Enumerable.Range(2, 30).Select(l => new BuildError(Stage.Validate, "input/datos/x.csv", l, "unidad", "la unidad «k» no es la declarada.", "escriba «casos»."));
        var distinct = Enumerable.Range(1, 2644).Select(i => new BuildError(Stage.Validate, $"input/mesas/m{i:D4}.md", 2, null, "falta el nombre.", "agréguelo."));

        var lines = ErrorReport.Lines([.. repeated, .. distinct]);

        Assert.Equal(ErrorReport.Shown + 1, lines.Count);
        Assert.StartsWith("validación: input/datos/x.csv:2: clave «unidad»: la unidad «k» no es la declarada; se repite 30 veces (líneas 2, 3, 4, 5, 6, …).", lines[0], StringComparison.Ordinal);
        Assert.Equal("… y 2 595 errores más. Corrija estos y vuelva a ejecutar.", lines[^1]);
    }

    [Fact]
    public void An_album_file_name_saved_decomposed_matches_the_name_written_composed()
    {
        using var site = SiteFixture.Create("""
            -- input/galeria/fiesta/album.yml --
            titulo: Fiesta
            fecha: 2018-11-22
            fotos:
              - archivo: niño.jpg
                alt: Un niño en la fiesta
                consentimiento:
                  fecha: 2018-11-22
                  registro: Formato 1
            """);
        var decomposed = "niño.jpg".Normalize(NormalizationForm.FormD);
        Assert.NotEqual("niño.jpg", decomposed);
        site.WriteBytes("input/galeria/fiesta/" + decomposed, TestPhotos.Jpeg(seed: 4));
        site.Generate();

        site.AssertNoErrors();
        Assert.Contains(site.Paths, p => p.StartsWith("galeria/fiesta/", StringComparison.Ordinal));
    }
}
