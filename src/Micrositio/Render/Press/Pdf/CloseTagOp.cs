namespace Micrositio.Render.Press.Pdf;

/// <summary>Closes the innermost open structure element.</summary>
internal sealed record CloseTagOp : PageOp;
