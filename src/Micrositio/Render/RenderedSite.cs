using Micrositio.Assemble;
using Micrositio.Brand;
using Micrositio.Write;

namespace Micrositio.Render;

/// <summary>
/// What the Render stage made: the files of the public site other than its pages, the files made only to be checked
/// (the PDFs of releases under embargo), which must never be written; by output path, the lockups pages must carry;
/// the site map's <see cref="Jobs"/> and what renders them (<see cref="Pages"/>), a batch at a time; and how much
/// costly work it did (<see cref="Work"/>).
/// </summary>
public sealed record RenderedSite(
    IReadOnlyList<OutputFile> Published,
    IReadOnlyList<OutputFile> CheckedOnly,
    IReadOnlyDictionary<string, LockupRequirement> Lockups,
    IReadOnlyList<PageJob> Jobs,
    PageRenderer Pages)
{
    /// <summary>Logo PNGs rendered now (not taken from the cache), PDFs printed now and PDFs reused.</summary>
    public (int LogosRendered, int PdfsWritten, int PdfsReused, bool SearchIndexed) Work { get; init; }

    /// <summary>Every public file's path, the pages' included.</summary>
    public IReadOnlySet<string> PublishedPaths { get; } =
        Published.Select(f => f.Path).Concat(Jobs.Where(j => j.Published).Select(j => Urls.ToOutputPath(j.Url))).ToHashSet(StringComparer.Ordinal);
}
