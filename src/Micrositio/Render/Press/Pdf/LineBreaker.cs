using System.Globalization;
using System.Text;

namespace Micrositio.Render.Press.Pdf;

/// <summary>
/// Greedy word wrap on measured widths. Words are never split across styles (a word half bold stays whole);
/// a word wider than the line is cut between characters, so long URLs never run off the page.
/// </summary>
internal static class LineBreaker
{
    private const double Tolerance = 0.01;

    public static IReadOnlyList<LaidLine> Break(IReadOnlyList<StyledText> pieces, double maxWidth, TextMeasurer measurer)
    {
        var lines = new List<LaidLine>();
        var line = new LineBuilder(measurer);
        var word = new List<StyledText>();
        StyledText? space = null;

        void EndWord()
        {
            if (word.Count == 0)
            {
                return;
            }

            var width = word.Sum(p => measurer.Width(p.Text, p.Style));
            if (!line.IsEmpty && space is not null)
            {
                var spaceWidth = measurer.Width(" ", space.Style);
                if (line.Width + spaceWidth + width <= maxWidth + Tolerance)
                {
                    line.Add(" ", space.Style, space.LinkUrl);
                    word.ForEach(p => line.Add(p.Text, p.Style, p.LinkUrl));
                    word.Clear();
                    space = null;
                    return;
                }

                lines.Add(line.Build());
            }

            if (width <= maxWidth + Tolerance)
            {
                word.ForEach(p => line.Add(p.Text, p.Style, p.LinkUrl));
            }
            else
            {
                CutLongWord(word, maxWidth, measurer, line, lines);
            }

            word.Clear();
            space = null;
        }

        foreach (var piece in pieces)
        {
            var text = new StringBuilder();
            foreach (var c in Clean(piece.Text))
            {
                if (c == '\n' || IsBreakingSpace(c))
                {
                    if (text.Length > 0)
                    {
                        word.Add(piece with { Text = text.ToString() });
                        text.Clear();
                    }

                    EndWord();
                    if (c == '\n')
                    {
                        lines.Add(line.Build());
                        space = null;
                    }
                    else if (!line.IsEmpty)
                    {
                        space = piece;
                    }
                }
                else
                {
                    text.Append(c);
                }
            }

            if (text.Length > 0)
            {
                word.Add(piece with { Text = text.ToString() });
            }
        }

        EndWord();
        if (!line.IsEmpty)
        {
            lines.Add(line.Build());
        }

        // Hard breaks at the very start or end of a block would only add blank space.
        var first = lines.FindIndex(l => l.Spans.Count > 0);
        var last = lines.FindLastIndex(l => l.Spans.Count > 0);
        return first < 0 ? [] : lines.GetRange(first, last - first + 1);
    }

    private static void CutLongWord(List<StyledText> word, double maxWidth, TextMeasurer measurer, LineBuilder line, List<LaidLine> lines)
    {
        foreach (var piece in word)
        {
            var elements = StringInfo.GetTextElementEnumerator(piece.Text);
            while (elements.MoveNext())
            {
                var element = elements.GetTextElement();
                var width = measurer.Width(element, piece.Style);
                if (!line.IsEmpty && line.Width + width > maxWidth + Tolerance)
                {
                    lines.Add(line.Build());
                }

                line.Add(element, piece.Style, piece.LinkUrl);
            }
        }
    }

    /// <summary>Line ends become "\n"; tabs become spaces; soft hyphens, zero-width and control characters go.</summary>
    private static IEnumerable<char> Clean(string text)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        foreach (var c in normalized)
        {
            switch (c)
            {
                case '\n':
                    yield return c;
                    break;
                case '\t':
                    yield return ' ';
                    break;
                case '\u202F' or '\u2007':
                    yield return '\u00A0';
                    break;
                case '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF':
                    break;
                default:
                    if (!char.IsControl(c))
                    {
                        yield return c;
                    }

                    break;
            }
        }
    }

    private static bool IsBreakingSpace(char c) => char.IsWhiteSpace(c) && c != '\u00A0';
}
