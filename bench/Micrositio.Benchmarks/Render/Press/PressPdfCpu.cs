using System.Diagnostics;
using System.Globalization;
using Micrositio.Benchmarks.Support;
using Micrositio.Render.Press.Pdf;

namespace Micrositio.Benchmarks.Render.Press;

/// <summary>
/// CPU time per release PDF, which a shared machine disturbs far less than wall time: the process's user and
/// system time (the JIT and the garbage collector's threads included) over rounds of PDFs written one after
/// another on one thread. The process's first PDF (fonts read, logos decoded, code compiled) is reported on its
/// own; the next round's PDFs still run partly unoptimised code (tiered compilation), as a build's first
/// PDFs do; the median of the later rounds is the steady cost.
/// BenchmarkDotNet reports wall time only.
/// </summary>
public static class PressPdfCpu
{
    public static void Run(int pdfs, int rounds)
    {
        var release = ShippedRelease.Document();
        Report("first", Round(release, 1), 1);
        Report("next", Round(release, pdfs), pdfs);
        var results = Enumerable.Range(0, rounds).Select(_ => Round(release, pdfs)).ToList();
        foreach (var result in results)
        {
            Report("later", result, pdfs);
        }

        var median = results.Select(r => r.Cpu).Order().ElementAtOrDefault(results.Count / 2);
        var size = PressPdf.Write(release, ShippedRelease.Fonts).Bytes.Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"median CPU {median:F3} ms/PDF over {rounds} later rounds; file size {size} bytes"));
    }

    private static void Report(string round, (double Cpu, double Wall, long Allocated) result, int pdfs) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{round} {pdfs} PDFs: CPU {result.Cpu:F3} ms/PDF, wall {result.Wall:F3} ms/PDF, allocated {result.Allocated / 1024.0:F0} KB/PDF"));

    private static (double Cpu, double Wall, long Allocated) Round(PressPdfDocument release, int pdfs)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < pdfs; i++)
        {
            PressPdf.Write(release, ShippedRelease.Fonts);
        }

        wall.Stop();
        process.Refresh();
        return ((process.TotalProcessorTime - cpu).TotalMilliseconds / pdfs, wall.Elapsed.TotalMilliseconds / pdfs,
            (GC.GetAllocatedBytesForCurrentThread() - allocated) / pdfs);
    }
}
