using System.Text;

namespace Micrositio.Render.Press.Pdf;

/// <summary>
/// Writes laid-out pages as PDF objects: one content stream per page, the fonts, logos and link annotations
/// they use, the page tree and the structure tree. Text, figures and links are marked content of their
/// structure elements; each marked-content sequence holds whole text objects (BT … ET), never part of one.
/// Decorations (rules, quote bars, link underlines) and the footer are artifacts, drawn at the end of the page.
/// </summary>
internal sealed class PdfPainter : IDisposable
{
    private readonly PdfObjectWriter pdf;
    private readonly LatoFonts fonts;
    private readonly StructureTree structure;
    private readonly int[] pageObjects;
    private readonly EmbeddedFont?[] embedded = new EmbeddedFont?[LatoFonts.Count];
    private readonly List<(LogoImage Image, int Number)> images = [];
    private readonly ContentStream content = new();
    private readonly List<int> annotations = [];
    private readonly StringBuilder text = new();

    /// <summary>The element whose marked content (and text object) is open on the page, if any.</summary>
    private StructureElement? open;

    private PdfPainter(PdfObjectWriter pdf, LatoFonts fonts, int pages)
    {
        this.pdf = pdf;
        this.fonts = fonts;
        structure = new StructureTree(pages);
        pageObjects = Enumerable.Range(0, pages).Select(_ => pdf.Allocate()).ToArray();
    }

    public static PaintedPdf Paint(PdfObjectWriter pdf, IReadOnlyList<LaidOutPage> pages, LatoFonts fonts)
    {
        using var painter = new PdfPainter(pdf, fonts, pages.Count);
        var (tree, resources, root) = (pdf.Allocate(), pdf.Allocate(), pdf.Allocate());
        for (var i = 0; i < pages.Count; i++)
        {
            painter.Page(i, pages[i], tree, resources);
        }

        painter.Resources(resources);
        pdf.Begin(tree).Raw("<</Type/Pages/Kids"u8).References(painter.pageObjects).Raw("/Count "u8).Integer(pages.Count).Raw(">>"u8);
        pdf.End();
        painter.structure.Write(pdf, root, painter.pageObjects);
        return new PaintedPdf(tree, root, painter.text.ToString());
    }

    public void Dispose() => content.Dispose();

    private void Page(int index, LaidOutPage laid, int tree, int resources)
    {
        content.Clear();
        annotations.Clear();
        var decorations = new List<LineOp>();
        var transparent = false;
        foreach (var op in laid.Ops)
        {
            switch (op)
            {
                case OpenTagOp tag:
                    structure.Open(tag.Tag.ToString());
                    break;
                case CloseTagOp:
                    structure.Close();
                    break;
                case TextOp line:
                    Text(index, line);
                    break;
                case FigureOp figure:
                    transparent |= Figure(index, figure);
                    break;
                case LineOp decoration:
                    decorations.Add(decoration);
                    break;
            }
        }

        EndMarked();
        Artifacts(decorations, laid.Footer);
        var contents = pdf.Allocate();
        pdf.BeginStream(contents);
        pdf.EndDeflatedStream(content.Written);

        var page = pdf.Begin(pageObjects[index]).Raw("<</Type/Page/Parent "u8).Reference(tree)
            .Raw("/MediaBox[0 0 "u8).Numbers(PressPdfTheme.PageWidth, PressPdfTheme.PageHeight).Raw("]/Resources "u8).Reference(resources)
            .Raw("/Contents "u8).Reference(contents).Raw("/StructParents "u8).Integer(index).Raw("/Tabs/S"u8);
        if (annotations.Count > 0)
        {
            page.Raw("/Annots"u8).References(annotations);
        }

        if (transparent)
        {
            // Soft-masked images blend in RGB, whatever the viewer's device.
            page.Raw("/Group<</Type/Group/S/Transparency/CS/DeviceRGB>>"u8);
        }

        page.Raw(">>"u8);
        pdf.End();
    }

    /// <summary>The page's lines (with the footer's rule) and its footer text, each set as one artifact.</summary>
    private void Artifacts(List<LineOp> decorations, IReadOnlyList<TextOp> footer)
    {
        decorations.Add(new LineOp(PressPdfTheme.ContentLeft, PressPdfTheme.FooterRuleY,
            PressPdfTheme.ContentLeft + PressPdfTheme.ContentWidth, PressPdfTheme.FooterRuleY, 0.5, PressPdfTheme.Hairline));
        content.BeginArtifact();
        foreach (var line in decorations)
        {
            content.Line(line.X1, Y(line.Y1), line.X2, Y(line.Y2), line.Thickness, line.Rgb);
        }

        content.EndMarked();
        content.BeginArtifact();
        content.BeginText();
        foreach (var line in footer)
        {
            foreach (var span in line.Spans)
            {
                Show(span, line.Baseline);
            }

            Remember(line);
        }

        content.EndText();
        content.EndMarked();
    }

