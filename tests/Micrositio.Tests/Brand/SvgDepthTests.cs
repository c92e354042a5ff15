using System.Text;
using Micrositio.Brand;
using Micrositio.Diagnostics;
using Micrositio.Render;
using Micrositio.Tests.Support;

namespace Micrositio.Tests.Brand;

/// <summary>
/// A logo nested deeper than libvips (libxml2) reads is refused by the SVG lint with the logo's file, and any failure of
/// libvips on a logo still names the file (issue 22: 300 nested «g» gave «Error interno (… svgload_buffer … Excessive depth …)»).
/// </summary>
public sealed class SvgDepthTests
{
    private static string Nested(int depth) =>
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 40 40\">" + string.Concat(Enumerable.Repeat("<g>", depth)) +
        "<rect width=\"40\" height=\"40\" fill=\"#0b4f6c\"/>" + string.Concat(Enumerable.Repeat("</g>", depth)) + "</svg>";

    [Theory]
    [InlineData(SvgLogoLint.MaxDepth, true)]
    [InlineData(SvgLogoLint.MaxDepth + 1, false)]
    [InlineData(300, false)]
    [InlineData(5000, false)]
    public void The_lint_refuses_elements_nested_deeper_than_the_limit(int groups, bool accepted)
    {
        // The root is at depth 0, so the rect inside «groups» - 1 groups is at depth «groups».
        var problems = SvgLogoLint.Problems(Encoding.UTF8.GetBytes(Nested(groups - 1)), ExampleLogo.MesaPalette);

        if (accepted)
        {
            Assert.Empty(problems);
        }
        else
        {
            Assert.Equal($"los elementos están anidados a más de {SvgLogoLint.MaxDepth} niveles (línea 1); la biblioteca de imágenes no puede leer el logotipo.", Assert.Single(problems));
        }
    }

    [Fact]
    public void A_build_with_a_deeply_nested_logo_names_the_file_and_no_internal_error()
    {
        // A manual in the archive keeps the fixture from writing its default brand over this one.
        using var site = SiteFixture.Create("-- input/mesas/a.md --\n---\nnombre: Mesa A\nestado: chihuahua\nactiva: true\nresumen: Una mesa.\n---\n-- input/marca/manual.yml --\n");
        var input = Path.Combine(site.Root, "input");
        TestBrand.Write(input, ["a"]);
        var folder = Path.Combine(input, "marca");
        File.WriteAllText(Path.Combine(folder, ExampleLogo.MesaFile("a", "color")), Nested(300));
        File.WriteAllText(Path.Combine(folder, "manual.yml"), TestBrand.Manual(folder, ["a"]));

        var result = site.Generate();

        Assert.Contains(result.Errors, e => e.File == "input/marca/mesas/a-color.svg" &&
            e.Message.Contains($"anidados a más de {SvgLogoLint.MaxDepth} niveles", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Errors, e => e.ToString().Contains("Excessive", StringComparison.Ordinal));
    }

    [Fact]
    public void A_logo_libvips_cannot_read_is_an_error_naming_its_file()
    {
        var bytes = Encoding.UTF8.GetBytes(Nested(300));
        var variant = new LogoVariant("mesa:x", "color", "mesas/x-color.svg", Guid.NewGuid().ToString("N"), "#0b4f6c", [], bytes, (40, 40), 1);
        var manual = new BrandManual(0.02, 0.05, 3,
            [new BrandEntry("mesa:x", BrandKind.Mesa, "Mesa X", "Mesa X", 1, 48, 0.25, ExampleLogo.MesaPalette, [variant], "mesas.x", 1)], null!, null!);
        var cache = Path.Combine(Path.GetTempPath(), "micrositio-tests", Guid.NewGuid().ToString("N"));
        var errors = new ErrorList();

        try
        {
            BrandFiles.Make(manual, cache, errors);
        }
        finally
        {
            if (Directory.Exists(cache))
            {
                Directory.Delete(cache, recursive: true);
            }
        }

        var error = Assert.Single(errors.Sorted().DistinctBy(e => e.File));
        Assert.Equal("input/marca/mesas/x-color.svg", error.File);
        Assert.StartsWith("render: input/marca/mesas/x-color.svg: el logotipo no se pudo convertir a PNG", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Cómo corregirlo: abra el archivo en un editor de SVG", error.ToString(), StringComparison.Ordinal);
    }
}
