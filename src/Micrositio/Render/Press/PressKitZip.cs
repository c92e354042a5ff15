using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Micrositio.Write;

namespace Micrositio.Render.Press;

/// <summary>A file of the press kit: its path inside the zip and its content (in memory, or a cache entry such as a logo PNG or a photo).</summary>
public sealed record KitFile(string Path, OutputFile Content);

/// <summary>
/// The press kit as a zip a journalist can verify: entries in ordinal order with one fixed timestamp (so the
/// same content gives the same bytes) and a <c>SHA256SUMS.txt</c> manifest in <c>sha256sum</c>'s format. With a
/// cache folder, a zip is kept there by a key of its entries, so an unchanged kit is neither made nor held in memory.
/// </summary>
public static class PressKitZip
{
    public const string ManifestName = "SHA256SUMS.txt";

    /// <summary>Bump when the zip's layout changes, so cached kits are made again.</summary>
    private const string FormatVersion = "kit-1";

    /// <summary>The kit at <paramref name="path"/>: from the cache (made into it first when missing), or in memory without one.</summary>
    public static OutputFile Make(string path, IReadOnlyList<KitFile> files, DateTime timestamp, string? cacheDirectory)
    {
        if (cacheDirectory is null)
        {
            return new OutputFile(path, Write(files, timestamp));
        }

        var key = new StringBuilder(FormatVersion).Append('|').Append(timestamp.Ticks).Append('|').Append(typeof(ZipArchive).Assembly.GetName().Version);
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            key.Append('\n').Append(file.Path).Append('\t').Append(file.Content.ContentKey());
        }

        var entry = System.IO.Path.Combine(cacheDirectory, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key.ToString())))[..32] + ".zip");
        if (!File.Exists(entry))
        {
            CacheEntry.Write(entry, stream => Write(files, timestamp, stream));
        }

        return OutputFile.Cached(path, entry);
    }

    public static byte[] Write(IReadOnlyList<KitFile> files, DateTime timestamp)
    {
        using var stream = new MemoryStream();
        Write(files, timestamp, stream);
        return stream.ToArray();
    }

    private static void Write(IReadOnlyList<KitFile> files, DateTime timestamp, Stream stream)
    {
        var ordered = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var manifest = new StringBuilder();
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var file in ordered)
        {
            // Each entry's bytes are read once, for its checksum and its entry, and let go.
            var bytes = file.Content.Bytes;
            manifest.Append(Convert.ToHexStringLower(SHA256.HashData(bytes))).Append("  ").Append(file.Path).Append('\n');
            Add(zip, file.Path, bytes, timestamp);
        }

        Add(zip, ManifestName, Encoding.UTF8.GetBytes(manifest.ToString()), timestamp);
    }

    private static void Add(ZipArchive zip, string path, byte[] bytes, DateTime timestamp)
    {
        var entry = zip.CreateEntry(path, Compressed(path) ? CompressionLevel.NoCompression : CompressionLevel.Optimal);
        entry.LastWriteTime = timestamp;
        using var content = entry.Open();
        content.Write(bytes);
    }

    /// <summary>PNG, JPEG and PDF are compressed already: deflating them again costs time and saves nothing.</summary>
    private static bool Compressed(string path) => System.IO.Path.GetExtension(path) is ".png" or ".jpg" or ".pdf";
}
