using NetVips;

namespace Micrositio.Tests.Render.Press.Pdf;

/// <summary>Writes small solid-colour RGBA PNGs with libvips, stand-ins for logo files.</summary>
public static class TestPng
{
    public static byte[] Solid(int width, int height, uint rgb, byte alpha = 255)
    {
        double[] pixel = [(rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, alpha];
        using var image = Image.Black(width, height, bands: 4).NewFromImage(pixel).Cast(Enums.BandFormat.Uchar)
            .Copy(interpretation: Enums.Interpretation.Srgb);
        return image.PngsaveBuffer();
    }
}
