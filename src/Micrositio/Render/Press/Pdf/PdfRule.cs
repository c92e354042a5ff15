namespace Micrositio.Render.Press.Pdf;

/// <summary>A thematic break, printed as a thin horizontal line.</summary>
public sealed record PdfRule : PdfBlock;
