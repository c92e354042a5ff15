using System.Globalization;
using BenchmarkDotNet.Running;
using Micrositio.Benchmarks.Render.Press;

namespace Micrositio.Benchmarks;

/// <summary>Runs the benchmarks chosen with <c>--filter</c>, <c>pdf-cpu [PDFs] [rounds]</c> or <c>pdf-build [PDFs] [direct]</c>; see bench/README.md.</summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["pdf-cpu", .. var rest])
        {
            PressPdfCpu.Run(Number(rest, 0, 500), Number(rest, 1, 5));
            return;
        }

        if (args is ["pdf-build", .. var build])
        {
            PressPdfBuild.Run(Number(build, 0, 1488), build.Contains("direct"));
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, BenchConfig.Create());
    }

    private static int Number(string[] args, int index, int fallback) =>
        args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;
}
