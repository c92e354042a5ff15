namespace Micrositio.Render.Press.Pdf;

/// <summary>A section heading; level 2 is «## » in Markdown (level 1 is the document title).</summary>
public sealed record PdfHeading(int Level, IReadOnlyList<PdfRun> Runs) : PdfBlock;
