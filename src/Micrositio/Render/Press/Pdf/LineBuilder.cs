using System.Text;

namespace Micrositio.Render.Press.Pdf;

/// <summary>Collects a line's pieces, merging neighbours of the same style and link into one span.</summary>
internal sealed class LineBuilder(TextMeasurer measurer)
{
    private readonly List<(StringBuilder Text, TextStyle Style, string? LinkUrl, double Width)> spans = [];

    public bool IsEmpty => spans.Count == 0;

    public double Width { get; private set; }

    public void Add(string text, TextStyle style, string? linkUrl)
    {
        var width = measurer.Width(text, style);
        if (spans.Count > 0 && spans[^1].Style == style && spans[^1].LinkUrl == linkUrl)
        {
            var last = spans[^1];
            last.Text.Append(text);
            spans[^1] = last with { Width = last.Width + width };
        }
        else
        {
            spans.Add((new StringBuilder(text), style, linkUrl, width));
        }

        Width += width;
    }

    public LaidLine Build()
    {
        var laid = new List<LineSpan>(spans.Count);
        var x = 0.0;
        foreach (var span in spans)
        {
            laid.Add(new LineSpan(x, span.Text.ToString(), span.Style, span.LinkUrl, span.Width));
            x += span.Width;
        }

        spans.Clear();
        Width = 0;
        return new LaidLine(laid);
    }
}
