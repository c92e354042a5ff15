namespace Micrositio.Write;

/// <summary>Entries of the build's caches (<c>.cache/</c>): written whole, then read by later and concurrent builds.</summary>
public static class CacheEntry
{
    /// <summary>Writes <paramref name="bytes"/> aside and moves them to <paramref name="path"/>, so a concurrent build never reads half a file.</summary>
    public static void Write(string path, ReadOnlySpan<byte> bytes)
    {
        var staging = Staging(path);
        File.WriteAllBytes(staging, bytes);
        File.Move(staging, path, overwrite: true);
    }

    /// <summary>Lets <paramref name="write"/> fill a stream aside, then moves what it wrote to <paramref name="path"/>.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        var staging = Staging(path);
        using (var stream = File.Create(staging))
        {
            write(stream);
        }

        File.Move(staging, path, overwrite: true);
    }

    private static string Staging(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return $"{path}.{Guid.NewGuid():N}.tmp";
    }
}
