using Micrositio.Diagnostics;
using Micrositio.Write;

namespace Micrositio.Build;

/// <summary>What a build produced (in memory), every error it found, and the warnings that do not fail it.</summary>
public sealed record BuildResult(IReadOnlyList<OutputFile> Files, IReadOnlyList<BuildError> Errors, IReadOnlyList<BuildError> Warnings, BuildStatistics Statistics)
{
    public bool Succeeded => Errors.Count == 0;

    /// <summary>How long each stage (and some of their parts) took, in the order they ended.</summary>
    public IReadOnlyList<StepTime> Timings { get; init; } = [];

    /// <summary>After a build without errors: the preview's quick path for the next edit of content files.</summary>
    public QuickRebuild? Quick { get; init; }

    /// <summary>The cache entries this build's files are read from: after it, the caches keep only these (<see cref="BuildCaches"/>).</summary>
    public IReadOnlySet<string> CacheEntries { get; init; } = new HashSet<string>();

    public OutputFile? Find(string path) => Files.FirstOrDefault(f => f.Path == path);
}

/// <summary>Counts for the summary table.</summary>
public sealed record BuildStatistics(
    int Pages, int Mesas, int States, int Achievements, int PressReleases, int Embargoed, int Meetings, int Files, long Bytes,
    int PhotosProcessed, int PhotosReused)
{
    public static BuildStatistics Empty { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>Logo PNGs rendered by this build (the others came from the cache).</summary>
    public int LogosRendered { get; init; }

    /// <summary>PDFs laid out and printed by this build, and PDFs taken from the PDF cache or memory.</summary>
    public int PdfsWritten { get; init; }

    public int PdfsReused { get; init; }

    /// <summary>Whether this build indexed the site for search (false: the index came from the cache).</summary>
    public bool SearchIndexed { get; init; }

    /// <summary>Files read and checked by the PostProcess stage, and files known to pass from an earlier build.</summary>
    public int FilesChecked { get; init; }

    public int FilesKnown { get; init; }
}
