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

    [Fact]
    public void Every_reader_ends_in_success_or_in_content_errors_that_name_the_file()
    {
        using var disk = new DiskSite();
        var oracle = new FuzzOracle(new FuzzReaders(disk, Path.Combine(disk.Root, ".cache", "fuzz")), FuzzLimits.Default);
        FuzzReaders.WarmUp(oracle);
        var counts = new Dictionary<FuzzTarget, int>();
        var clock = Stopwatch.StartNew();
        FuzzGen.Cases(SeedCorpus.Instance).Sample(fuzzCase =>
        {
            counts[fuzzCase.Target] = counts.GetValueOrDefault(fuzzCase.Target) + 1;
            return oracle.Check(fuzzCase) is not { } violation || Fail(violation);
        }, iter: Cases, threads: 1, print: c => c.ToString(), writeLine: output.WriteLine);
        output.WriteLine($"{Cases} cases in {clock.Elapsed.TotalSeconds:0.0} s: " + string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Key} {c.Value}")));
    }

    [Fact]
    public void The_shipped_input_loads_validates_and_lints_without_errors_in_memory()
    {
        var errors = new Micrositio.Diagnostics.ErrorList();
        InMemoryInput.ValidateAndLint(InMemoryInput.Shipped, errors);
        Assert.Empty(errors.Sorted());
    }

    private static bool Fail(string violation) => throw new Xunit.Sdk.XunitException(violation);
}
