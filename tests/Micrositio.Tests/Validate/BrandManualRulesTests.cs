using System.Text;
using Micrositio.Brand;
using Micrositio.Images.Verification;
using Micrositio.Tests.Support;

namespace Micrositio.Tests.Validate;

/// <summary>
/// The brand manual against its schema, its logo files and the site's mesas; and the logo files the build
/// publishes from it. Each rule has a test that breaks it and checks the message.
/// </summary>
public sealed class BrandManualRulesTests
{
    private const string MesaA = """
        -- input/mesas/a.md --
        ---
        nombre: Mesa A
        estado: chihuahua
        resumen: Una mesa.
        ---
        Texto.

        """;

    /// <summary>A site with mesa A and the default brand, frozen so the test can edit it before building.</summary>
    private static SiteFixture Site(Func<string, string>? editManual = null, string extra = "")
    {
        var site = SiteFixture.Create(MesaA + extra);
        var manual = Path.Combine(site.Brand("a"), "manual.yml");
        if (editManual is not null)
        {
            File.WriteAllText(manual, editManual(File.ReadAllText(manual)));
        }

        site.Generate();
        return site;
    }

    [Fact]
    public void A_mesa_without_a_logo_entry_fails_saying_what_to_add()
    {
        using var site = SiteFixture.Create(MesaA + MesaA.Replace("a.md", "b.md", StringComparison.Ordinal).Replace("Mesa A", "Mesa B", StringComparison.Ordinal));
        site.Brand("a");
        site.Generate();

        site.AssertError("input/mesas/b.md", "no tiene logotipo en el manual de marca", "input/marca/manual.yml", "«mesas: logotipos:»",
            "b: {color: {archivo: mesas/b-color.svg, sha256:");
    }

    [Fact]
    public void Two_mesas_approving_the_same_logo_file_is_an_error_not_a_crash()
    {
        using var site = SiteFixture.Create(MesaA + MesaA.Replace("a.md", "b.md", StringComparison.Ordinal).Replace("Mesa A", "Mesa B", StringComparison.Ordinal));
        var manual = Path.Combine(site.Brand("a", "b"), "manual.yml");
        var lines = File.ReadAllLines(manual).ToList();
        var a = lines.IndexOf("    a:");
        var b = lines.IndexOf("    b:");
        for (var i = 1; i <= 3; i++)
        {
            lines[b + i] = lines[a + i];
        }

        File.WriteAllLines(manual, lines);
        site.Generate();

        site.AssertError("input/marca/manual.yml:", "el mismo archivo está aprobado para mesas.logotipos.a (color) y mesas.logotipos.b (color)");
    }

