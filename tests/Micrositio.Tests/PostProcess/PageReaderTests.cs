using System.Text;
using AngleSharp.Html.Parser;
using Micrositio.Brand;
using Micrositio.PostProcess;
using Micrositio.PostProcess.Css;
using Micrositio.PostProcess.Reading;
using Micrositio.Tests.Site;

namespace Micrositio.Tests.PostProcess;

/// <summary>
/// The checks read pages with <see cref="PageReader"/>, which must build exactly the tree the HTML standard builds
/// (AngleSharp is the reference), or decline and leave the page to AngleSharp; and the logo check reads a
/// <see cref="LogoSkeleton"/>, in which the cascade must match the logos as it matches them in the whole page.
/// </summary>
[Collection(ShippedSiteCollection.Name)]
public sealed class PageReaderTests(ShippedSite site)
{
    private static readonly HtmlParser Parser = new();

    private const string Page = """
        <!DOCTYPE html>
        <html lang="es-MX"><head><meta charset="utf-8"><title>Uno &amp; otro</title>
        <link rel="stylesheet" href="/assets/sitio.css"><style>p { color: red }</style></head>
        <body><header class="cabecera"><a href="/">Inicio</a></header>
        <main id="contenido"><h1>Título</h1><p>Texto <strong>fuerte</strong> &copy; &#233;&#x41;</p>
        {0}
        </main><script src="/assets/buscar.js"></script></body></html>
        """;

    [Fact]
    public void Every_shipped_page_is_read_as_the_standard_reads_it_without_leaving_any_to_angle_sharp()
    {
        var pages = site.Result.Files.Where(f => f.IsHtml).ToList();
        Assert.True(pages.Count > 100);
        foreach (var page in pages)
        {
            var html = Encoding.UTF8.GetString(page.Bytes);
            var tree = PageReader.Read(html);
            Assert.True(tree is not null, $"{page.Path} was left to AngleSharp");
            AssertSameTree(PageTree.From(Parser.ParseDocument(html)), tree, page.Path);
        }
    }

