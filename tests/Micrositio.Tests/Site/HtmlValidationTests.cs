using System.Text;
using Micrositio.Tests.Support;

namespace Micrositio.Tests.Site;

/// <summary>Every page of the shipped site passes html-validate (html-validate:recommended, see tools/html-validate).</summary>
[Collection(ShippedSiteCollection.Name)]
public sealed class HtmlValidationTests(ShippedSite site)
{
    [Fact]
    public void Every_page_of_the_shipped_site_is_valid_html()
    {
        var pages = site.Result.Files.Where(f => f.IsHtml).Select(f => (f.Path, f.Bytes)).ToList();
        Assert.True(pages.Count > 90, $"only {pages.Count} HTML pages");

        var problems = HtmlValidator.Validate(pages);

        Assert.True(problems.Count == 0,
            $"html-validate found {problems.Count} errors in {problems.Select(p => p.Page).Distinct().Count()} of the {pages.Count} pages:\n" +
            string.Join("\n", problems));
    }
}

/// <summary>The check above can fail: html-validate really runs and its errors reach the test.</summary>
public sealed class HtmlValidatorTests
{
    [Fact]
    public void Reports_a_duplicate_id_and_an_unclosed_element_with_file_line_and_rule()
    {
        const string page = """
            <!DOCTYPE html>
            <html lang="es-MX">
            <head><title>Página inválida</title></head>
            <body>
            <p id="dato">Uno</p>
            <p id="dato">Dos</p>
            <div>
            <p>Sin cerrar el div</p>
            </body>
            </html>

            """;

        var problems = HtmlValidator.Validate([("prueba/invalida.html", Encoding.UTF8.GetBytes(page))]);

        var duplicate = Assert.Single(problems, p => p.Rule == "no-dup-id");
        Assert.Equal(("prueba/invalida.html", 6), (duplicate.Page, duplicate.Line));
        Assert.Contains("dato", duplicate.Message, StringComparison.Ordinal);
        Assert.Contains(problems, p => p.Rule == "close-order" && p.Line == 7 && p.Message.Contains("<div>", StringComparison.Ordinal));
        Assert.StartsWith("prueba/invalida.html:6:", duplicate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_page_has_no_errors()
    {
        const string page = """
            <!DOCTYPE html>
            <html lang="es-MX">
            <head><title>Página válida</title></head>
            <body>
            <main><h1>Hola</h1><p>Un párrafo.</p></main>
            </body>
            </html>

            """;

        Assert.Empty(HtmlValidator.Validate([("valida.html", Encoding.UTF8.GetBytes(page))]));
    }
}
