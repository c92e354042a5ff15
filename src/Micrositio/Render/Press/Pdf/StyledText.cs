namespace Micrositio.Render.Press.Pdf;

/// <summary>Text with its resolved style, the line breaker's input.</summary>
internal sealed record StyledText(string Text, TextStyle Style, string? LinkUrl = null)
{
    /// <summary>Resolves runs against a block's style; links take the brand colour.</summary>
    public static IReadOnlyList<StyledText> From(IEnumerable<PdfRun> runs, TextStyle style) =>
        runs.Select(run => new StyledText(
                run.Text,
                style.With(run.Bold, run.Italic, run.LinkUrl is null ? style.Rgb : PressPdfTheme.Brand),
                run.LinkUrl))
            .ToList();
}
