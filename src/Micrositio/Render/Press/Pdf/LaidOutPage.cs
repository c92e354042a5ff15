namespace Micrositio.Render.Press.Pdf;

/// <summary>A page's steps in reading order, then its footer lines (artifacts, added once pages are counted).</summary>
internal sealed record LaidOutPage(IReadOnlyList<PageOp> Ops, IReadOnlyList<TextOp> Footer);
