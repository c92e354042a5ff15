namespace Micrositio.Render.Press.Pdf;

/// <summary>A line of text on its baseline; span positions are absolute.</summary>
internal sealed record TextOp(double Baseline, IReadOnlyList<LineSpan> Spans) : PageOp;
