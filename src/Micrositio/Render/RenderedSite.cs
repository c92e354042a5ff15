using Micrositio.Write;

namespace Micrositio.Render;

/// <summary>
/// What the Render stage made: the files of the public site, and the pages that were rendered only to be
/// checked (releases under embargo), which must never be written; and, by output path, the lockups pages
/// must carry, for the brand check.
/// </summary>
public sealed record RenderedSite(
    IReadOnlyList<OutputFile> Published,
    IReadOnlyList<OutputFile> CheckedOnly,
    IReadOnlyDictionary<string, Brand.LockupRequirement> Lockups);
