using Micrositio.Write;

namespace Micrositio.Build;

/// <summary>
/// After a build without errors, the caches of photos, press kits, PDFs and search indexes keep only the entries this
/// build used: a withdrawn, deleted or newly redacted photo leaves nothing behind (not even in a kit zip or an old
/// index with its caption), and Netlify's cache copy holds no more than the published site does.
/// </summary>
public static class BuildCaches
{
    // A half-written entry of another build is left alone this long; after that its build is gone.
    private static readonly TimeSpan WorkInProgress = TimeSpan.FromMinutes(30);

    /// <summary>The cache entries (full paths) that <paramref name="files"/> are read from, and <paramref name="others"/> the build used besides.</summary>
    public static IReadOnlySet<string> Used(IEnumerable<OutputFile> files, IEnumerable<string> others)
    {
        var used = others.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (file.CacheFile is { } cached)
            {
                used.Add(Path.GetFullPath(cached));
            }

            if (file.TextFile is { } text)
            {
                used.Add(Path.GetFullPath(text));
            }
        }

        return used;
    }

    /// <summary>Deletes every entry of the build's caches that is not in <paramref name="used"/>.</summary>
    public static void Prune(BuildOptions options, IReadOnlySet<string> used)
    {
        PruneImages(options.ImageCacheDirectory, used);
        PruneFiles(options.KitCacheDirectory, used);
        PruneFiles(options.PdfCacheDirectory, used);
        PruneFiles(options.SearchCacheDirectory, used);
    }

    // Image entries are folders (one per photo version): one goes when none of its files was used.
    private static void PruneImages(string directory, IReadOnlySet<string> used)
    {
        if (!Directory.Exists(directory))
        {
            return;
        }

        var usedFolders = used.Select(Path.GetDirectoryName).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var entry in new DirectoryInfo(directory).EnumerateDirectories())
        {
            if (!usedFolders.Contains(entry.FullName) && !InProgress(entry))
            {
                Delete(() => entry.Delete(recursive: true));
            }
        }
    }

    // Files of a flat cache; the image cache's fuentes.tsv keeps only this build's photos by itself.
    private static void PruneFiles(string directory, IReadOnlySet<string> used)
    {
        if (!Directory.Exists(directory))
        {
            return;
        }

        foreach (var file in new DirectoryInfo(directory).EnumerateFiles("*", SearchOption.AllDirectories))
        {
            if (!used.Contains(file.FullName) && !InProgress(file))
            {
                Delete(file.Delete);
            }
        }
    }

    // Entries are written aside (.tmp) and renamed into place: a recent one belongs to a build still running.
    private static bool InProgress(FileSystemInfo entry) =>
        entry.Name.Contains(".tmp", StringComparison.Ordinal) && DateTime.UtcNow - entry.LastWriteTimeUtc < WorkInProgress;

    private static void Delete(Action delete)
    {
        try
        {
            delete();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Gone already (another build pruned it), or in use on a system that forbids deleting it: the next build tries again.
        }
    }
}
