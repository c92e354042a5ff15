namespace Micrositio.Render.Press.Pdf;

/// <summary>One line of a block, its spans positioned from the line's start.</summary>
internal sealed record LaidLine(IReadOnlyList<LineSpan> Spans)
{
    public double Width => Spans.Count == 0 ? 0 : Spans[^1].X + Spans[^1].Width;

    public string Text => string.Concat(Spans.Select(s => s.Text));

    public LaidLine MovedBy(double dx) => new(Spans.Select(s => s with { X = s.X + dx }).ToList());
}
