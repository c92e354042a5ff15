namespace Micrositio.Render.Press.Pdf;

/// <summary>One drawing or structure step of a laid-out page, in reading order.</summary>
internal abstract record PageOp;
