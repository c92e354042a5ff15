namespace Micrositio.Render.Press.Pdf;

/// <summary>A decorative line (rule, quote bar, link underline), drawn as an artifact.</summary>
internal sealed record LineOp(double X1, double Y1, double X2, double Y2, double Thickness, uint Rgb) : PageOp;