    private void Text(int page, TextOp line)
    {
        foreach (var span in line.Spans)
        {
            if (span.LinkUrl is { } url && !string.IsNullOrWhiteSpace(span.Text))
            {
                EndMarked();
                var link = structure.Add("Link");
                var annotation = pdf.Allocate();
                annotations.Add(annotation);
                LinkAnnotation(annotation, structure.Annotate(link, page, annotation), span, line.Baseline, url);
                content.BeginMarked(link, structure.Mark(link, page));
                content.BeginText();
                Show(span, line.Baseline);
                content.EndText();
                content.EndMarked();
                continue;
            }

            if (open != structure.Current)
            {
                EndMarked();
                open = structure.Current;
                content.BeginMarked(open, structure.Mark(open, page));
                content.BeginText();
            }

            Show(span, line.Baseline);
        }

        Remember(line);
    }

    /// <returns>Whether the logo has transparency.</returns>
    private bool Figure(int page, FigureOp figure)
    {
        EndMarked();
        var bottom = Y(figure.Y + figure.Height);
        var element = structure.Add("Figure", figure.Logo.Alt, (figure.X, bottom, figure.X + figure.Width, Y(figure.Y)));
        var image = LogoImages.For(figure.Logo.Png);
        content.BeginMarked(element, structure.Mark(element, page));
        content.Image(ImageResource(image), figure.X, bottom, figure.Width, figure.Height);
        content.EndMarked();
        return image.Alpha is not null;
    }

    private void EndMarked()
    {
        if (open is not null)
        {
            content.EndText();
            content.EndMarked();
            open = null;
        }
    }

    private void Show(LineSpan span, double baseline)
    {
        var face = LatoFonts.Face(span.Style);
        var font = embedded[face] ??= new EmbeddedFont(fonts[face], face + 1, pdf.Allocate());
        content.Show(font, span.Style.Size, span.Style.Rgb, span.X, Y(baseline), span.Text);
    }

    /// <summary>A clickable box over the link's text, from its ascent to its descent.</summary>
    private void LinkAnnotation(int number, int structParent, LineSpan span, double baseline, string url)
    {
        var measurer = fonts.Measurer;
        pdf.Begin(number).Raw("<</Type/Annot/Subtype/Link/Rect["u8)
            .Numbers(span.X, Y(baseline + measurer.Descent(span.Style)), span.X + span.Width, Y(baseline - measurer.Ascent(span.Style)))
            .Raw("]/Border[0 0 0]/F 4/A<</S/URI/URI"u8).Text(AsciiUri(url)).Raw(">>/StructParent "u8).Integer(structParent)
            .Raw("/Contents"u8).Text(url).Raw(">>"u8);
        pdf.End();
    }

    private int ImageResource(LogoImage image)
    {
        var index = images.FindIndex(i => ReferenceEquals(i.Image, image));
        if (index < 0)
        {
            images.Add((image, pdf.Allocate()));
            index = images.Count - 1;
        }

        return index + 1;
    }

    /// <summary>The fonts and images of every page, in one dictionary that all pages share.</summary>
    private void Resources(int number)
    {
        foreach (var font in embedded.OfType<EmbeddedFont>())
        {
            font.Write(pdf);
        }

        foreach (var (image, imageNumber) in images)
        {
            image.Write(pdf, imageNumber);
        }

        var resources = pdf.Begin(number).Raw("<</Font<<"u8);
        foreach (var font in embedded.OfType<EmbeddedFont>())
        {
            resources.Raw("/F"u8).Integer(font.Resource).Byte((byte)' ').Reference(font.Number);
        }

        resources.Raw(">>/XObject<<"u8);
        for (var i = 0; i < images.Count; i++)
        {
            resources.Raw("/Im"u8).Integer(i + 1).Byte((byte)' ').Reference(images[i].Number);
        }

        resources.Raw(">>>>"u8);
        pdf.End();
    }

    private void Remember(TextOp line)
    {
        foreach (var span in line.Spans)
        {
            text.Append(span.Text);
        }

        text.Append('\n');
    }

    /// <summary>The layout measures down from the top of the page; PDF measures up from the bottom.</summary>
    private static double Y(double top) => PressPdfTheme.PageHeight - top;

    /// <summary>A PDF URI action must be 7-bit ASCII; non-ASCII characters are percent-encoded.</summary>
    private static string AsciiUri(string url)
    {
        var absolute = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsoluteUri : url;
        return string.Concat(absolute.EnumerateRunes().Select(r => r.IsAscii ? r.ToString() : Uri.EscapeDataString(r.ToString())));
    }
}
