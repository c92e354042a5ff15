namespace Micrositio.Render.Press.Pdf;

/// <summary>A header logo, tagged as a Figure with its alternative text.</summary>
internal sealed record FigureOp(PdfLogo Logo, double X, double Y, double Width, double Height) : PageOp;
