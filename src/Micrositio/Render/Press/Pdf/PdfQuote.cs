namespace Micrositio.Render.Press.Pdf;

/// <summary>A block quotation, printed indented with a bar on its left.</summary>
public sealed record PdfQuote(IReadOnlyList<PdfBlock> Blocks) : PdfBlock;
