using System.Globalization;

namespace Micrositio.Render.Press.Pdf;

/// <summary>
/// Adds the footer to every page once the page count is known: the footer text on the left (wrapped to at
/// most two lines) and "Página N de M" on the right of the last line.
/// </summary>
internal static class PageFooters
{
    private const double Gap = 12;

    public static IReadOnlyList<LaidOutPage> Add(IReadOnlyList<IReadOnlyList<PageOp>> pages, string footer, TextMeasurer measurer)
    {
        var style = PressPdfTheme.Footer;
        var widest = measurer.Width(Number(pages.Count, pages.Count), style);
        var lines = Lines(footer, PressPdfTheme.ContentWidth - widest - Gap, measurer);
        var result = new List<LaidOutPage>(pages.Count);
        for (var i = 0; i < pages.Count; i++)
        {
            var ops = new List<TextOp>();
            for (var k = 0; k < lines.Count; k++)
            {
                var baseline = PressPdfTheme.FooterLastBaseline - (lines.Count - 1 - k) * style.LineHeight;
                ops.Add(new TextOp(baseline, lines[k].MovedBy(PressPdfTheme.ContentLeft).Spans));
            }

            var number = Number(i + 1, pages.Count);
            var width = measurer.Width(number, style);
            var x = PressPdfTheme.ContentLeft + PressPdfTheme.ContentWidth - width;
            ops.Add(new TextOp(PressPdfTheme.FooterLastBaseline, [new LineSpan(x, number, style, null, width)]));
            result.Add(new LaidOutPage(pages[i], ops));
        }

        return result;
    }

    private static string Number(int page, int count) =>
        string.Create(CultureInfo.InvariantCulture, $"Página {page} de {count}");

    private static IReadOnlyList<LaidLine> Lines(string footer, double width, TextMeasurer measurer)
    {
        var style = PressPdfTheme.Footer;
        var lines = LineBreaker.Break([new StyledText(footer, style)], width, measurer);
        if (lines.Count <= PressPdfTheme.FooterMaxLines)
        {
            return lines;
        }

        // A footer is one short line by design; an overlong one is cut rather than pushed into the text.
        var kept = string.Concat(lines.Take(PressPdfTheme.FooterMaxLines).Select(l => l.Text + " ")).TrimEnd();
        while (kept.Length > 0)
        {
            var candidate = LineBreaker.Break([new StyledText(kept + "…", style)], width, measurer);
            if (candidate.Count <= PressPdfTheme.FooterMaxLines)
            {
                return candidate;
            }

            kept = kept[..^1].TrimEnd();
        }

        return [];
    }
}
