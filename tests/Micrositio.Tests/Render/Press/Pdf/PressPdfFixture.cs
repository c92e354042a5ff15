using Micrositio.Render.Press.Pdf;

namespace Micrositio.Tests.Render.Press.Pdf;

/// <summary>Writes the sample release once for all the tests that read it.</summary>
public sealed class PressPdfFixture
{
    public PressPdfFixture()
    {
        Document = PressPdfSamples.Release();
        Output = PressPdf.Write(Document, PressPdfSamples.Fonts);
    }

    public PressPdfDocument Document { get; }

    public PdfOutput Output { get; }
}
