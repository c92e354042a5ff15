namespace Micrositio.Render.Press.Pdf;

/// <summary>A line of text on its baseline; span positions are absolute.</summary>
internal sealed record TextOp(double Baseline, IReadOnlyList<LineSpan> Spans) : PageOp
{
    public string Text => string.Concat(Spans.Select(s => s.Text));
}
