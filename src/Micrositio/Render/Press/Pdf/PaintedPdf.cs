namespace Micrositio.Render.Press.Pdf;

/// <summary>What <see cref="PdfPainter"/> wrote that the catalog refers to, and the document's text in reading order.</summary>
/// <param name="Pages">The page tree's object number.</param>
/// <param name="Structure">The structure tree root's object number.</param>
internal sealed record PaintedPdf(int Pages, int Structure, string Text);
