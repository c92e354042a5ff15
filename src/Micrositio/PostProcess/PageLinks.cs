using Micrositio.PostProcess.Reading;

namespace Micrositio.PostProcess;

/// <summary>One reference of a page: the element's name, the URL as written, and whether it loads a resource (not just a link).</summary>
public sealed record PageReference(string Element, string Url, bool LoadsResource);

/// <summary>What other pages' checks need from a page: its ids (anchors) and its references to other files.</summary>
public sealed record PageLinks(IReadOnlySet<string> Ids, IReadOnlyList<PageReference> References)
{
    public static readonly PageLinks None = new(new HashSet<string>(), []);

    private static readonly string[] ResourceRels = ["stylesheet", "icon", "preload", "modulepreload", "prefetch", "manifest", "apple-touch-icon"];

    private static readonly string[] LinkElements = ["a", "link", "area"];

    private static readonly string[] SourceElements = ["img", "script", "iframe", "source", "video", "audio", "embed"];

    /// <summary>
    /// Ids, then references: links (href) in document order, then sources (src) in document order. With
    /// <paramref name="shared"/>, a reference another page already made is taken from it: every page's links are kept
    /// until the link check at the end, and most of them (the navigation, the footer) are the same on every page.
    /// </summary>
    public static PageLinks Of(PageTree tree, System.Collections.Concurrent.ConcurrentDictionary<PageReference, PageReference>? shared = null) => new(
        tree.Elements.Select(e => e.Attribute("id")).OfType<string>().ToHashSet(StringComparer.Ordinal),
        tree.Elements.Where(e => LinkElements.Contains(e.Name) && e.Has("href")).Select(e => Reference(e, "href"))
            .Concat(tree.Elements.Where(e => SourceElements.Contains(e.Name) && e.Has("src")).Select(e => Reference(e, "src")))
            .Select(r => shared?.GetOrAdd(r, r) ?? r)
            .ToList());

    private static PageReference Reference(PageElement element, string attribute) =>
        new(element.Name, element.Attribute(attribute)!, LoadsResource(element));

    private static bool LoadsResource(PageElement element) => element.Name switch
    {
        "a" or "area" => false,
        "link" => (element.Attribute("rel") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(r => ResourceRels.Contains(r, StringComparer.OrdinalIgnoreCase)),
        _ => true,
    };
}
