using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Micrositio.PostProcess.Css;
using Micrositio.PostProcess.Reading;
using Micrositio.Write;

namespace Micrositio.PostProcess;

/// <summary>
/// A generated page read once per build for every check of the PostProcess stage: its <see cref="Tree"/> for the
/// HTML, link and personal-data checks, and for the logo check a <see cref="Document"/> parsed by AngleSharp —
/// the page's <see cref="LogoSkeleton"/>, or the whole page when the fast reader leaves it to AngleSharp or the
/// stylesheets' selectors look at contents.
/// </summary>
public sealed record ParsedPage(OutputFile File, string Url, PageTree Tree, IDocument Document)
{
    private static readonly HtmlParser Parser = new();

    /// <summary>The HTML files among <paramref name="files"/>, read in parallel, in order.</summary>
    /// <param name="reach">How far the site's stylesheets' selectors look (<see cref="StyleSheetIndex.Reach"/>).</param>
    public static IReadOnlyList<ParsedPage> ParseAll(IEnumerable<OutputFile> files, SelectorReach reach = SelectorReach.Descendants) =>
        files.Where(f => f.IsHtml).AsParallel().AsOrdered().Select(f => Parse(f, reach)).ToList();

    private static ParsedPage Parse(OutputFile file, SelectorReach reach)
    {
        var html = Encoding.UTF8.GetString(file.Bytes);
        var tree = PageReader.Read(html);
        if (tree is null || reach == SelectorReach.Descendants)
        {
            var document = Parser.ParseDocument(html);
            return new ParsedPage(file, UrlOf(file.Path), tree ?? PageTree.From(document), document);
        }

        return new ParsedPage(file, UrlOf(file.Path), tree, Parser.ParseDocument(LogoSkeleton.Of(tree, html, reach)));
    }

    /// <summary>The URL an output file answers: <c>mesas/x/index.html</c> → <c>/mesas/x/</c>.</summary>
    public static string UrlOf(string path) =>
        path.EndsWith("index.html", StringComparison.Ordinal) ? "/" + path[..^"index.html".Length] : "/" + path;

    /// <summary>A link as seen from <paramref name="baseUrl"/>, on a placeholder host so that other sites can be told apart.</summary>
    public static Uri Resolve(string baseUrl, string href) => new(new Uri("https://sitio.invalid" + baseUrl), href);

    public static bool IsInternal(Uri target) => target.Host == "sitio.invalid";
}
