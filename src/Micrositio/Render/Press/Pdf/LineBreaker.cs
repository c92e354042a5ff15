using System.Buffers;
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

    /// <summary>What <see cref="Clean"/> changes: control characters other than "\n", and a few spaces and invisible characters.</summary>
    private static readonly SearchValues<char> NeedsCleaning = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x10000).Select(c => (char)c).Where(c => c != '\n' && char.IsControl(c)))
        + "\u202F\u2007\u00AD\u200B\u200C\u200D\u2060\uFEFF");

    public static IReadOnlyList<LaidLine> Break(IReadOnlyList<StyledText> pieces, double maxWidth, TextMeasurer measurer)
    {
        var lines = new List<LaidLine>();
        var line = new LineBuilder(measurer);

        // The word being read: its parts in each piece's style, and the style of the space before it.
        var word = new List<(string Text, StyledText Piece)>();
        StyledText? space = null;

        void EndWord()
        {
            if (word.Count == 0)
            {
                return;
            }

            var width = 0.0;
            foreach (var (text, piece) in word)
            {
                width += measurer.Width(text, piece.Style);
            }

            if (!line.IsEmpty && space is not null)
            {
                var spaceWidth = measurer.Width(" ", space.Style);
                if (line.Width + spaceWidth + width <= maxWidth + Tolerance)
                {
                    line.Add(" ", space.Style, space.LinkUrl);
                    AddWord(word, line);
                    word.Clear();
                    space = null;
                    return;
                }

                lines.Add(line.Build());
            }

            if (width <= maxWidth + Tolerance)
            {
                AddWord(word, line);
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
            var text = Clean(piece.Text);
            var start = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c != '\n' && !IsBreakingSpace(c))
                {
                    continue;
                }

                if (i > start)
                {
                    word.Add((text[start..i], piece));
                }

                start = i + 1;
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

            // A word may go on in the next piece, in another style.
            if (start < text.Length)
            {
                word.Add((text[start..], piece));
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

    private static void AddWord(List<(string Text, StyledText Piece)> word, LineBuilder line)
    {
        foreach (var (text, piece) in word)
        {
            line.Add(text, piece.Style, piece.LinkUrl);
        }
    }

    private static void CutLongWord(List<(string Text, StyledText Piece)> word, double maxWidth, TextMeasurer measurer, LineBuilder line, List<LaidLine> lines)
    {
        foreach (var (text, piece) in word)
        {
            var elements = StringInfo.GetTextElementEnumerator(text);
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

    /// <summary>
    /// Line ends become "\n"; tabs become spaces; narrow and figure spaces become no-break spaces; soft hyphens,
    /// zero-width and control characters go. Most text has none of them and is returned as it is.
    /// </summary>
    private static string Clean(string text)
    {
        if (!text.AsSpan().ContainsAny(NeedsCleaning))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\r':
                    // "\r\n" and a lone "\r" are both one line end.
                    clean.Append('\n');
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\n':
                    clean.Append(c);
                    break;
                case '\t':
                    clean.Append(' ');
                    break;
                case '\u202F' or '\u2007':
                    clean.Append('\u00A0');
                    break;
                case '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF':
                    break;
                default:
                    if (!char.IsControl(c))
                    {
                        clean.Append(c);
                    }

                    break;
            }
        }

        return clean.ToString();
    }

    private static bool IsBreakingSpace(char c) => char.IsWhiteSpace(c) && c != '\u00A0';
}
