using System.Text;
using Micrositio.Brand;

namespace Micrositio.Tests.Brand;

/// <summary>
/// A logo SVG may not run code, load other files, embed rasters, keep editor metadata or paint outside the
/// brand palette; each problem names the element or attribute, its line and the value.
/// </summary>
public sealed class SvgLogoLintTests
{
    private static readonly string[] Palette = ["#0B4F6C", "#fff"];

    private static IReadOnlyList<string> Problems(string svg) => SvgLogoLint.Problems(Encoding.UTF8.GetBytes(svg), Palette);

    private static string Single(string svg) => Assert.Single(Problems(svg));

    [Fact]
    public void A_clean_logo_has_no_problems()
    {
        var problems = Problems("""
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 120 40" data-name="Logo">
              <title>Red Nacional de Mesas de Seguridad y Justicia</title>
              <defs>
                <linearGradient id="g">
                  <stop offset="0" stop-color="#0b4f6c"/>
                  <stop offset="1" style="stop-color: rgb(255, 255, 255)"/>
                </linearGradient>
                <style><![CDATA[ .a { fill: #0B4F6C; stroke: none } /* fill: red */ ]]></style>
              </defs>
              <rect id="r" width="120" height="40" fill="url(#g)" stroke="transparent"/>
              <use xlink:href="#r" fill="white" class="a"/>
              <path d="M0 0h10v10z" style="fill:#FFF;stroke:inherit" color="none"/>
            </svg>
            """);

        Assert.Empty(problems);
    }

    [Fact]
    public void A_root_other_than_svg_in_the_svg_namespace_is_a_problem()
    {
        var problem = Single("""
            <svg viewBox="0 0 10 10">
              <rect width="10" height="10" fill="#0b4f6c"/>
            </svg>
            """);

        Assert.Contains("elemento raíz <svg> (línea 1)", problem);
        Assert.Contains("http://www.w3.org/2000/svg", problem);
    }

    [Fact]
    public void A_script_is_a_problem()
    {
        var problem = Single("""
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">
              <rect width="10" height="10" fill="#0b4f6c"/>

              <script>alert(1)</script>
            </svg>
            """);

        Assert.Equal("el elemento <script> (línea 4) no está permitido: un logotipo no ejecuta código.", problem);
    }

    [Fact]
    public void An_event_handler_attribute_is_a_problem()
    {
        var problem = Single("""
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">
              <rect width="10" height="10" fill="#0b4f6c" onclick="steal()"/>
            </svg>
            """);

        Assert.Contains("«onclick» de <rect> (línea 2)", problem);
    }

    [Fact]
    public void A_foreign_object_is_a_problem()
    {
        var problem = Single("""
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">
              <foreignObject width="10" height="10"><p xmlns="http://www.w3.org/1999/xhtml">Hola</p></foreignObject>
            </svg>
            """);

        Assert.Contains("<foreignObject> (línea 2)", problem);
    }

    [Theory]
    [InlineData("""<animate attributeName="fill" to="#0b4f6c" dur="1s"/>""", "<animate>")]
    [InlineData("""<set attributeName="fill" to="#0b4f6c"/>""", "<set>")]
    [InlineData("""<animateTransform attributeName="transform" type="rotate" to="90" dur="1s"/>""", "<animateTransform>")]
    public void An_animation_is_a_problem(string animation, string element)
    {
        var problem = Single($"""
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">
              <rect width="10" height="10" fill="#0b4f6c">{animation}</rect>
            </svg>
            """);

        Assert.Contains($"{element} (línea 2)", problem);
        Assert.Contains("colores", problem);
    }

    [Fact]
    public void An_external_href_is_a_problem()
    {
        var problem = Single("""
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">
              <use xlink:href="otro.svg#logo"/>
            </svg>
            """);

        Assert.Contains("«xlink:href» de <use> (línea 2) apunta a «otro.svg#logo»", problem);
    }

