using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Micrositio.Render.Press.Pdf;

/// <summary>The drawn document (not yet saved), its text in reading order and the images it still reads from.</summary>
internal sealed record PaintedPdf(PdfDocument Document, string Text, IReadOnlyList<XImage> Images) : IDisposable
{
    public void Dispose()
    {
        foreach (var image in Images)
        {
            image.Dispose();
        }

        Document.Dispose();
    }
}
