using System.Text;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.Structure;
using PdfSharp.UniversalAccessibility;

namespace Micrositio.Render.Press.Pdf;

/// <summary>
/// Draws laid-out pages with PDFsharp and tags them with its Universal Accessibility structure builder.
/// PDFsharp switches between text and graphics mode on its own, and a marked-content sequence must not
/// straddle a text object's BT/ET; so every marked content holds only text or only graphics, the mode is
/// set before it opens, and all decorations of a page are drawn together as one artifact at its end.
/// </summary>
internal static class PdfPainter
{
    public static PaintedPdf Paint(IReadOnlyList<LaidOutPage> pages, TextMeasurer measurer)
    {
        // Deflating the fonts and pages took a third of a release PDF at the default level; the fastest one
        // takes about a third of that, for files about a fifth larger (61 → 73 KB for a 600-word release).
        var pdf = new PdfDocument();
        pdf.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;
        var ua = UAManager.ForDocument(pdf);
        var text = new StringBuilder();
        var figures = new List<PdfStructureElement>();
        foreach (var laid in pages)
        {
            var page = pdf.AddPage();
            page.Size = PageSize.Letter;
            using var gfx = XGraphics.FromPdfPage(page);
            var canvas = new PageCanvas(gfx, ua, measurer);

            // Realizes the page's initial graphics state now, so PDFsharp does not emit its q/BT later inside a tag.
            var state = gfx.Save();
            var decorations = new List<LineOp>();
            foreach (var op in laid.Ops)
            {
                switch (op)
                {
                    case OpenTagOp open when open.IsGrouping:
                        ua.StructureBuilder.BeginGroupingElement(open.Tag.ToString());
                        break;
                    case OpenTagOp open:
                        ua.StructureBuilder.BeginBlockLevelElement(open.Tag.ToString());
                        break;
                    case CloseTagOp:
                        ua.StructureBuilder.End();
                        break;
                    case TextOp line:
                        canvas.Text(line);
                        text.Append(line.Text).Append('\n');
                        break;
                    case FigureOp figure:
                        figures.Add(canvas.Figure(figure, LogoImages.For(figure.Logo)));
                        break;
                    case LineOp decoration:
                        decorations.Add(decoration);
                        break;
                }
            }

            decorations.Add(new LineOp(PressPdfTheme.ContentLeft, PressPdfTheme.FooterRuleY,
                PressPdfTheme.ContentLeft + PressPdfTheme.ContentWidth, PressPdfTheme.FooterRuleY, 0.5, PressPdfTheme.Hairline));
            canvas.Decorations(decorations);
            canvas.Footer(laid.Footer);
            foreach (var line in laid.Footer)
            {
                text.Append(line.Text).Append('\n');
            }

            gfx.Restore(state);
        }

        HoistFigures(ua, figures);
        return new PaintedPdf(pdf, text.ToString());
    }

    /// <summary>The header logos come first in reading order, as they do on the page (see <see cref="PressLayout"/>).</summary>
    private static void HoistFigures(UAManager ua, List<PdfStructureElement> figures)
    {
        if (figures.Count == 0)
        {
            return;
        }

        var kids = ua.StructureTreeElementDocument.Elements.GetArray("/K")
            ?? throw new InvalidOperationException("PDF: el árbol de estructura no tiene elementos.");
        var moved = kids.Elements
            .Where(item => figures.Any(f => ReferenceEquals(Resolve(item), f)))
            .ToList();
        foreach (var item in moved)
        {
            kids.Elements.Remove(item);
        }

        for (var i = 0; i < moved.Count; i++)
        {
            kids.Elements.Insert(i, moved[i]);
        }
    }

    private static PdfItem Resolve(PdfItem item) => item is PdfReference reference ? reference.Value : item;
}
