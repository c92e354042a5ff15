namespace Micrositio.Render.Charts;

/// <summary>
/// A deliberately generous guess at rendered text width. The build cannot measure the visitor's font, so margins are
/// sized from character counts; overestimating only wastes a little space, underestimating clips labels.
/// </summary>
internal static class TextWidth
{
    private const double EmPerCharacter = 0.6;

    public static double Estimate(string text, double fontSize) => text.Length * EmPerCharacter * fontSize;
}
