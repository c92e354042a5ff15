namespace Micrositio.Render.Press.Pdf;

/// <summary>A logo of the brand header: PNG bytes, its printed height in points and its alternative text.</summary>
public sealed record PdfLogo(byte[] Png, double HeightPoints, string Alt);
