using PdfSharp.Pdf;

namespace Micrositio.Render.Press.Pdf;

/// <summary>The drawn document (not yet saved) and its text in reading order.</summary>
internal sealed record PaintedPdf(PdfDocument Document, string Text) : IDisposable
{
    public void Dispose() => Document.Dispose();
}
