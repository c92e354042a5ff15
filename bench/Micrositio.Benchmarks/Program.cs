using BenchmarkDotNet.Running;

namespace Micrositio.Benchmarks;

/// <summary>Runs the benchmarks chosen with <c>--filter</c>; see bench/README.md.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, BenchConfig.Create());
}
