namespace Micrositio.Render.Press.Pdf;

/// <summary>
/// One page's content stream (ISO 32000-1, 8 and 9): marked content, text objects, lines and images, in
/// page coordinates (y up). Fonts, colours and line widths are written only when they change. Callers keep
/// every marked-content sequence around whole text objects, never across a BT/ET.
/// </summary>
internal sealed class ContentStream : IDisposable
{
    private readonly PdfBytes content = new(16 * 1024);
    private (int Font, double Size) font;
    private uint? fill;
    private uint? stroke;
    private double? lineWidth;
    private double lineX;
    private double lineY;

    public ReadOnlySpan<byte> Written => content.Written;

    /// <summary>Starts the next page: an empty stream in the initial graphics state.</summary>
    public void Clear()
    {
        content.Clear();
        font = (-1, 0);
        fill = null;
        stroke = null;
        lineWidth = null;
    }

    public void Dispose() => content.Dispose();

    public void BeginMarked(StructureElement element, int mcid) =>
        content.Name(element.Type).Raw("<</MCID "u8).Integer(mcid).Raw(">>BDC\n"u8);

    public void BeginArtifact() => content.Raw("/Artifact BMC\n"u8);

    public void EndMarked() => content.Raw("EMC\n"u8);

    public void BeginText()
    {
        content.Raw("BT\n"u8);
        (lineX, lineY) = (0, 0);
    }

    public void EndText() => content.Raw("ET\n"u8);

    /// <summary>Shows a text from a baseline's start point in a font, its size and a fill colour.</summary>
    public void Show(EmbeddedFont embedded, double size, uint rgb, double x, double y, string text)
    {
        if (font != (embedded.Resource, size))
        {
            font = (embedded.Resource, size);
            content.Raw("/F"u8).Integer(embedded.Resource).Byte((byte)' ').Number(size).Raw(" Tf\n"u8);
        }

        if (fill != rgb)
        {
            fill = rgb;
            Colour(rgb).Raw("rg\n"u8);
        }

        // Td moves from the start of the previous line, which BT resets to the origin.
        content.Numbers(x - lineX, y - lineY).Raw(" Td\n"u8);
        (lineX, lineY) = (x, y);
        embedded.Show(text, content);
        content.Raw("Tj\n"u8);
    }

    public void Line(double x1, double y1, double x2, double y2, double width, uint rgb)
    {
        if (lineWidth != width)
        {
            lineWidth = width;
            content.Number(width).Raw(" w\n"u8);
        }

        if (stroke != rgb)
        {
            stroke = rgb;
            Colour(rgb).Raw("RG\n"u8);
        }

        content.Numbers(x1, y1).Raw(" m "u8).Numbers(x2, y2).Raw(" l S\n"u8);
    }

    /// <summary>Draws an image XObject into a box whose lower left corner is (x, y).</summary>
    public void Image(int resource, double x, double y, double width, double height) =>
        content.Raw("q "u8).Numbers(width, 0, 0, height, x, y).Raw(" cm /Im"u8).Integer(resource).Raw(" Do Q\n"u8);

    /// <summary>"r g b " with components from 0 to 1; three decimals tell apart every one of 256 levels.</summary>
    private PdfBytes Colour(uint rgb)
    {
        Component(rgb >> 16);
        Component(rgb >> 8);
        Component(rgb);
        return content;
    }

    private void Component(uint value) => content.Number(Math.Round((value & 0xFF) / 255.0, 3)).Byte((byte)' ');
}
