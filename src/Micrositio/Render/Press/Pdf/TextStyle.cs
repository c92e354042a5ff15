namespace Micrositio.Render.Press.Pdf;

/// <summary>How a stretch of text is set: Lato face, size in points, line height and colour (0xRRGGBB).</summary>
internal sealed record TextStyle(double Size, bool Bold, bool Italic, uint Rgb, double Leading = 1.4)
{
    public double LineHeight => Size * Leading;

    public TextStyle With(bool bold, bool italic, uint rgb) =>
        this with { Bold = Bold || bold, Italic = Italic || italic, Rgb = rgb };
}