    [Theory]
    [InlineData("<p>Un párrafo<div>que cierra un bloque</div></p>")]
    [InlineData("<ul><li>sin cerrar<li>otro</ul>")]
    [InlineData("<p>Sin cerrar")]
    [InlineData("<b><i>mal anidado</b></i>")]
    [InlineData("<table><tr><td>sin tbody</td></tr></table>")]
    [InlineData("<table><tbody>texto suelto<tr><td>x</td></tr></tbody></table>")]
    [InlineData("<a href=\"/a\">un <a href=\"/b\">enlace</a> dentro de otro</a>")]
    [InlineData("<p>&copy sin punto y coma</p>")]
    [InlineData("<p>&noexiste;</p>")]
    [InlineData("<p>un < suelto</p>")]
    [InlineData("<template><p>plantilla</p></template>")]
    [InlineData("<svg viewBox=\"0 0 1 1\"><p>HTML dentro de SVG</p></svg>")]
    [InlineData("<div/>")]
    [InlineData("<script>document.write('<!--')</script>")]
    [InlineData("<img src=x alt=a\"b>")]
    public void Pages_the_standard_builds_otherwise_are_left_to_angle_sharp(string body)
    {
        Assert.Null(PageReader.Read(Page.Replace("{0}", body, StringComparison.Ordinal)));
        Assert.NotNull(PageReader.Read(Page.Replace("{0}", "<p>Bien</p>", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("<P CLASS=Grande>mayúsculas</P>")]
    [InlineData("<img src='/a.jpg' alt=\"uno &quot;dos&quot;\" width=10 height=10 data-x>")]
    [InlineData("<svg viewBox=\"0 0 10 10\"><title>Mapa &lt;1&gt;</title><path d=\"M0 0\"/><g><circle r=\"1\"/></g></svg>")]
    [InlineData("<pre>\nprimera línea\n</pre><!-- un comentario --><p>después</p>")]
    [InlineData("<table><thead><tr><th>a</th></tr></thead><tbody><tr><td>1 &amp; 2</td></tr></tbody></table>")]
    [InlineData("<form action=\"/buscar/\"><label for=q>Buscar</label><input id=q name=q><button type=submit>Ir</button></form>")]
    public void Well_formed_pages_are_read_as_the_standard_reads_them(string body)
    {
        var html = Page.Replace("{0}", body, StringComparison.Ordinal).ReplaceLineEndings("\r\n");
        var tree = PageReader.Read(html);

        Assert.NotNull(tree);
        AssertSameTree(PageTree.From(Parser.ParseDocument(html)), tree, body);
    }

    [Fact]
    public void The_logo_check_finds_in_a_skeleton_what_it_finds_in_the_whole_page()
    {
        var logos = new LogoCheck(ManualOf(site), site.Result.Files);
        var mesaPages = site.Result.Files.Where(f => f.IsHtml && f.Path.StartsWith("mesas/", StringComparison.Ordinal) && f.Path != "mesas/index.html").ToList();
        var slugs = mesaPages.Select(f => f.Path.Split('/')[1]).ToList();
        foreach (var (page, index) in mesaPages.Select((p, i) => (p, i)))
        {
            var html = Encoding.UTF8.GetString(page.Bytes);
            var tree = PageReader.Read(html)!;
            var skeleton = LogoSkeleton.Of(tree, html, SelectorReach.Siblings);
            Assert.True(skeleton.Length < html.Length, $"{page.Path}: the skeleton is not smaller than the page");

            // Each page is told it is about another mesa, so both readings have findings to agree on.
            var requirements = new Dictionary<string, LockupRequirement>(StringComparer.Ordinal)
            {
                [page.Path] = new(true, slugs[(index + 1) % slugs.Count], []),
            };
            var whole = Findings(logos, new ParsedPage(page, "/" + page.Path, tree, Parser.ParseDocument(html)), requirements);
            var part = Findings(logos, new ParsedPage(page, "/" + page.Path, tree, Parser.ParseDocument(skeleton)), requirements);
            Assert.NotEmpty(whole);
            Assert.Equal(whole, part);
        }
    }

    private static BrandManual ManualOf(ShippedSite site)
    {
        var errors = new Micrositio.Diagnostics.ErrorList();
        var input = new Micrositio.Load.InputReader(site.Options.RootDirectory, site.Options.InputDirectory, errors).Read();
        return new Micrositio.Validate.ContentValidator(errors).Validate(input)!.BrandManual;
    }

    private static List<string> Findings(LogoCheck logos, ParsedPage page, IReadOnlyDictionary<string, LockupRequirement> requirements)
    {
        var findings = new LogoFindings();
        logos.CheckPages([page], requirements, findings);
        var errors = new Micrositio.Diagnostics.ErrorList();
        findings.Report(errors);
        return errors.Sorted().Select(e => e.ToString()).ToList();
    }

    private static void AssertSameTree(PageTree expected, PageTree actual, string what)
    {
        static string Elements(PageTree tree) => string.Join("\n", tree.Elements.Select(e =>
            $"{e.Name} in {e.Parent?.Name}: {string.Join(" ", e.Attributes.Select(a => $"{a.Name.ToLowerInvariant()}=«{a.Value}»"))}"));

        // Whitespace between elements lands in different places by the standard's insertion modes; it carries nothing checked.
        static string Texts(PageTree tree) => string.Join("\n", tree.Texts.Where(t => !string.IsNullOrWhiteSpace(t)));

        Assert.True(Elements(expected) == Elements(actual), $"{what}: elements differ\n--- standard\n{Elements(expected)}\n--- read\n{Elements(actual)}");
        Assert.True(Texts(expected) == Texts(actual), $"{what}: texts differ\n--- standard\n{Texts(expected)}\n--- read\n{Texts(actual)}");
    }
}
