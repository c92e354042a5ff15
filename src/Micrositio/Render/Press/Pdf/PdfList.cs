namespace Micrositio.Render.Press.Pdf;

/// <summary>A bulleted or numbered list; each item holds its own blocks, so lists nest.</summary>
public sealed record PdfList(bool Ordered, IReadOnlyList<IReadOnlyList<PdfBlock>> Items, int Start = 1) : PdfBlock;
