namespace Micrositio.Render.Press.Pdf;

/// <summary>
/// Lays a press document out on Letter pages: the brand header, kicker, title and lead, the body, then the
/// closing blocks below a rule. It only measures; <see cref="PdfPainter"/> draws. Before a block starts near
/// the bottom of a page it checks <see cref="Need"/>, so a heading is never left alone at the bottom, a
/// paragraph never leaves a single line behind or alone on the next page, and a list label always sits
/// beside its first line.
/// </summary>
internal sealed class PressLayout
{
    private const double HeadingAfter = 4;
    private const double ItemGap = 3;
    private const double RuleGap = 10;
    private const double ClosingGap = 18;

    private readonly TextMeasurer measurer;
    private readonly PageCursor cursor = new();
    private readonly Dictionary<(IReadOnlyList<PdfRun> Runs, TextStyle Style, double Width), IReadOnlyList<LaidLine>> lines = [];

    private PressLayout(TextMeasurer measurer) => this.measurer = measurer;

    public static IReadOnlyList<IReadOnlyList<PageOp>> Lay(PressPdfDocument document, TextMeasurer measurer)
    {
        var layout = new PressLayout(measurer);
        layout.Document(document);
        return layout.cursor.Finish();
    }

    private void Document(PressPdfDocument document)
    {
        var page = new LayoutFrame(PressPdfTheme.ContentLeft, PressPdfTheme.ContentWidth, PressPdfTheme.Body, 7);
        Logos(document.HeaderLogos);

        if (!string.IsNullOrWhiteSpace(document.Kicker))
        {
            Single(document.Kicker, PressPdfTheme.Kicker, StructureTag.P, page, after: 4);
        }

        Single(document.Title, PressPdfTheme.Title, StructureTag.H1, page, after: 8);

        if (!string.IsNullOrWhiteSpace(document.Lead))
        {
            Single(document.Lead, PressPdfTheme.Lead, StructureTag.P, page, after: 16);
        }

        Blocks(WithDateline(document.Body, document.Dateline), page);
        Closing(document.Closing);
    }

    private void Single(string text, TextStyle style, StructureTag tag, LayoutFrame frame, double after)
    {
        IReadOnlyList<PdfRun> runs = [new PdfRun(text)];
        var need = new BlockNeed(0, Lines(runs, style, frame.Width).Count * style.LineHeight, style);
        Text(runs, style, tag, frame, need, after);
    }

    /// <summary>The brand header: the logos side by side, half the tallest one's height apart, scaled down together if they do not fit.</summary>
    private void Logos(IReadOnlyList<PdfLogo> logos)
    {
        if (logos.Count == 0)
        {
            return;
        }

        var sizes = logos.Select(Size).ToList();
        var tallest = sizes.Max(s => s.Height);
        var clearSpace = tallest / 2;
        var total = sizes.Sum(s => s.Width) + clearSpace * (logos.Count - 1);
        var scale = Math.Min(1, PressPdfTheme.ContentWidth / total);
        var x = PressPdfTheme.ContentLeft;
        for (var i = 0; i < logos.Count; i++)
        {
            var (width, height) = (sizes[i].Width * scale, sizes[i].Height * scale);
            cursor.Emit(new FigureOp(logos[i], x, cursor.Y + (tallest * scale - height) / 2, width, height));
            x += width + clearSpace * scale;
        }

        cursor.Advance(tallest * scale);
        cursor.GapAfter(Math.Max(14, clearSpace * scale));
    }

    private static (double Width, double Height) Size(PdfLogo logo)
    {
        if (string.IsNullOrWhiteSpace(logo.Alt))
        {
            throw new ArgumentException("PDF: cada logo del encabezado necesita texto alternativo.", nameof(logo));
        }

        if (!double.IsFinite(logo.HeightPoints) || logo.HeightPoints <= 0)
        {
            throw new ArgumentException($"PDF: el logo «{logo.Alt}» tiene una altura no válida.", nameof(logo));
        }

        var (width, height) = PngSize.Read(logo.Png);
        return (logo.HeightPoints * width / height, logo.HeightPoints);
    }

    private static IReadOnlyList<PdfBlock> WithDateline(IReadOnlyList<PdfBlock> body, string? dateline)
    {
        if (string.IsNullOrWhiteSpace(dateline))
        {
            return body;
        }

        var run = new PdfRun(dateline.Trim(), Bold: true);
        return body.Count > 0 && body[0] is PdfParagraph first
            ? [first with { Runs = [run, new PdfRun(" "), .. first.Runs] }, .. body.Skip(1)]
            : [new PdfParagraph([run]), .. body];
    }

