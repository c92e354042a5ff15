namespace Micrositio.Render.Press.Pdf;

/// <summary>A stretch of text with one style; <see cref="LinkUrl"/> must already be absolute.</summary>
public sealed record PdfRun(string Text, bool Bold = false, bool Italic = false, string? LinkUrl = null);
