namespace Micrositio.Write;

/// <summary>Entries of the build's content-addressed caches (<c>.cache/</c>): named by what they are made from, written once, read by concurrent builds.</summary>
public static class CacheEntry
{
    /// <summary>Writes <paramref name="bytes"/> aside and moves them to <paramref name="path"/>, so a concurrent build never reads half a file.</summary>
    public static void Write(string path, ReadOnlySpan<byte> bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var staging = $"{path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllBytes(staging, bytes);
        File.Move(staging, path, overwrite: true);
    }
}
