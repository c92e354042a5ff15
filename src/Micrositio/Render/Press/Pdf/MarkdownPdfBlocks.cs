using System.Globalization;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace Micrositio.Render.Press.Pdf;

/// <summary>
/// Converts a parsed Markdown body (the site's pipeline) into PDF blocks. Tables become one paragraph per
/// row ("cell · cell"), footnotes a numbered "Notas" list at the end; raw HTML, images and link reference
/// definitions print nothing.
/// </summary>
public static class MarkdownPdfBlocks
{
    private const string NotesHeading = "Notas";
    private const string CellSeparator = " · ";

    /// <param name="document">The parsed body.</param>
    /// <param name="absoluteUrl">Makes a site URL absolute ("/mesas/x/" → "https://…/mesas/x/"); URLs with a scheme are kept.</param>
    public static IReadOnlyList<PdfBlock> From(MarkdownDocument document, Func<string, string> absoluteUrl)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(absoluteUrl);
        var runs = new MarkdownPdfRuns(absoluteUrl);
        var blocks = Blocks(document, runs);

        var footnotes = document.Descendants<FootnoteGroup>()
            .SelectMany(group => group.OfType<Footnote>())
            .OrderBy(footnote => footnote.Order)
            .ToList();
        if (footnotes.Count > 0)
        {
            blocks.Add(new PdfHeading(2, [new PdfRun(NotesHeading)]));
            blocks.Add(new PdfList(true, footnotes.Select(f => (IReadOnlyList<PdfBlock>)Blocks(f, runs)).ToList(), footnotes[0].Order));
        }

        return blocks;
    }

    private static List<PdfBlock> Blocks(ContainerBlock container, MarkdownPdfRuns runs)
    {
        var blocks = new List<PdfBlock>();
        foreach (var block in container)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    AddIfText(blocks, runs.From(heading.Inline), r => new PdfHeading(heading.Level, r));
                    break;
                case ParagraphBlock paragraph:
                    AddIfText(blocks, runs.From(paragraph.Inline), r => new PdfParagraph(r));
                    break;
                case ListBlock list:
                    var items = list.OfType<ListItemBlock>().Select(item => (IReadOnlyList<PdfBlock>)Blocks(item, runs)).ToList();
                    blocks.Add(new PdfList(list.IsOrdered, items, Start(list)));
                    break;
                case QuoteBlock quote:
                    blocks.Add(new PdfQuote(Blocks(quote, runs)));
                    break;
                case ThematicBreakBlock:
                    blocks.Add(new PdfRule());
                    break;
                case Table table:
                    blocks.AddRange(table.OfType<TableRow>().Select(row => Row(row, runs)).OfType<PdfBlock>());
                    break;
                case CodeBlock code:
                    AddIfText(blocks, [new PdfRun(string.Join('\n', code.Lines.Lines.Take(code.Lines.Count).Select(l => l.ToString())))], r => new PdfParagraph(r));
                    break;
                case FootnoteGroup or HtmlBlock or LinkReferenceDefinitionGroup:
                    break;
                case ContainerBlock other:
                    blocks.AddRange(Blocks(other, runs));
                    break;
            }
        }

        return blocks;
    }

    private static PdfParagraph? Row(TableRow row, MarkdownPdfRuns runs)
    {
        var cells = row.OfType<TableCell>()
            .Select(cell => cell.OfType<LeafBlock>().SelectMany(leaf => runs.From(leaf.Inline)).ToList())
            .ToList();
        var joined = new List<PdfRun>();
        foreach (var cell in cells)
        {
            if (joined.Count > 0)
            {
                joined.Add(new PdfRun(CellSeparator));
            }

            joined.AddRange(cell);
        }

        if (row.IsHeader)
        {
            joined = joined.Select(run => run with { Bold = true }).ToList();
        }

        return joined.Any(r => !string.IsNullOrWhiteSpace(r.Text)) ? new PdfParagraph(MarkdownPdfRuns.Merge(joined)) : null;
    }

    private static int Start(ListBlock list) =>
        list.IsOrdered && int.TryParse(list.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var start) ? start : 1;

    private static void AddIfText(List<PdfBlock> blocks, IReadOnlyList<PdfRun> runs, Func<IReadOnlyList<PdfRun>, PdfBlock> block)
    {
        if (runs.Any(r => !string.IsNullOrWhiteSpace(r.Text)))
        {
            blocks.Add(block(runs));
        }
    }
}