    [Fact]
    public void An_external_url_in_an_attribute_or_style_is_a_problem()
    {
        var problems = Problems("""
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">
              <style>rect { filter: url(https://example.com/f.svg#blur) }</style>
              <rect width="10" height="10" fill="#0b4f6c" mask="url('m.svg#m')"/>
              <circle r="4" fill="#0b4f6c" style="clip-path: url(c.svg#c)"/>
            </svg>
            """);

        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.Contains("«url(https://example.com/f.svg#blur)» en el elemento <style> (línea 2)"));
        Assert.Contains(problems, p => p.Contains("«url(m.svg#m)» en el atributo «mask» de <rect> (línea 3)"));
        Assert.Contains(problems, p => p.Contains("«url(c.svg#c)» en el atributo «style» de <circle> (línea 4)"));
    }

    [Fact]
    public void An_import_in_a_style_element_is_a_problem()
    {
        var problem = Single("""
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">
              <style>
                @import "marca.css";
              </style>
            </svg>
            """);

        Assert.Contains("el elemento <style> (línea 3) contiene la regla «@import»", problem);
    }

    [Fact]
    public void An_image_is_a_problem()
    {
        var problem = Single("""
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">
              <image href="#sprite" width="10" height="10"/>
            </svg>
            """);

        Assert.Contains("<image> (línea 2)", problem);
    }

    [Fact]
    public void A_data_uri_is_a_problem_reported_once_per_attribute()
    {
        var problems = Problems("""
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">
              <style>.a { fill: #0b4f6c; background: url("data:image/png;base64,iVBORw0KGgo=") }</style>
              <use href="data:image/svg+xml,%3Csvg/%3E"/>
            </svg>
            """);

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Contains("el elemento <style> (línea 2) contiene un URI «data:»"));
        Assert.Contains(problems, p => p.Contains("«href» de <use> (línea 3) contiene un URI «data:»"));
    }

    [Fact]
    public void A_metadata_element_is_a_problem_once_with_everything_inside()
    {
        var problem = Single("""
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">
              <metadata>
                <x:xmpmeta xmlns:x="adobe:ns:meta/"><x:rdf color="red"/></x:xmpmeta>
              </metadata>
            </svg>
            """);

        Assert.Contains("<metadata> (línea 2) es información del editor", problem);
    }

    [Fact]
    public void Editor_namespaces_prefixes_and_comments_are_problems()
    {
        var problems = Problems("""
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- Generator: Adobe Illustrator 24.0.0, SVG Export Plug-In -->
            <svg xmlns="http://www.w3.org/2000/svg"
                 xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"
                 xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"
                 inkscape:version="1.3" viewBox="0 0 10 10">
              <sodipodi:namedview pagecolor="#ffffff" inkscape:zoom="2">
                <inkscape:grid color="#3f3fff"/>
              </sodipodi:namedview>
              <g inkscape:label="Capa 1" data-name="Capa 1">
                <rect width="10" height="10" fill="#0b4f6c"/>
              </g>
            </svg>
            """);

        Assert.Equal(4, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("el comentario «Generator: Adobe Illustrator", StringComparison.Ordinal) && p.Contains("(línea 2)"));
        Assert.Contains(problems, p => p.Contains("los atributos «xmlns:inkscape», «xmlns:sodipodi», «inkscape:version» de <svg> (línea 3)"));
        Assert.Contains(problems, p => p.Contains("el elemento <sodipodi:namedview> (línea 7) es información del editor"));
        Assert.Contains(problems, p => p.Contains("el atributo «inkscape:label» de <g> (línea 10) es información del editor"));
    }

    [Fact]
    public void Adobe_sketch_and_serif_namespaces_are_editor_metadata()
    {
        var problems = Problems("""
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:a="http://ns.adobe.com/AdobeSVGViewerExtensions/3.0/"
                 xmlns:b="http://www.bohemiancoding.com/sketch/ns" xmlns:s="http://www.serif.com/" viewBox="0 0 10 10">
              <rect width="10" height="10" fill="#0b4f6c" a:adobe-blending-mode="normal" b:type="MSShapeGroup" s:id="Capa"/>
            </svg>
            """);

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Contains("«xmlns:a», «xmlns:b», «xmlns:s» de <svg> (línea 1)"));
        Assert.Contains(problems, p => p.Contains("«a:adobe-blending-mode», «b:type», «s:id» de <rect> (línea 3)"));
    }

    [Fact]
    public void A_colour_outside_the_palette_is_named_with_the_palette()
    {
        var problem = Single("""
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">
              <rect width="10" height="10" fill="red"/>
            </svg>
            """);

        Assert.Equal("el atributo «fill» de <rect> (línea 2) usa el color «red» (#ff0000), que no está en la paleta de la marca: use «#0b4f6c», «#ffffff».", problem);
    }

    [Fact]
    public void Colours_in_style_attributes_and_style_elements_are_checked_at_their_line()
    {
        var problems = Problems("""
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">
              <style>
                .a { fill: #0b4f6c }
                .b { stroke: #123456 !important }
              </style>
              <rect width="10" height="10" style="fill: #0b4f6c; flood-color: #abc"/>
            </svg>
            """);

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Contains("la propiedad «stroke» del elemento <style> (línea 4) usa el color «#123456»"));
        Assert.Contains(problems, p => p.Contains("la propiedad «flood-color» del atributo «style» de <rect> (línea 6) usa el color «#abc» (#aabbcc)"));
    }

    [Fact]
    public void Current_color_is_a_problem()
    {
        var problem = Single("""
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">
              <path d="M0 0h10" stroke="currentColor"/>
            </svg>
            """);

        Assert.Contains("«stroke» de <path> (línea 2) usa «currentColor»", problem);
    }

    [Fact]
    public void An_unreadable_colour_asks_for_rrggbb()
    {
        var problem = Single("""
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">
              <rect width="10" height="10" fill="hsl(200, 80%, 24%)"/>
            </svg>
            """);

        Assert.Contains("el atributo «fill» de <rect> (línea 2): no se pudo leer el color «hsl(200, 80%, 24%)»", problem);
        Assert.Contains("#rrggbb", problem);
    }

    [Fact]
    public void A_doctype_is_reported_not_thrown()
    {
        var problem = Single("""
            <?xml version="1.0"?>
            <!DOCTYPE svg [ <!ENTITY big "lol"> ]>
            <svg xmlns="http://www.w3.org/2000/svg">&big;</svg>
            """);

        Assert.Contains("<!DOCTYPE> (línea 2)", problem);
    }

    [Fact]
    public void Malformed_xml_is_one_problem_with_its_line()
    {
        var problem = Single("""
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">
              <script>alert(1)</script>
              <rect width="10" height="10">
            </svg>
            """);

        Assert.StartsWith("no es un SVG válido: el XML está mal formado en la línea 4", problem);
    }

    [Fact]
    public void Intrinsic_size_comes_from_the_view_box_first()
    {
        var svg = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0,0 120.5 40" width="600" height="200"/>"""u8.ToArray();

        Assert.Equal((120.5, 40), SvgLogoLint.IntrinsicSize(svg));
    }

    [Fact]
    public void Intrinsic_size_falls_back_to_width_and_height()
    {
        var svg = """<svg xmlns="http://www.w3.org/2000/svg" width="300px" height="100"/>"""u8.ToArray();

        Assert.Equal((300, 100), SvgLogoLint.IntrinsicSize(svg));
    }

    [Theory]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"/>""")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="3cm" viewBox="0 0 0 10"/>""")]
    [InlineData("""<svg""")]
    public void Intrinsic_size_is_null_without_a_usable_size(string svg)
    {
        Assert.Null(SvgLogoLint.IntrinsicSize(Encoding.UTF8.GetBytes(svg)));
    }

    [Theory]
    [InlineData("#FFF", "#ffffff")]
    [InlineData(" #0B4F6C ", "#0b4f6c")]
    [InlineData("rgb(11, 79, 108)", "#0b4f6c")]
    [InlineData("rgb(11 79 108)", "#0b4f6c")]
    [InlineData("Black", "#000000")]
    [InlineData("white", "#ffffff")]
    [InlineData("#0b4f6c80", null)]
    [InlineData("#ggg", null)]
    [InlineData("rgb(256, 0, 0)", null)]
    [InlineData("hsl(0, 0%, 0%)", null)]
    [InlineData("currentColor", null)]
    [InlineData("azulmarino", null)]
    public void NormalizeColor_reads_hex_rgb_and_names(string value, string? expected)
    {
        Assert.Equal(expected, SvgLogoLint.NormalizeColor(value));
    }
}
