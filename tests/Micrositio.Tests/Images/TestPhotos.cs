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

    /// <summary>Four flat quadrants as stored: red top-left, green top-right, blue bottom-left, white bottom-right.</summary>
    public static Image Quadrants(int width, int height)
    {
        Image Block(int w, int h, double[] colour) => Image.Black(w, h, bands: 3).NewFromImage(colour);
        var (left, top) = (width / 2, height / 2);
        using var red = Block(left, top, [220, 30, 30]);
        using var green = Block(width - left, top, [30, 200, 30]);
        using var blue = Block(left, height - top, [30, 30, 220]);
        using var white = Block(width - left, height - top, [240, 240, 240]);
        using var upper = red.Join(green, Enums.Direction.Horizontal);
        using var lower = blue.Join(white, Enums.Direction.Horizontal);
        using var all = upper.Join(lower, Enums.Direction.Vertical);
        return all.Copy(interpretation: Enums.Interpretation.Srgb);
    }

    public static string ColourAt(Image image, double x, double y)
    {
        using var patch = image.Crop((int)(x * image.Width) - 10, (int)(y * image.Height) - 10, 20, 20);
        double Mean(int band)
        {
            using var channel = patch.ExtractBand(band);
            return channel.Avg();
        }

        return (Mean(0), Mean(1), Mean(2)) switch
        {
            ( > 200, > 200, > 200) => "white",
            ( > 150, < 100, < 100) => "red",
            ( < 100, > 150, < 100) => "green",
            ( < 100, < 100, > 150) => "blue",
            var (r, g, b) => $"({r:0},{g:0},{b:0})",
        };
    }
}
