using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Micrositio.Benchmarks.Support;

namespace Micrositio.Benchmarks;

/// <summary>
/// One short job, in process: a run stays well under a minute on 2 shared cores, since BenchmarkDotNet does
/// not generate and build a project per benchmark. Ten iterations instead of ShortRun's three, because the
/// machine is shared and three are too few to tell a change from noise. Allocations are always reported.
/// Reports go beside this project (ignored by git), not into the folder it is run from.
/// </summary>
public static class BenchConfig
{
    public static IConfig Create() => DefaultConfig.Instance
        .AddJob(Job.ShortRun.WithIterationCount(10).WithToolchain(InProcessEmitToolchain.Instance))
        .AddDiagnoser(MemoryDiagnoser.Default)
        .WithArtifactsPath(Path.Combine(Repository.Root, "bench", "Micrositio.Benchmarks", "BenchmarkDotNet.Artifacts"));
}
