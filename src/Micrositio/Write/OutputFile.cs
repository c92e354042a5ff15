namespace Micrositio.Write;

/// <summary>A file of the generated site: its path inside <c>output/</c> (forward slashes) and its bytes.</summary>
public sealed record OutputFile(string Path, byte[] Bytes, string? SourcePath = null)
{
    public bool IsHtml => Path.EndsWith(".html", StringComparison.Ordinal);

    /// <summary>
    /// The text a binary document carries (a PDF's words, a zip's text files), which its bytes do not show;
    /// the personal-data check reads it.
    /// </summary>
    public string? Text { get; init; }
}
