using Micrositio.Write;

namespace Micrositio.Render.Press.Pdf;

/// <summary>
/// A PDF — its bytes, or the cache entry that holds them (<see cref="PdfMemory"/>), read only when needed — and all
/// the text laid out in it, in reading order (for the personal-data scan).
/// </summary>
public sealed record PdfOutput
{
    private readonly byte[]? _bytes;

    public PdfOutput(byte[] bytes, string text)
    {
        _bytes = bytes;
        Text = text;
    }

    private PdfOutput(string cacheFile, string text)
    {
        CacheFile = cacheFile;
        Text = text;
    }

    public static PdfOutput Cached(string cacheFile, string text) => new(cacheFile, text);

    public byte[] Bytes => _bytes ?? File.ReadAllBytes(CacheFile!);

    public string? CacheFile { get; }

    public string Text { get; }

    /// <summary>The PDF as a file of the site at <paramref name="path"/>.</summary>
    public OutputFile ToOutputFile(string path, string? sourcePath = null) =>
        (CacheFile is { } cached ? OutputFile.Cached(path, cached, sourcePath) : new OutputFile(path, _bytes!, sourcePath)) with { Text = Text };
}
