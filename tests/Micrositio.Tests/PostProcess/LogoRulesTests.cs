using Micrositio.Tests.Support;

namespace Micrositio.Tests.PostProcess;

/// <summary>
/// The brand manual's rules on generated pages: each test breaks exactly one rule (in a template, the CSS or
/// the Markdown) and checks the build names it, the page, the element and the manual entry.
/// </summary>
public sealed class LogoRulesTests
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

    private static string Css => File.ReadAllText(Path.Combine(Repository.Themes, "default", "assets", "sitio.css"));

    private static string Layout => File.ReadAllText(Path.Combine(Repository.Themes, "default", "templates", "layout.liquid"));

    private static string Piece => File.ReadAllText(Path.Combine(Repository.Themes, "default", "templates", "partes", "emblema.liquid"));

    /// <summary>A site with mesa A whose theme differs in one file.</summary>
    private static SiteFixture WithThemeFile(string path, string text) =>
        SiteFixture.Build(MesaA + $"-- themes/default/{path} --\n{text}\n");

    [Fact]
    public void A_site_that_follows_the_manual_passes_and_shows_the_lockups()
    {
        using var site = SiteFixture.Build(MesaA);

        site.AssertNoErrors();
        site.AssertFile("mesas/a/index.html", """
            data-emblema="coedicion"
            <img class="emblema__logo" src="/marca/mesas/a-color.svg" width="64" height="64" alt="Logotipo de la Mesa A">
            <img class="emblema__logo" src="/marca/red-nacional-color.svg" width="144" height="48" alt="Red Nacional de Mesas de Seguridad y Justicia">
            <img class="emblema__logo" src="/marca/mexico-sos-color.svg" width="144" height="48" alt="México SOS">
            data-emblema="institucional"
            src="/marca/red-nacional-inverso.svg" width="120" height="40"
            """);
        site.AssertFile("index.html", """
            data-emblema="institucional"
            ! data-emblema="coedicion"
            """);
    }

    [Fact]
    public void A_mesa_page_without_its_lockup_fails_naming_the_rule()
    {
        using var site = WithThemeFile("templates/mesa.liquid", "<h1>{{ mesa.name }}</h1>");

        site.AssertError("input/mesas/a.md", "página /mesas/a/", "regla «emblema-obligatorio»", "emblemas.coedicion", "mesa «a»");
    }

    [Fact]
    public void A_layout_without_the_footer_lockup_fails_on_every_page_reported_once()
    {
        using var site = WithThemeFile("templates/layout.liquid",
            Layout.Replace("<div class=\"envoltura pie__emblema\">{% render 'partes/emblema', emblema: site.lockup.reversed %}</div>", "", StringComparison.Ordinal));

        site.AssertError("regla «emblema-obligatorio»", "el pie", "páginas más");
        Assert.Single(site.Result.Errors, e => e.Message.Contains("el pie", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lockup_missing_a_member_fails()
    {
        using var site = WithThemeFile("templates/partes/emblema.liquid", Piece.Replace("{%- for logo in emblema.logos %}", "{%- for logo in emblema.logos limit: 1 %}", StringComparison.Ordinal));

        site.AssertError("regla «miembro-obligatorio»", "emblemas.institucional.miembros", "México SOS");
        site.AssertError("página /mesas/a/", "regla «miembro-obligatorio»", "emblemas.coedicion.miembros");
    }

    [Fact]
    public void A_lockup_in_the_wrong_order_fails()
    {
        using var site = WithThemeFile("templates/partes/emblema.liquid", Piece.Replace("{%- for logo in emblema.logos %}", "{%- for logo in emblema.logos reversed %}", StringComparison.Ordinal));

        site.AssertError("regla «orden»", "emblemas.institucional.miembros", "mexico-sos, red-nacional");
    }

    [Fact]
    public void Relative_heights_that_differ_from_the_manual_fail()
    {
        using var site = WithThemeFile("templates/partes/emblema.liquid", Piece.Replace(
            "width=\"{{ logo.width }}\" height=\"{{ logo.height }}\"",
            "{% if forloop.first %}width=\"{{ logo.width | times: 2 }}\" height=\"{{ logo.height | times: 2 }}\"{% else %}width=\"{{ logo.width }}\" height=\"{{ logo.height }}\"{% endif %}",
            StringComparison.Ordinal));

        site.AssertError("regla «alturas-relativas»", "emblemas.institucional.alturas_relativas", "0.5 veces");
    }

    [Fact]
    public void A_lockup_outside_its_regions_fails()
    {
        using var site = WithThemeFile("templates/mesa.liquid",
            "<header>{% render 'partes/emblema', emblema: page.lockup.color %}<h1>{{ mesa.name }}</h1></header><p>{% render 'partes/emblema', emblema: site.lockup.color %}</p>");

        site.AssertError("página /mesas/a/", "regla «region»", "emblemas.institucional.regiones", "«contenido»");
    }

    [Fact]
    public void A_logo_written_in_markdown_fails()
    {
        using var site = SiteFixture.Build(MesaA.Replace("Texto.", "![Logotipo](/marca/red-nacional-color.svg)", StringComparison.Ordinal));

        site.AssertError("input/mesas/a.md", "página /mesas/a/", "regla «fuera-del-emblema»", "<img", "/marca/red-nacional-color.svg");
    }

    [Fact]
    public void A_logo_used_as_a_css_background_fails()
    {
        using var site = WithThemeFile("assets/sitio.css", Css + "\n.marca { background-image: url(/marca/mexico-sos-color.svg); }\n");

        site.AssertError("regla «fuera-del-emblema»", "hoja de estilos", "/marca/mexico-sos-color.svg");
    }

    [Fact]
    public void A_file_in_the_piece_that_is_not_an_approved_variant_fails()
    {
        using var site = WithThemeFile("templates/partes/emblema.liquid",
            Piece.Replace("{%- for logo", "<img src=\"/marca/png/red-nacional-color-200.png\" width=\"600\" height=\"200\" alt=\"Red\">{%- for logo", StringComparison.Ordinal));

        site.AssertError("regla «archivo-aprobado»", "/marca/png/red-nacional-color-200.png", "ninguna variante aprobada");
    }

    [Fact]
    public void A_logo_without_dimensions_fails()
    {
        using var site = WithThemeFile("templates/partes/emblema.liquid",
            Piece.Replace(" width=\"{{ logo.width }}\" height=\"{{ logo.height }}\"", "", StringComparison.Ordinal));

        site.AssertError("regla «dimensiones»", "marcas.red-nacional", "width y height");
    }

    [Fact]
    public void Css_that_shrinks_a_logo_below_its_minimum_fails_naming_the_media_query()
    {
        using var site = WithThemeFile("assets/sitio.css", Css + "\n@media (max-width: 30rem) { .emblema__logo { height: 20px; } }\n");

        site.AssertError("regla «altura-minima»", "marcas.mexico-sos.altura_minima", "20 px", "@media (max-width: 30rem)", "el mínimo es 32 px");
    }

    [Fact]
    public void Css_that_distorts_a_logo_fails()
    {
        using var site = WithThemeFile("assets/sitio.css", Css + "\n.cabecera .emblema__logo { width: 200px; height: 40px; }\n");

        site.AssertError("regla «proporcion»", "marcas.red-nacional.proporcion", "200 px × 40 px", "proporción 5");
    }

    [Fact]
    public void A_margin_smaller_than_the_clear_space_fails()
    {
        using var site = WithThemeFile("assets/sitio.css", Css + "\n.emblema__logo { margin: 4px; }\n");

        site.AssertError("regla «espacio-libre»", "marcas.red-nacional.espacio_libre", "4px", "0.25 × la altura = 10 px");
    }

    [Fact]
    public void A_variant_on_a_background_it_is_not_approved_for_fails()
    {
        using var site = WithThemeFile("templates/layout.liquid", ColourLockupInHeader);

        site.AssertError("regla «fondo»", "marcas.red-nacional.variantes.color.fondos", "«marca» (#0b4f6c)", "fondo, fondo-alt");
    }

    [Fact]
    public void An_approved_background_without_enough_contrast_fails()
    {
        using var site = SiteFixture.Create(MesaA + "-- themes/default/templates/layout.liquid --\n" + ColourLockupInHeader);
        var manual = Path.Combine(site.Brand("a"), "manual.yml");
        // The manual itself approves the colour variants on the brand blue, where their colours do not show.
        site.Write("input/marca/manual.yml", string.Join('\n', File.ReadAllLines(manual).Select(line =>
            line.Contains("-color.svg", StringComparison.Ordinal) && !line.Contains("mesas/", StringComparison.Ordinal)
                ? line.Replace("fondos: [fondo, fondo-alt]", "fondos: [fondo, fondo-alt, marca]", StringComparison.Ordinal)
                : line)));
        site.Generate();

        site.AssertError("regla «contraste»", "marcas.red-nacional.variantes.color.color_principal", "#0b4f6c y el fondo #0b4f6c es 1:1", "el mínimo es 3:1");
        Assert.DoesNotContain(site.Result.Errors, e => e.Message.Contains("regla «fondo»", StringComparison.Ordinal));
    }

    private static string ColourLockupInHeader => Layout.Replace(
        "{% render 'partes/emblema', emblema: site.lockup.reversed %}\n    <a class=\"marca\"",
        "{% render 'partes/emblema', emblema: site.lockup.color %}\n    <a class=\"marca\"", StringComparison.Ordinal);

    [Fact]
    public void Css_that_restyles_a_logo_fails()
    {
        using var site = WithThemeFile("assets/sitio.css", Css + "\n.emblema__logo { filter: grayscale(1); }\n.pie { opacity: 0.9; }\n");

        site.AssertError("regla «estilo»", "«filter: grayscale(1)»");
        site.AssertError("regla «estilo»", "class=\"pie\"", "«opacity: 0.9»");
    }

    [Fact]
    public void A_changed_alt_text_fails()
    {
        using var site = WithThemeFile("templates/partes/emblema.liquid", Piece.Replace("alt=\"{{ logo.alt }}\"", "alt=\"logo\"", StringComparison.Ordinal));

        site.AssertError("regla «texto-alternativo»", "marcas.mexico-sos.alt", "«logo»", "«México SOS»");
    }
}
