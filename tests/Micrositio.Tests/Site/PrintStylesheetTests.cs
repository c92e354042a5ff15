using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Micrositio.Tests.Site;

/// <summary>
/// A press release prints cleanly: the stylesheet the release page links has an <c>@media print</c> block that hides
/// the site's navigation and keeps the release, its contacts and the footer's media contacts, in black on white.
/// </summary>
[Collection(ShippedSiteCollection.Name)]
public sealed class PrintStylesheetTests(ShippedSite site)
{
    private const string Release = "sala-de-prensa/2018/tercer-encuentro-nacional-tampico/index.html";

    [Fact]
    public void The_release_page_links_a_stylesheet_with_a_print_block()
    {
        var (page, print) = Load();

        Assert.Equal("tipo-comunicado", page.Body!.ClassName);
        Assert.NotEmpty(print.OfType<ICssStyleRule>());
    }

    [Theory]
    [InlineData(".navegacion")]
    [InlineData("form[role=search]")]
    [InlineData(".saltar")]
    [InlineData(".migas")]
    [InlineData(".pie__emblema")]
    [InlineData("footer section:not(.pie__prensa)")]
    [InlineData(".descarga-pdf")]
    public void Print_hides_the_site_navigation(string selector)
    {
        var (page, print) = Load();

        var elements = page.QuerySelectorAll(selector);
        Assert.NotEmpty(elements);
        Assert.All(elements, e => Assert.True(Hidden(e, print), $"<{e.LocalName} class=\"{e.ClassName}\"> ({selector}) is printed."));
    }

    [Theory]
    [InlineData("main h1")]
    [InlineData(".comunicado .data")]
    [InlineData(".comunicado .texto p")]
    [InlineData(".comunicado .contacto")]
    [InlineData(".comunicado .acerca")]
    [InlineData(".comunicado .encabezado [data-emblema]")]
    [InlineData(".pie__prensa a[href^=\"mailto:\"]")]
    public void Print_keeps_the_release_and_the_media_contacts(string selector)
    {
        var (page, print) = Load();

        var elements = page.QuerySelectorAll(selector);
        Assert.NotEmpty(elements);
        Assert.All(elements, e => Assert.False(Hidden(e, print), $"<{e.LocalName} class=\"{e.ClassName}\"> ({selector}) is hidden in print."));
    }

    [Theory]
    [InlineData("body")]
    [InlineData("main h1")]
    [InlineData(".entrada")]
    [InlineData(".comunicado .lista-enlaces a")]
    [InlineData(".contacto h2")]
    [InlineData(".pie__prensa h2")]
    [InlineData(".pie__prensa a")]
    public void Print_text_is_black(string selector)
    {
        var (page, print) = Load();

        var element = page.QuerySelector(selector);
        Assert.NotNull(element);
        Assert.Equal("rgba(0, 0, 0, 1)", Value(element, print, "color"));
    }

    [Fact]
    public void Print_writes_out_where_external_links_go()
    {
        var (_, print) = Load();

        var rule = Assert.Single(print.OfType<ICssStyleRule>(), r => r.SelectorText.EndsWith("a[href^=\"http\"]::after", StringComparison.Ordinal));
        Assert.Contains("attr(href)", rule.Style.GetPropertyValue("content"), StringComparison.Ordinal);
    }

    [Fact]
    public void Print_has_page_margins_and_keeps_headings_and_blocks_whole()
    {
        var (page, print) = Load();

        var margins = Assert.Single(print.OfType<ICssPageRule>()).Style.GetPropertyValue("margin");
        Assert.False(string.IsNullOrWhiteSpace(margins), "@page has no margin");
        Assert.Equal("avoid", Value(page.QuerySelector("main h1")!, print, "break-after"));
        Assert.Equal("avoid", Value(page.QuerySelector(".contacto h2")!, print, "break-after"));
        foreach (var block in new[] { ".contacto", ".acerca", ".pie__prensa", ".foto" })
        {
            Assert.Equal("avoid", Value(page.QuerySelector(block)!, print, "break-inside"));
        }
    }

    private (IDocument Page, IReadOnlyList<ICssRule> Print) Load()
    {
        var page = new HtmlParser().ParseDocument(site.Text(Release));
        var parser = new CssParser(new CssParserOptions { IsIncludingUnknownDeclarations = true, IsIncludingUnknownRules = true });
        var links = page.QuerySelectorAll("link[rel~=stylesheet][href]").Select(l => l.GetAttribute("href")!).ToList();
        Assert.NotEmpty(links);
        var print = links
            .Select(href => parser.ParseStyleSheet(site.Text(href.TrimStart('/'))))
            .SelectMany(sheet => sheet.Rules.OfType<ICssMediaRule>())
            .Where(media => media.Media.MediaText == "print")
            .SelectMany(media => media.Rules)
            .ToList();
        Assert.True(print.Count > 0, $"No @media print rules in {string.Join(", ", links)}.");
        return (page, print);
    }

    /// <summary>The element or one of its ancestors gets display: none from a print rule.</summary>
    private static bool Hidden(IElement element, IReadOnlyList<ICssRule> print) =>
        element.GetInclusiveAncestors().OfType<IElement>().Any(e => Value(e, print, "display") == "none");

    /// <summary>
    /// The value the last matching print rule gives the property: the print block's rules in source order, which is
    /// their cascade as long as the block does not count on specificity (it does not). Pseudo-element rules are left out.
    /// </summary>
    private static string? Value(IElement element, IReadOnlyList<ICssRule> print, string property) =>
        print.OfType<ICssStyleRule>()
            .Where(r => !r.SelectorText.Contains("::", StringComparison.Ordinal) && element.Matches(r.SelectorText))
            .Select(r => r.Style.GetPropertyValue(property))
            .LastOrDefault(v => !string.IsNullOrEmpty(v));
}
