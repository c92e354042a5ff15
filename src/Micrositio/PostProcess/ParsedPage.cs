using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Micrositio.Write;

namespace Micrositio.PostProcess;

/// <summary>A generated page read by AngleSharp, once per build, for every check of the PostProcess stage.</summary>
public sealed record ParsedPage(OutputFile File, string Url, IDocument Document)
{
    private static readonly HtmlParser Parser = new();

    /// <summary>The HTML files among <paramref name="files"/>, parsed in parallel, in order.</summary>
    public static IReadOnlyList<ParsedPage> ParseAll(IEnumerable<OutputFile> files) =>
        files.Where(f => f.IsHtml).AsParallel().AsOrdered()
            .Select(f => new ParsedPage(f, UrlOf(f.Path), Parser.ParseDocument(Encoding.UTF8.GetString(f.Bytes))))
            .ToList();

    /// <summary>The URL an output file answers: <c>mesas/x/index.html</c> → <c>/mesas/x/</c>.</summary>
    public static string UrlOf(string path) =>
        path.EndsWith("index.html", StringComparison.Ordinal) ? "/" + path[..^"index.html".Length] : "/" + path;

    /// <summary>A link as seen from <paramref name="baseUrl"/>, on a placeholder host so that other sites can be told apart.</summary>
    public static Uri Resolve(string baseUrl, string href) => new(new Uri("https://sitio.invalid" + baseUrl), href);

    public static bool IsInternal(Uri target) => target.Host == "sitio.invalid";
}
