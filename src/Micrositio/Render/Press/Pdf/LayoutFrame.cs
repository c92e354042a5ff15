namespace Micrositio.Render.Press.Pdf;

/// <summary>Where blocks are set: left edge, width, paragraph style and the space between paragraphs.</summary>
internal sealed record LayoutFrame(double X, double Width, TextStyle Body, double ParagraphGap, int ListDepth = 0)
{
    public LayoutFrame Indented(double by) => this with { X = X + by, Width = Width - by };
}
