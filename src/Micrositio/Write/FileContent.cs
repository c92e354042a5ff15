namespace Micrositio.Write;

/// <summary>Comparing a file on disk with an output file's bytes without reading either whole.</summary>
internal static class FileContent
{
    /// <summary>
    /// Whether the file at <paramref name="path"/> holds exactly the bytes of <paramref name="file"/> (which are not read
    /// when the sizes differ), read a piece at a time into a pooled buffer: a whole large page read at once would be
    /// garbage of the large-object heap, for thousands of pages.
    /// </summary>
    public static bool HasBytes(string path, OutputFile file)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length != file.Length)
        {
            return false;
        }

        var bytes = file.Bytes;
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
            var offset = 0;
            for (int read; (read = stream.Read(buffer)) > 0; offset += read)
            {
                if (offset + read > bytes.Length || !buffer.AsSpan(0, read).SequenceEqual(bytes.AsSpan(offset, read)))
                {
                    return false;
                }
            }

            return offset == bytes.Length;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
