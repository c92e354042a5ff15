namespace Micrositio.Render.Press.Pdf;

/// <summary>Text drawn with one style at <see cref="X"/> (relative to the line, or absolute once placed).</summary>
internal sealed record LineSpan(double X, string Text, TextStyle Style, string? LinkUrl, double Width);
