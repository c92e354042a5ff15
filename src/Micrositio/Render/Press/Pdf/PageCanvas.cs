using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using PdfSharp.Pdf.Structure;
using PdfSharp.UniversalAccessibility;

namespace Micrositio.Render.Press.Pdf;

/// <summary>Draws one page's text, figures and artifacts, keeping each marked content in a single drawing mode.</summary>
internal sealed class PageCanvas(XGraphics gfx, UAManager ua, TextMeasurer measurer)
{
    private readonly Dictionary<uint, XSolidBrush> brushes = [];

    private StructureBuilder Structure => ua.StructureBuilder;

    public void Text(TextOp line)
    {
        ua.BeginTextMode();
        foreach (var span in line.Spans)
        {
            var font = measurer.Fonts.For(span.Style);
            if (span.LinkUrl is { } url && !string.IsNullOrWhiteSpace(span.Text))
            {
                var ascent = measurer.Ascent(span.Style);
                var box = new XRect(span.X, line.Baseline - ascent, span.Width, ascent + measurer.Descent(span.Style));
                var link = PdfLinkAnnotation.CreateWebLink(new PdfRectangle(gfx.Transformer.WorldToDefaultPage(box)), AsciiUri(url));
                Structure.BeginElement(link, url);
                gfx.DrawString(span.Text, font, Brush(span.Style.Rgb), span.X, line.Baseline);
                Structure.End();
            }
            else
            {
                gfx.DrawString(span.Text, font, Brush(span.Style.Rgb), span.X, line.Baseline);
            }
        }
    }

    public PdfStructureElement Figure(FigureOp figure, XImage image)
    {
        Structure.EndMarkedContentsWithId();
        ua.BeginGraphicMode();
        var box = new XRect(figure.X, figure.Y, figure.Width, figure.Height);
        Structure.BeginIllustrationElement("Figure", figure.Logo.Alt, gfx.Transformer.WorldToDefaultPage(box));
        var element = Structure.CurrentStructureElement;
        gfx.DrawImage(image, box);
        Structure.End();
        return element;
    }

    public void Decorations(IReadOnlyList<LineOp> lines)
    {
        Structure.EndMarkedContentsWithId();
        ua.BeginGraphicMode();
        Structure.BeginArtifact();
        foreach (var line in lines)
        {
            var pen = new XPen(Color(line.Rgb), line.Thickness) { LineCap = XLineCap.Flat };
            gfx.DrawLine(pen, line.X1, line.Y1, line.X2, line.Y2);
        }

        Structure.End();
    }

    public void Footer(IReadOnlyList<TextOp> lines)
    {
        Structure.EndMarkedContentsWithId();
        ua.BeginTextMode();
        Structure.BeginArtifact();
        foreach (var line in lines)
        {
            foreach (var span in line.Spans)
            {
                gfx.DrawString(span.Text, measurer.Fonts.For(span.Style), Brush(span.Style.Rgb), span.X, line.Baseline);
            }
        }

        Structure.End();
    }

    private XSolidBrush Brush(uint rgb)
    {
        if (!brushes.TryGetValue(rgb, out var brush))
        {
            brush = new XSolidBrush(Color(rgb));
            brushes[rgb] = brush;
        }

        return brush;
    }

    private static XColor Color(uint rgb) => XColor.FromArgb((int)((rgb >> 16) & 0xFF), (int)((rgb >> 8) & 0xFF), (int)(rgb & 0xFF));

    /// <summary>A PDF URI action must be 7-bit ASCII; non-ASCII characters are percent-encoded.</summary>
    private static string AsciiUri(string url)
    {
        var absolute = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsoluteUri : url;
        return string.Concat(absolute.EnumerateRunes().Select(r => r.IsAscii ? r.ToString() : Uri.EscapeDataString(r.ToString())));
    }
}
