using Micrositio.Write;

namespace Micrositio.Render;

/// <summary>
/// What the Render stage made: the files of the public site, and the pages that were rendered only to be
/// checked (releases under embargo), which must never be written; and, by output path, the lockups pages
/// must carry, for the brand check; and how much costly work it did (<see cref="Work"/>).
/// </summary>
public sealed record RenderedSite(
    IReadOnlyList<OutputFile> Published,
    IReadOnlyList<OutputFile> CheckedOnly,
    IReadOnlyDictionary<string, Brand.LockupRequirement> Lockups)
{
    /// <summary>Logo PNGs rendered now (not taken from the cache), PDFs printed now and PDFs reused.</summary>
    public (int LogosRendered, int PdfsWritten, int PdfsReused) Work { get; init; }

    /// <summary>What rendered the pages, kept so that the preview can render an edited file's pages alone.</summary>
    public PageRenderer? Pages { get; init; }
}
