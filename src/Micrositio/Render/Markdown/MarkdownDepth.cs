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
