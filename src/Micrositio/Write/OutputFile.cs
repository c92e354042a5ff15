namespace Micrositio.Write;

/// <summary>
/// A file of the generated site: its path inside <c>output/</c> (forward slashes) and its bytes. The bytes are
/// in memory, or — for what the build's content-addressed caches hold (photo derivatives, logo PNGs) — in a cache
/// file that is never changed once written (<see cref="CacheFile"/>): read only when something needs them, and
/// linked into <c>output/</c> rather than written again, so a build holds no photo in memory.
/// </summary>
public sealed record OutputFile
{
    private readonly byte[]? _bytes;

    public OutputFile(string path, byte[] bytes, string? sourcePath = null)
    {
        Path = path;
        _bytes = bytes;
        Length = bytes.Length;
        SourcePath = sourcePath;
    }

    private OutputFile(string path, string cacheFile, long length, string? sourcePath)
    {
        Path = path;
        CacheFile = cacheFile;
        Length = length;
        SourcePath = sourcePath;
    }

    /// <summary>A file whose bytes are those of <paramref name="cacheFile"/>, a cache entry that is never changed once written.</summary>
    public static OutputFile Cached(string path, string cacheFile, string? sourcePath = null, long? length = null) =>
        new(path, cacheFile, length ?? new FileInfo(cacheFile).Length, sourcePath);

    public string Path { get; init; }

    /// <summary>The bytes; a cached file is read each time (callers that need them once keep them).</summary>
    public byte[] Bytes => _bytes ?? File.ReadAllBytes(CacheFile!);

    public long Length { get; }

    /// <summary>The cache entry holding the bytes, or null when they are in memory.</summary>
    public string? CacheFile { get; }

    /// <summary>The content file the page was made from, for error messages.</summary>
    public string? SourcePath { get; init; }

    public bool IsHtml => Path.EndsWith(".html", StringComparison.Ordinal);

    /// <summary>
    /// The text a binary document carries (a PDF's words, a zip's text files), which its bytes do not show;
    /// the personal-data check reads it. Read from <see cref="TextFile"/> when a cache keeps it there.
    /// </summary>
    public string? Text
    {
        get => _text ?? (TextFile is { } file ? File.ReadAllText(file) : null);
        init => _text = value;
    }

    private readonly string? _text;

    /// <summary>The cache file (UTF-8) that holds <see cref="Text"/>, read only when the text is asked for.</summary>
    public string? TextFile { get; init; }

    /// <summary>
    /// What stands for the bytes: their hash, or for a cache entry (never changed once written) its name, size and
    /// date, the date in case someone changed it by hand; so a known photo derivative or PDF is not read at all.
    /// </summary>
    public string ContentKey() => CacheFile is { } cached
        ? $"{cached}|{Length}|{File.GetLastWriteTimeUtc(cached).Ticks}"
        : Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Bytes));

    /// <summary>Whether the two hold the same bytes; two files of the same cache entry do without reading it.</summary>
    public bool SameBytes(OutputFile other) =>
        Length == other.Length &&
        ((CacheFile is not null && CacheFile == other.CacheFile) || Bytes.AsSpan().SequenceEqual(other.Bytes));
}
