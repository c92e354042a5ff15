namespace Micrositio.Load;

/// <summary>
/// The Markdown body of a content file. <see cref="FirstLine"/> is the 1-based line of the file where the
/// body starts, so errors found inside the body can name the line of the file.
/// </summary>
public sealed record MarkdownSource(string File, int FirstLine, string Text)
{
    public static MarkdownSource Empty(string file) => new(file, 1, "");

    public bool IsBlank => string.IsNullOrWhiteSpace(Text);
}
