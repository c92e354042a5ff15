namespace Micrositio.Render.Press.Pdf;

/// <summary>The PDF file and all the text laid out in it, in reading order (for the personal-data scan).</summary>
public sealed record PdfOutput(byte[] Bytes, string Text);
