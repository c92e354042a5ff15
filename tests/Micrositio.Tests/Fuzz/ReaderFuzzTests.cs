using System.Diagnostics;
using CsCheck;
using Micrositio.Tests.Fuzz.Harness;
using Xunit.Abstractions;

namespace Micrositio.Tests.Fuzz;

/// <summary>
/// Property-based fuzzing of every reader (issue 22), bounded for the normal suite: cases made by damaging the shipped
/// files of input/ and netlify.toml end in success or in content errors naming the file, in time, without an exception
/// escaping. The long run (any number of cases, a crash kept apart in a child process) is bench/fuzz.
/// </summary>
public sealed class ReaderFuzzTests(ITestOutputHelper output)
{
    // 2,000 cases, or MICROSITIO_FUZZ_CASOS (a quick look while editing a reader).
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("MICROSITIO_FUZZ_CASOS"), out var cases) ? cases : 2000;

    // A fixed seed, so the suite (and CI) judges the same cases every run; new cases are the long run's job
    // (bench/fuzz --semilla). MICROSITIO_FUZZ_SEMILLA picks another seed.
    private static readonly uint Seed = uint.TryParse(Environment.GetEnvironmentVariable("MICROSITIO_FUZZ_SEMILLA"), out var seed) ? seed : 2026;

    [Fact]
    public void Every_reader_ends_in_success_or_in_content_errors_that_name_the_file()
    {
        using var disk = new DiskSite();
        var oracle = new FuzzOracle(new FuzzReaders(disk, Path.Combine(disk.Root, ".cache", "fuzz")), FuzzLimits.Default);
        FuzzReaders.WarmUp(oracle);
        var counts = new Dictionary<FuzzTarget, int>();
        var clock = Stopwatch.StartNew();
        var generator = FuzzGen.Cases(SeedCorpus.Instance);
        var failures = new List<string>();
        for (var index = 0; index < Cases; index++)
        {
            // The same case as «bench/fuzz --semilla {Seed} --desde {index}» makes.
            var fuzzCase = generator.Generate(new PCG(Seed, (ulong)index), null, out _);
            counts[fuzzCase.Target] = counts.GetValueOrDefault(fuzzCase.Target) + 1;
            if (oracle.Check(fuzzCase) is { } violation)
            {
                failures.Add($"case {index} (seed {Seed}): {fuzzCase}\n---- {violation}");
            }
        }

        output.WriteLine($"{Cases} cases in {clock.Elapsed.TotalSeconds:0.0} s: " + string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Key} {c.Value}")));
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Fact]
    public void The_shipped_input_loads_validates_and_lints_without_errors_in_memory()
    {
        var errors = new Micrositio.Diagnostics.ErrorList();
        InMemoryInput.ValidateAndLint(InMemoryInput.Shipped, errors);
        Assert.Empty(errors.Sorted());
    }

}
