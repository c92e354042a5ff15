using System.Diagnostics;
using System.Globalization;
using Micrositio.Benchmarks.Support;
using Micrositio.Render.Press.Pdf;

namespace Micrositio.Benchmarks.Render.Press;

/// <summary>
/// The PDFs of a cold build, from a fresh process: as many distinct releases (the benchmark release with a
/// numbered title) as the 5,000-page benchmark site has, on as many threads as the Render stage uses (PLINQ,
/// one per core), through a <see cref="PdfMemory"/> with an empty cache folder as the build does, or with
/// "direct" straight through <see cref="PressPdf.Write"/>. Reports the process's CPU time per PDF, which
/// includes everything a build pays for them: reading the fonts, compiling and tiering up the code, the
/// garbage collector and, through the memory, fingerprints and cache files.
/// </summary>
public static class PressPdfBuild
{
    public static void Run(int pdfs, bool direct)
    {
        var release = ShippedRelease.Document();
        var cache = Directory.CreateTempSubdirectory("micrositio-bench-pdf-").FullName;
        try
        {
            using var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            var memory = new PdfMemory(cache);
            var bytes = Enumerable.Range(0, pdfs).AsParallel().AsOrdered()
                .Select(i => release with { Title = $"{release.Title} ({i})" })
                .Select(document => direct
                    ? PressPdf.Write(document, ShippedRelease.Fonts)
                    : memory.GetOrWrite(document, ShippedRelease.Fonts, d => PressPdf.Write(d, ShippedRelease.Fonts)))
                .Sum(output => output.Bytes.LongLength);
            wall.Stop();
            process.Refresh();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{pdfs} PDFs {(direct ? "direct" : "through PdfMemory")} on {Environment.ProcessorCount} threads: " +
                $"CPU {(process.TotalProcessorTime - cpu).TotalMilliseconds / pdfs:F3} ms/PDF, wall {wall.Elapsed.TotalSeconds:F2} s, " +
                $"{bytes / pdfs / 1024.0:F1} KB/PDF"));
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }
}
