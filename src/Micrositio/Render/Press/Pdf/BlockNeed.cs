namespace Micrositio.Render.Press.Pdf;

/// <summary>
/// What a block needs at the bottom of a page before it may start there: the space above it and the height
/// that must fit (two lines of a paragraph, a whole heading plus what follows it).
/// </summary>
internal sealed record BlockNeed(double Gap, double Height, TextStyle FirstLine);
