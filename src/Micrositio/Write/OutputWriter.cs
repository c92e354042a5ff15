using System.Runtime.InteropServices;
using Micrositio.Diagnostics;

namespace Micrositio.Write;

/// <summary>
/// The Write stage: writes the site into a fresh sibling folder and only then swaps it into place, so a
/// build that fails (or is killed) before the swap leaves the previous <c>output/</c> exactly as it was.
/// A file held by a build cache (a photo derivative, a logo PNG) is hard-linked from its cache entry, and a file
/// whose bytes equal the previous build's is hard-linked from it, rather than written again.
/// </summary>
public static class OutputWriter
{
    public static void WriteAtomically(string outputDirectory, IReadOnlyList<OutputFile> files, ErrorList errors)
    {
        var full = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full)!;
        var name = Path.GetFileName(full);
        var staging = Path.Combine(parent, $".{name}.nuevo-{Guid.NewGuid():N}");
        var previous = Path.Combine(parent, $".{name}.anterior-{Guid.NewGuid():N}");

        try
        {
            Directory.CreateDirectory(staging);
            foreach (var folder in files.Select(f => Path.GetDirectoryName(Path.Combine(staging, f.Path))!).Distinct(StringComparer.Ordinal))
            {
                Directory.CreateDirectory(folder);
            }

            Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = 4 }, file =>
            {
                var path = Path.Combine(staging, file.Path);
                if (!LinkCached(file, path) && !LinkUnchanged(Path.Combine(full, file.Path), path, file))
                {
                    File.WriteAllBytes(path, file.Bytes);
                }
            });

            if (Directory.Exists(full))
            {
                Directory.Move(full, previous);
            }

            Directory.Move(staging, full);
        }
        catch (IOException ex)
        {
            errors.Add(Stage.Write, outputDirectory, null, null, $"no se pudo escribir el sitio: {ex.Message}", "revise permisos y espacio en disco.");
            if (!Directory.Exists(full) && Directory.Exists(previous))
            {
                Directory.Move(previous, full);
            }
        }
        finally
        {
            DeleteQuietly(staging);
            DeleteQuietly(previous);
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
                if (!LinkCached(file, temporary))
                {
                    File.WriteAllBytes(temporary, file.Bytes);
                }

                File.Move(temporary, path, overwrite: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Add(Stage.Write, outputDirectory, null, null, $"no se pudo actualizar el sitio: {ex.Message}", "revise permisos y espacio en disco.");
        }
    }

    /// <summary>Links <paramref name="path"/> to the cache entry that holds the file's bytes, if it has one on the same disk.</summary>
    private static bool LinkCached(OutputFile file, string path) => file.CacheFile is { } cached && CanLink && Link(cached, path) == 0;

    /// <summary>Links <paramref name="path"/> to the previous build's file when it holds exactly the bytes of <paramref name="file"/>.</summary>
    private static bool LinkUnchanged(string previous, string path, OutputFile file)
    {
        if (!CanLink)
        {
            return false;
        }

        try
        {
            var info = new FileInfo(previous);
            return info.Exists && info.Length == file.Length && File.ReadAllBytes(previous).AsSpan().SequenceEqual(file.Bytes) && Link(previous, path) == 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool CanLink => OperatingSystem.IsLinux() || OperatingSystem.IsMacOS();

    // DllImport rather than LibraryImport, which would need unsafe code enabled for the whole library.
    [DllImport("libc", EntryPoint = "link")]
    private static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string created);

    private static void DeleteQuietly(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