    private void Closing(IReadOnlyList<PdfBlock> closing)
    {
        if (closing.Count == 0)
        {
            return;
        }

        var frame = new LayoutFrame(PressPdfTheme.ContentLeft, PressPdfTheme.ContentWidth, PressPdfTheme.Closing, 6);
        var first = Need(closing[0], closing.ElementAtOrDefault(1), frame);
        cursor.EnsureRoom(new BlockNeed(ClosingGap, 1 + Math.Max(RuleGap, first.Gap) + first.Height, frame.Body));
        Rule(frame, ClosingGap);
        cursor.Emit(new OpenTagOp(StructureTag.Sect));
        Blocks(closing, frame);
        cursor.Emit(new CloseTagOp());
    }

    private void Blocks(IReadOnlyList<PdfBlock> blocks, LayoutFrame frame)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            Block(blocks[i], blocks.ElementAtOrDefault(i + 1), frame);
        }
    }

    private void Block(PdfBlock block, PdfBlock? next, LayoutFrame frame)
    {
        switch (block)
        {
            case PdfParagraph paragraph:
                Text(paragraph.Runs, frame.Body, StructureTag.P, frame, Need(block, next, frame), frame.ParagraphGap);
                break;
            case PdfHeading heading:
                Text(heading.Runs, PressPdfTheme.Heading(heading.Level, frame.Body), HeadingTag(heading.Level), frame, Need(block, next, frame), HeadingAfter);
                break;
            case PdfList list:
                List(list, frame);
                break;
            case PdfQuote quote:
                Quote(quote, frame, Need(block, next, frame));
                break;
            case PdfRule:
                Rule(frame, RuleGap);
                break;
            default:
                throw new ArgumentException($"PDF: bloque desconocido {block.GetType().Name}.", nameof(block));
        }
    }

    private BlockNeed Need(PdfBlock block, PdfBlock? next, LayoutFrame frame)
    {
        switch (block)
        {
            case PdfParagraph paragraph:
                // Up to three lines stay together; longer paragraphs may split after two (see Text: no widows).
                var count = Lines(paragraph.Runs, frame.Body, frame.Width).Count;
                return new BlockNeed(0, (count <= 3 ? count : 2) * frame.Body.LineHeight, frame.Body);
            case PdfHeading heading:
                var style = PressPdfTheme.Heading(heading.Level, frame.Body);
                var height = Lines(heading.Runs, style, frame.Width).Count * style.LineHeight;
                if (next is not null)
                {
                    var following = Need(next, null, frame);
                    height += Math.Max(HeadingAfter, following.Gap) + following.Height;
                }

                return new BlockNeed(PressPdfTheme.HeadingGap(heading.Level), height, style);
            case PdfList list:
                return list.Items.Count == 0 ? new BlockNeed(0, 0, frame.Body) : ItemNeed(list.Items[0], ItemFrame(list, frame));
            case PdfQuote quote:
                return quote.Blocks.Count == 0
                    ? new BlockNeed(0, 0, frame.Body)
                    : Need(quote.Blocks[0], quote.Blocks.ElementAtOrDefault(1), QuoteFrame(frame));
            default:
                return new BlockNeed(RuleGap, 1, frame.Body);
        }
    }

    private BlockNeed ItemNeed(IReadOnlyList<PdfBlock> item, LayoutFrame frame) =>
        item.Count == 0 ? new BlockNeed(0, frame.Body.LineHeight, frame.Body) : Need(item[0], item.ElementAtOrDefault(1), frame);

    private void Text(IReadOnlyList<PdfRun> runs, TextStyle style, StructureTag tag, LayoutFrame frame, BlockNeed need, double after)
    {
        var laid = Lines(runs, style, frame.Width);
        if (laid.Count == 0)
        {
            return;
        }

        cursor.EnsureRoom(need);
        cursor.TakeGap(need.Gap);
        cursor.Emit(new OpenTagOp(tag));
        var onPage = 0;
        for (var i = 0; i < laid.Count; i++)
        {
            // Keep at least two lines together at the end of a page break (no widow).
            var widow = onPage >= 2 && i == laid.Count - 2 && !cursor.Fits(2 * style.LineHeight);
            if (widow || !cursor.Fits(style.LineHeight))
            {
                cursor.NewPage();
                onPage = 0;
            }

            Place(laid[i], frame.X, style);
            onPage++;
        }

        cursor.Emit(new CloseTagOp());
        cursor.GapAfter(after);
    }

    private void Place(LaidLine line, double x, TextStyle style)
    {
        var baseline = cursor.Y + measurer.BaselineOffset(style);
        var placed = line.MovedBy(x);
        cursor.Emit(new TextOp(baseline, placed.Spans));

        // Links are underlined as well as coloured, so they do not rely on colour alone (WCAG 1.4.1).
        foreach (var span in placed.Spans.Where(s => s.LinkUrl is not null && !string.IsNullOrWhiteSpace(s.Text)))
        {
            var y = baseline + span.Style.Size * 0.12;
            cursor.Emit(new LineOp(span.X, y, span.X + span.Width, y, span.Style.Size * 0.06, PressPdfTheme.Brand));
        }

        cursor.Advance(style.LineHeight);
    }

    private void List(PdfList list, LayoutFrame frame)
    {
        if (list.Items.Count == 0)
        {
            return;
        }

        var itemFrame = ItemFrame(list, frame);
        cursor.Emit(new OpenTagOp(StructureTag.L));
        for (var i = 0; i < list.Items.Count; i++)
        {
            var item = list.Items[i];
            var need = ItemNeed(item, itemFrame);
            cursor.EnsureRoom(need);
            var baseline = cursor.Y + cursor.PeekGap(need.Gap) + measurer.BaselineOffset(need.FirstLine);
            var label = Label(list, i, frame);
            cursor.Emit(new OpenTagOp(StructureTag.LI));
            cursor.Emit(new OpenTagOp(StructureTag.Lbl));
            cursor.Emit(new TextOp(baseline, [new LineSpan(frame.X, label, frame.Body, null, measurer.Width(label, frame.Body))]));
            cursor.Emit(new CloseTagOp());
            cursor.Emit(new OpenTagOp(StructureTag.LBody));
            if (item.Count == 0)
            {
                cursor.TakeGap(0);
                cursor.Advance(frame.Body.LineHeight);
            }
            else
            {
                Blocks(item, itemFrame);
            }

            cursor.Emit(new CloseTagOp());
            cursor.Emit(new CloseTagOp());
            cursor.GapAfter(ItemGap);
        }

        cursor.Emit(new CloseTagOp());
        cursor.GapAfter(frame.ParagraphGap);
    }

    private static string Label(PdfList list, int index, LayoutFrame frame) =>
        list.Ordered ? $"{list.Start + index}." : frame.ListDepth % 2 == 0 ? "•" : "–";

    private LayoutFrame ItemFrame(PdfList list, LayoutFrame frame)
    {
        var indent = list.Ordered
            ? Enumerable.Range(0, list.Items.Count).Max(i => measurer.Width(Label(list, i, frame), frame.Body)) + PressPdfTheme.LabelGap
            : PressPdfTheme.BulletIndent;
        return frame.Indented(indent) with { ParagraphGap = ItemGap, ListDepth = frame.ListDepth + 1 };
    }

    private void Quote(PdfQuote quote, LayoutFrame frame, BlockNeed need)
    {
        if (quote.Blocks.Count == 0)
        {
            return;
        }

        cursor.EnsureRoom(need);
        cursor.Emit(new OpenTagOp(StructureTag.BlockQuote));
        cursor.OpenQuote(frame.X + PressPdfTheme.QuoteBarOffset);
        Blocks(quote.Blocks, QuoteFrame(frame));
        cursor.CloseQuote();
        cursor.Emit(new CloseTagOp());
        cursor.GapAfter(frame.ParagraphGap);
    }

    private static LayoutFrame QuoteFrame(LayoutFrame frame) =>
        frame.Indented(PressPdfTheme.QuoteIndent) with { Body = frame.Body with { Rgb = PressPdfTheme.Muted } };

    private void Rule(LayoutFrame frame, double gap)
    {
        cursor.EnsureRoom(new BlockNeed(gap, 1, frame.Body));
        cursor.TakeGap(gap);
        var y = cursor.Y + 0.5;
        cursor.Emit(new LineOp(frame.X, y, frame.X + frame.Width, y, 0.75, PressPdfTheme.Hairline));
        cursor.Advance(1);
        cursor.GapAfter(RuleGap);
    }

    private static StructureTag HeadingTag(int level) => level switch
    {
        <= 1 => StructureTag.H1,
        2 => StructureTag.H2,
        3 => StructureTag.H3,
        4 => StructureTag.H4,
        5 => StructureTag.H5,
        _ => StructureTag.H6,
    };

    private IReadOnlyList<LaidLine> Lines(IReadOnlyList<PdfRun> runs, TextStyle style, double width)
    {
        var key = (runs, style, width);
        if (!lines.TryGetValue(key, out var laid))
        {
            laid = LineBreaker.Break(StyledText.From(runs, style), width, measurer);
            lines[key] = laid;
        }

        return laid;
    }
}
