namespace Micrositio.Render.Press.Pdf;

/// <summary>Opens a structure element; it may stay open across a page break.</summary>
internal sealed record OpenTagOp(StructureTag Tag) : PageOp;
