namespace Micrositio.Render.Press.Pdf;

/// <summary>A header logo ready to be copied into any PDF: its 8-bit RGB samples and, when it has transparency, its alpha as a soft mask, both deflated.</summary>
internal sealed record LogoImage(int Width, int Height, byte[] Rgb, byte[]? Alpha)
{
    /// <summary>Writes the image XObject, and its soft mask if it has one.</summary>
    public void Write(PdfObjectWriter pdf, int number)
    {
        var mask = Alpha is null ? 0 : pdf.Allocate();
        var image = Dictionary(pdf, number).Raw("/ColorSpace/DeviceRGB"u8);
        if (mask > 0)
        {
            image.Raw("/SMask "u8).Reference(mask);
        }

        pdf.EndPrecompressedStream(Rgb);
        if (Alpha is { } alpha)
        {
            Dictionary(pdf, mask).Raw("/ColorSpace/DeviceGray"u8);
            pdf.EndPrecompressedStream(alpha);
        }
    }

    private PdfBytes Dictionary(PdfObjectWriter pdf, int number) =>
        pdf.BeginStream(number).Raw("/Type/XObject/Subtype/Image/Width "u8).Integer(Width).Raw("/Height "u8).Integer(Height)
            .Raw("/BitsPerComponent 8"u8);
}
