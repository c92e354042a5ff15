using Micrositio.Write;

namespace Micrositio.Render.Press.Pdf;

/// <summary>
/// A PDF — its bytes, or the cache entry that holds them (<see cref="PdfMemory"/>), read only when needed — and all
/// the text laid out in it, in reading order (for the personal-data scan), or the cache file that holds that text: a
/// large site's PDFs say tens of MB, read once by the scan and never needed again.
/// </summary>
public sealed record PdfOutput
{
    private readonly byte[]? _bytes;
    private readonly string? _text;

    public PdfOutput(byte[] bytes, string text)
    {
        _bytes = bytes;
        _text = text;
    }

    private PdfOutput(string cacheFile, string textFile)
    {
        CacheFile = cacheFile;
        TextFile = textFile;
    }

    /// <summary>A PDF kept in the cache: its bytes in <paramref name="cacheFile"/>, its text in <paramref name="textFile"/> (UTF-8).</summary>
    public static PdfOutput Cached(string cacheFile, string textFile) => new(cacheFile, textFile);

    public byte[] Bytes => _bytes ?? File.ReadAllBytes(CacheFile!);

    public string? CacheFile { get; }

    public string? TextFile { get; }

    public string Text => _text ?? File.ReadAllText(TextFile!);

    public OutputFile ToOutputFile(string path, string? sourcePath = null) =>
        (CacheFile is { } cached ? OutputFile.Cached(path, cached, sourcePath) with { TextFile = TextFile } : new OutputFile(path, _bytes!, sourcePath) with { Text = _text });
}
