using NetVips;

namespace Micrositio.Tests.Images;

/// <summary>Small deterministic photos made in the test, so each test's site stays inline.</summary>
internal static class TestPhotos
{
    /// <summary>A JPEG of the given size: a horizontal gradient, so resizing and covering are visible.</summary>
    public static byte[] Jpeg(int width = 2000, int height = 1200, int seed = 0)
    {
        using var x = Image.Xyz(width, height).ExtractBand(0);
        using var red = x * (200.0 / width) + 30 + seed;
        using var green = Image.Black(width, height) + 120;
        using var blue = Image.Black(width, height) + (90 + seed);
        using var rgb = red.Bandjoin(green, blue).Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
        return rgb.JpegsaveBuffer(q: 90);
    }
}
