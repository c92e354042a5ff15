namespace Micrositio.Write;

/// <summary>
/// Where a build's files go once they are checked: kept in memory (<see cref="KeptFiles"/>: tests, the preview,
/// <c>check</c>) or written into the staging folder at once (<see cref="StagingFolder"/>: <c>build</c>), so a site
/// of thousands of pages is never held in memory whole. Files come a batch at a time, from several stages.
/// </summary>
public interface IOutputSink
{
    void Add(IReadOnlyList<OutputFile> files);

    /// <summary>Every file added so far, by path: counts and sizes for the summary, and the files themselves where they are kept.</summary>
    IReadOnlyList<OutputFile> Files { get; }
}
