using Micrositio.Tests.Support;

namespace Micrositio.Tests.Render;

/// <summary>Front matter values are text: templates HTML-encode them, the feed XML-escapes them.</summary>
public sealed class FrontMatterEncodingTests
{
    [Fact]
    public void Script_in_a_title_is_encoded_everywhere_it_appears()
    {
        using var site = SiteFixture.Build("""
            -- input/logros/2014-ley.md --
            ---
            titulo: "<script>alert(1)</script>"
            fecha: 2014
            eje: legislativo
            resumen: "Resumen con <b>etiquetas</b> & símbolos."
            ---
            """);

        site.AssertNoErrors();
        site.AssertFile("logros/ley/index.html", """
            <h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>
            <title>&lt;script&gt;alert(1)&lt;/script&gt;
            &lt;b&gt;etiquetas&lt;/b&gt; &amp; s
            ! <script>
            ! <b>etiquetas
            """);
        site.AssertFile("logros/index.html", """
            &lt;script&gt;alert(1)&lt;/script&gt;
            ! <script>
            """);
        site.AssertFile("feed.xml", """
            <title>&lt;script&gt;alert(1)&lt;/script&gt;</title>
            ! <script>
            """);
    }

    [Fact]
    public void Quotes_in_a_description_cannot_break_out_of_an_attribute()
    {
        using var site = SiteFixture.Build("""
            -- input/paginas/acerca.md --
            ---
            titulo: Acerca
            descripcion: 'Una frase" onmouseover="robar()'
            ---
            Texto.
            """);

        site.AssertNoErrors();
        site.AssertFile("acerca/index.html", """
            <meta name="description" content="Una frase&quot; onmouseover=&quot;robar()">
            ! onmouseover="robar
            """);
    }

    [Fact]
    public void Liquid_syntax_in_content_is_text_not_template()
    {
        using var site = SiteFixture.Build("""
            -- input/paginas/acerca.md --
            ---
            titulo: "Acerca de {{ site.title }}"
            ---
            Texto con {{ site.description }} y {% raw %}.
            """);

        site.AssertNoErrors();
        site.AssertFile("acerca/index.html", """
            <h1>Acerca de {{ site.title }}</h1>
            Texto con {{ site.description }} y {% raw %}.
            ! Un sitio para las pruebas. y
            """);
    }
}