    [Fact]
    public void A_logo_file_that_is_not_the_approved_one_fails_with_its_real_hash()
    {
        using var site = SiteFixture.Create(MesaA);
        var brand = site.Brand("a");
        var file = Path.Combine(brand, "mexico-sos-color.svg");
        File.WriteAllText(file, File.ReadAllText(file).Replace("#a4262c", "#0b4f6c", StringComparison.Ordinal));
        site.Generate();

        site.AssertError("input/marca/manual.yml:", "marcas.mexico-sos.variantes.color.sha256", "regla «archivo-aprobado»",
            "input/marca/mexico-sos-color.svg no es byte a byte", ExampleLogo.Sha256(File.ReadAllBytes(file)));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "<script>")]
    [InlineData("<image href=\"foto.png\" width=\"10\" height=\"10\"/>", "<image>")]
    [InlineData("<metadata>Inkscape</metadata>", "<metadata>")]
    [InlineData("<rect width=\"10\" height=\"10\" fill=\"#00ff00\"/>", "#00ff00")]
    public void An_unsafe_or_off_palette_logo_svg_fails(string inserted, string named)
    {
        using var site = SiteFixture.Create(MesaA);
        var brand = site.Brand("a");
        var file = Path.Combine(brand, "red-nacional-color.svg");
        File.WriteAllText(file, File.ReadAllText(file).Replace("</svg>", inserted + "\n</svg>", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(brand, "manual.yml"), TestBrand.Manual(brand, ["a"]));
        site.Generate();

        site.AssertError("input/marca/red-nacional-color.svg", "regla «svg»", "marcas.red-nacional.variantes.color", named);
    }

    [Fact]
    public void A_proportion_that_does_not_match_the_svg_fails()
    {
        using var site = Site(m => m.Replace("    proporcion: 3\n    altura_minima: 32\n    espacio_libre: 0.25\n    paleta: [\"#0b4f6c\"", "    proporcion: 2\n    altura_minima: 32\n    espacio_libre: 0.25\n    paleta: [\"#0b4f6c\"", StringComparison.Ordinal));

        site.AssertError("input/marca/manual.yml", "regla «proporcion»", "red-nacional-color.svg mide 300×100", "«proporcion: 2»");
    }

    [Fact]
    public void An_unknown_key_and_an_unquoted_colour_fail_with_file_line_and_key()
    {
        using var site = Site(m => m.Replace("tolerancia_alturas:", "tolerancia_altura:", StringComparison.Ordinal)
            .Replace("color_principal: \"#0b4f6c\", fondos: [fondo, fondo-alt]}\n    monocromo: {color_principal", "color_principal: #0b4f6c, fondos: [fondo, fondo-alt]}\n    monocromo: {color_principal", StringComparison.Ordinal));

        site.AssertError("input/marca/manual.yml:2", "tolerancia_altura", "esta clave no existe", "tolerancia_alturas");
    }

    [Fact]
    public void A_manual_entry_for_an_unknown_mesa_fails_with_a_suggestion()
    {
        using var site = Site(m => m.Replace("    a:\n", "    aa:\n", StringComparison.Ordinal));

        site.AssertError("input/marca/manual.yml", "mesas.logotipos.aa", "no hay ninguna mesa «aa»", "¿quiso decir «a»?");
        site.AssertError("input/mesas/a.md", "no tiene logotipo");
    }

    [Fact]
    public void A_lockup_with_an_unknown_member_fails()
    {
        using var site = Site(m => m.Replace("miembros: [red-nacional, mexico-sos]", "miembros: [red-nacional, mexico_sos]", StringComparison.Ordinal));

        site.AssertError("input/marca/manual.yml", "emblemas.institucional.miembros", "«mexico_sos» no es una marca", "¿quiso decir «mexico-sos»?");
    }

    [Fact]
    public void The_manual_is_required()
    {
        using var site = SiteFixture.Create(MesaA);
        File.Delete(Path.Combine(site.Brand("a"), "manual.yml"));
        site.Generate();

        site.AssertError("input/marca/manual.yml", "falta este archivo obligatorio");
    }

    private static string Sponsors(string brand, int count)
    {
        var text = new StringBuilder("patrocinadores:\n");
        for (var i = 1; i <= count; i++)
        {
            var file = $"patrocinador-{i}.svg";
            var svg = $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 100\" width=\"200\" height=\"100\"><rect width=\"200\" height=\"100\" fill=\"#0b4f6c\"/><circle cx=\"{40 * i}\" cy=\"50\" r=\"20\" fill=\"#ffffff\"/></svg>\n";
            File.WriteAllText(Path.Combine(brand, file), svg);
            text.Append($"""
                  patrocinador-{i}:
                    nombre: Patrocinador {i}
                    alt: Patrocinador {i}
                    proporcion: 2
                    altura_minima: 24
                    espacio_libre: 0.25
                    paleta: ["#0b4f6c", "#ffffff"]
                    variantes:
                      color: {"{"}archivo: {file}, sha256: {ExampleLogo.Sha256(Encoding.UTF8.GetBytes(svg))}, color_principal: "#0b4f6c", fondos: [fondo]{"}"}

                """);
        }

        return text.ToString();
    }

    [Fact]
    public void Sponsors_join_the_mesa_lockup_after_the_members_and_are_capped()
    {
        using var site = SiteFixture.Create(MesaA.Replace("resumen: Una mesa.", "resumen: Una mesa.\npatrocinadores: [patrocinador-1, patrocinador-2, patrocinador-3, patrocinador-4]", StringComparison.Ordinal));
        var brand = site.Brand("a");
        File.WriteAllText(Path.Combine(brand, "manual.yml"), TestBrand.Manual(brand, ["a"], Sponsors(brand, 4)));
        site.Generate();

        site.AssertError("página /mesas/a/", "regla «patrocinadores»", "emblemas.coedicion.patrocinadores_maximo", "lleva 4 patrocinadores y el manual admite 3");

        File.WriteAllText(Path.Combine(site.Root, "input", "mesas", "a.md"), File.ReadAllText(Path.Combine(site.Root, "input", "mesas", "a.md"))
            .Replace(", patrocinador-3, patrocinador-4", "", StringComparison.Ordinal));
        site.Generate();
        site.AssertNoErrors();
        site.AssertFile("mesas/a/index.html", """
            src="/marca/mexico-sos-color.svg" width="144" height="48" alt="México SOS"><img class="emblema__logo" src="/marca/patrocinador-1.svg" width="64" height="32" alt="Patrocinador 1">
            """);
    }

    [Fact]
    public void A_mesa_listing_an_undeclared_sponsor_fails()
    {
        using var site = Site(extra: "");
        File.WriteAllText(Path.Combine(site.Root, "input", "mesas", "a.md"), File.ReadAllText(Path.Combine(site.Root, "input", "mesas", "a.md"))
            .Replace("resumen: Una mesa.", "resumen: Una mesa.\npatrocinadores: [fundacion]", StringComparison.Ordinal));
        site.Generate();

        site.AssertError("input/mesas/a.md:5", "patrocinadores", "«fundacion»", "declare el patrocinador");
    }

    [Fact]
    public void Every_approved_variant_is_published_as_is_and_as_png_at_two_heights()
    {
        using var site = Site();

        site.AssertNoErrors();
        site.AssertFile("sala-de-prensa/logotipos/index.html", """
            <a href="/marca/red-nacional-inverso.svg" download>SVG</a>, <a href="/marca/png/red-nacional-inverso-200.png" download>PNG de 200 px de alto</a>
            <a href="/marca/png/mesas/a-color-800.png" download>
            """);
        site.AssertFile("sala-de-prensa/index.html", "<a href=\"/sala-de-prensa/logotipos/\">");
        var brand = Path.Combine(site.Root, "input", "marca");
        foreach (var file in TestBrand.OrganizationFiles.Concat(ExampleLogo.Variants.Select(v => ExampleLogo.MesaFile("a", v))))
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(brand, file)), site.Result.Find("marca/" + file)!.Bytes);
            foreach (var height in new[] { 200, 800 })
            {
                var png = site.Result.Find($"marca/png/{Path.ChangeExtension(file, null)}-{height}.png");
                Assert.NotNull(png);
                Assert.Empty(ImageVerifier.Verify(png.Bytes));
                using var image = NetVips.Image.NewFromBuffer(png.Bytes);
                Assert.Equal(height, image.Height);
            }
        }
    }

    [Fact]
    public async Task New_mesa_adds_example_logos_and_its_manual_entry()
    {
        using var site = SiteFixture.Create(MesaA);
        site.Brand("a");

        var run = await site.Cli("new", "mesa", "Mesa de Prueba", "--root", site.Root);
        var check = await site.Cli("check", "--root", site.Root, "--themes", site.ThemesDirectory);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(Path.Combine(site.Root, "input", "marca", "mesas", "mesa-de-prueba-color.svg")), run.ToString());
        Assert.Contains("    mesa-de-prueba:\n      color: {archivo: mesas/mesa-de-prueba-color.svg", File.ReadAllText(Path.Combine(site.Root, "input", "marca", "manual.yml")), StringComparison.Ordinal);
        Assert.True(check.ExitCode == 0, "check after new mesa should pass:\n" + check);
    }
}
