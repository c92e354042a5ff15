using Micrositio.Diagnostics;
using Micrositio.Write;

namespace Micrositio.Build;

/// <summary>What a build produced (in memory), every error it found, and the warnings that do not fail it.</summary>
public sealed record BuildResult(IReadOnlyList<OutputFile> Files, IReadOnlyList<BuildError> Errors, IReadOnlyList<BuildError> Warnings, BuildStatistics Statistics)
{
    public bool Succeeded => Errors.Count == 0;

    /// <summary>How long each stage (and some of their parts) took, in the order they ended.</summary>
    public IReadOnlyList<StepTime> Timings { get; init; } = [];

    public OutputFile? Find(string path) => Files.FirstOrDefault(f => f.Path == path);
}

/// <summary>Counts for the summary table.</summary>
public sealed record BuildStatistics(
    int Pages, int Mesas, int States, int Achievements, int PressReleases, int Embargoed, int Meetings, int Files, long Bytes,
    int PhotosProcessed, int PhotosReused)
{
    public static BuildStatistics Empty { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}
