namespace Micrositio.Assemble;

/// <summary>
/// Links between content written as ids (<c>mesa:ciudad-juarez</c>) so that authors never type a URL
/// that may change. The prefix is the content type; the rest is the slug.
/// </summary>
public sealed class ContentIds(IReadOnlyDictionary<string, string> urlById, IReadOnlyDictionary<string, string> unpublishedReasonById,
    IReadOnlySet<string>? failedIds = null)
{
    /// <summary>An id of a file left out for its own errors: a link to it is a follow-on, not a mistake of the linking file.</summary>
    public bool HasFailed(string id) => failedIds?.Contains(id) == true;

    public static IReadOnlyList<string> Prefixes { get; } = ["mesa", "estado", "logro", "comunicado", "encuentro", "pagina"];

    public static bool LooksLikeId(string href)
    {
        var colon = href.IndexOf(':');
        return colon > 0 && Prefixes.Contains(href[..colon], StringComparer.Ordinal);
    }

    public string? Resolve(string id) => urlById.TryGetValue(id, out var url) ? url : null;

    /// <summary>Why an id that exists in input/ is not published (an embargo), or null.</summary>
    public string? WhyUnpublished(string id) => unpublishedReasonById.TryGetValue(id, out var why) ? why : null;

    public IEnumerable<string> IdsWithPrefix(string prefix) =>
        urlById.Keys.Where(k => k.StartsWith(prefix + ":", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
}
