using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace Micrositio.Render.Press;

/// <summary>A file of the press kit, by its path inside the zip.</summary>
public sealed record KitFile(string Path, byte[] Bytes);

/// <summary>
/// The press kit as a zip a journalist can verify: entries in ordinal order with one fixed timestamp (so the
/// same content gives the same bytes) and a <c>SHA256SUMS.txt</c> manifest in <c>sha256sum</c>'s format.
/// </summary>
public static class PressKitZip
{
    public const string ManifestName = "SHA256SUMS.txt";

    public static byte[] Write(IReadOnlyList<KitFile> files, DateTime timestamp)
    {
        var ordered = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var manifest = string.Concat(ordered.Select(f => $"{Convert.ToHexStringLower(SHA256.HashData(f.Bytes))}  {f.Path}\n"));
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in ordered.Append(new KitFile(ManifestName, Encoding.UTF8.GetBytes(manifest))))
            {
                var entry = zip.CreateEntry(file.Path, Compressed(file.Path) ? CompressionLevel.NoCompression : CompressionLevel.Optimal);
                entry.LastWriteTime = timestamp;
                using var content = entry.Open();
                content.Write(file.Bytes);
            }
        }

        return stream.ToArray();
    }

    /// <summary>PNG, JPEG and PDF are compressed already: deflating them again costs time and saves nothing.</summary>
    private static bool Compressed(string path) => Path.GetExtension(path) is ".png" or ".jpg" or ".pdf";
}
