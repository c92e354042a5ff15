namespace Micrositio.Render.Press.Pdf;

/// <summary>A header logo ready to be copied into any PDF: its 8-bit RGB samples and, when it has transparency, its alpha as a soft mask, both deflated.</summary>
internal sealed record LogoImage(int Width, int Height, byte[] Rgb, byte[]? Alpha);
