using BenchmarkDotNet.Attributes;
using Micrositio.Benchmarks.Support;
using Micrositio.Render.Press.Pdf;

namespace Micrositio.Benchmarks.Render.Press;

/// <summary>
/// One release PDF, as the Render stage prints each press release that is not in the PDF memory. The first
/// PDF of a process (fonts read, logos decoded) is printed in the setup, so what is measured is the cost of
/// every further one, which is what a site with hundreds of releases pays.
/// </summary>
public class PressPdfBenchmarks
{
    private PressPdfDocument _release = null!;

    [GlobalSetup]
    public void Setup()
    {
        _release = ShippedRelease.Document();
        PressPdf.Write(_release, ShippedRelease.Fonts);
    }

    [Benchmark]
    public PdfOutput Release() => PressPdf.Write(_release, ShippedRelease.Fonts);
}
