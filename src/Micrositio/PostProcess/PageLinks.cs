using AngleSharp.Dom;

namespace Micrositio.PostProcess;

/// <summary>One reference of a page: the element's name, the URL as written, and whether it loads a resource (not just a link).</summary>
public sealed record PageReference(string Element, string Url, bool LoadsResource);

/// <summary>What other pages' checks need from a page: its ids (anchors) and its references to other files.</summary>
public sealed record PageLinks(IReadOnlySet<string> Ids, IReadOnlyList<PageReference> References)
{
    public static readonly PageLinks None = new(new HashSet<string>(), []);

    private static readonly string[] ResourceRels = ["stylesheet", "icon", "preload", "modulepreload", "prefetch", "manifest", "apple-touch-icon"];

    public static PageLinks Of(IDocument document) => new(
        document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal),
        document.QuerySelectorAll("a[href], link[href], area[href]").Select(e => Reference(e, "href"))
            .Concat(document.QuerySelectorAll("img[src], script[src], iframe[src], source[src], video[src], audio[src], embed[src]").Select(e => Reference(e, "src")))
            .ToList());

    private static PageReference Reference(IElement element, string attribute) =>
        new(element.LocalName, element.GetAttribute(attribute)!, LoadsResource(element));

    private static bool LoadsResource(IElement element) => element.LocalName switch
    {
        "a" or "area" => false,
        "link" => (element.GetAttribute("rel") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(r => ResourceRels.Contains(r, StringComparer.OrdinalIgnoreCase)),
        _ => true,
    };
}
