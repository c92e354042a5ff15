using Micrositio.Diagnostics;

namespace Micrositio.Write;

/// <summary>
/// Writing a whole site at once (<see cref="WriteAtomically"/>, through a <see cref="StagingFolder"/>), or only what
/// changed in an <c>output/</c> that holds an earlier build (<see cref="WriteChanges"/>, the preview).
/// </summary>
public static class OutputWriter
{
    /// <summary>Writes the files into a fresh folder and swaps it into place, so output/ is never half written.</summary>
    public static void WriteAtomically(string outputDirectory, IReadOnlyList<OutputFile> files, ErrorList errors)
    {
        try
        {
            using var staging = new StagingFolder(outputDirectory);
            staging.Add(files);
            staging.Commit(errors);
        }
        catch (Exception ex) when (IoFailure.Find(ex) is not null)
        {
            OutputWriteException.Report(errors, outputDirectory, ex);
        }
    }

    /// <summary>
    /// Updates an <c>output/</c> that already holds an earlier build: writes the <paramref name="changed"/> paths
    /// that are among <paramref name="files"/> and deletes the others (the preview's rebuilds). Each file is
    /// replaced by a rename, so a reader never sees half a file.
    /// </summary>
    public static void WriteChanges(string outputDirectory, IReadOnlyList<OutputFile> files, IReadOnlyList<string> changed, ErrorList errors)
    {
        var byPath = files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        try
        {
            foreach (var relative in changed)
            {
                var path = Path.Combine(outputDirectory, relative);
                if (!byPath.TryGetValue(relative, out var file))
                {
                    File.Delete(path);
                    continue;
                }

                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                var temporary = path + ".nuevo-" + Guid.NewGuid().ToString("N");
                if (!StagingFolder.LinkCached(file, temporary))
                {
                    File.WriteAllBytes(temporary, file.Bytes);
                }

                File.Move(temporary, path, overwrite: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            OutputWriteException.Report(errors, outputDirectory, ex);
        }
    }

    internal static void DeleteQuietly(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
