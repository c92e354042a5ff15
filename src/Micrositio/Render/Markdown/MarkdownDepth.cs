using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Micrositio.Render.Markdown;

/// <summary>
/// Bounds how deeply a parsed body nests (blocks and inlines together). Markdig limits some nesting while parsing
/// but not all of it, and the HTML renderer and the press PDFs walk the tree recursively; a deeper tree is refused.
/// </summary>
public static class MarkdownDepth
{
    /// <summary>A real page nests lists, quotes and emphasis a few levels; this is far beyond that.</summary>
    public const int Max = 32;

    /// <summary>
    /// The 0-based line of the first line that opens more than <see cref="Max"/> quotes and list items at its start
    /// («&gt; &gt; - - …»), found before Markdig spends seconds of CPU on such a line only to refuse it.
    /// </summary>
    public static int? TooManyMarkers(string text)
    {
        var line = 0;
        var markers = 0;
        var atStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                (line, markers, atStart) = (line + 1, 0, true);
                continue;
            }

            if (!atStart || c is ' ' or '\t')
            {
                continue;
            }

            var next = i + 1 < text.Length ? text[i + 1] : '\n';
            if (c == '>' || c is '-' or '*' or '+' && next is ' ' or '\t')
            {
                if (++markers > Max)
                {
                    return line;
                }
            }
            else
            {
                atStart = false;
            }
        }

        return null;
    }

    /// <summary>Links («](») one paragraph may hold: a real one has a handful; each one more costs Markdig a scan of the rest.</summary>
    public const int MaxLinksPerBlock = 500;

    /// <summary>
    /// The 0-based first line of a block (lines between blank lines) holding more than <see cref="MaxLinksPerBlock"/>
    /// «](», or null: Markdig's time grows with their number times the block's length (5 s for 128 KB of «[a](»).
    /// </summary>
    public static int? TooManyLinks(string text)
    {
        var (line, blockStart, links, blank) = (0, 0, 0, true);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                blank = true;
                continue;
            }

            if (blank && c is not (' ' or '\t' or '\r'))
            {
                // The first visible character of a line: a line that was all blank before it ended the block.
                if (i > 0 && IsBlankLineBefore(text, i))
                {
                    (blockStart, links) = (line, 0);
                }

                blank = false;
            }

            if (c == ']' && i + 1 < text.Length && text[i + 1] == '(' && ++links > MaxLinksPerBlock)
            {
                return blockStart;
            }
        }

        return null;
    }

    private static bool IsBlankLineBefore(string text, int index)
    {
        var lineStart = text.LastIndexOf('\n', index - 1);
        if (lineStart <= 0)
        {
            return false;
        }

        var previousStart = text.LastIndexOf('\n', lineStart - 1) + 1;
        return text.AsSpan(previousStart, lineStart - previousStart).IsWhiteSpace();
    }

    /// <summary>The first node deeper than <see cref="Max"/>, found without recursion, or null.</summary>
    public static MarkdownObject? TooDeep(MarkdownDocument document)
    {
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.TryPop(out var item))
        {
            if (item.Depth > Max)
            {
                return item.Node;
            }

            IEnumerable<MarkdownObject> children = item.Node switch
            {
                ContainerBlock container => container,
                LeafBlock { Inline: { } inline } => [inline],
                ContainerInline inlines => inlines,
                _ => [],
            };
            foreach (var child in children)
            {
                pending.Push((child, item.Depth + 1));
            }
        }

        return null;
    }
}
