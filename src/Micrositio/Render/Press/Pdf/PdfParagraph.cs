namespace Micrositio.Render.Press.Pdf;

/// <summary>A paragraph; a "\n" inside a run is a hard line break.</summary>
public sealed record PdfParagraph(IReadOnlyList<PdfRun> Runs) : PdfBlock;
