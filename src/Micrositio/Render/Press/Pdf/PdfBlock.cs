namespace Micrositio.Render.Press.Pdf;

/// <summary>A block of a press PDF's body: <see cref="PdfHeading"/>, <see cref="PdfParagraph"/>,
/// <see cref="PdfList"/>, <see cref="PdfQuote"/> or <see cref="PdfRule"/>.</summary>
public abstract record PdfBlock;
