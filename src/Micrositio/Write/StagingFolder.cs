using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Micrositio.Diagnostics;

namespace Micrositio.Write;

/// <summary>
/// The Write stage of <c>build</c>: files are written into a fresh sibling folder of <c>output/</c> as they come, a
/// batch at a time, and the folder is swapped into place by <see cref="Commit"/> only after a build without errors,
/// so a build that fails (or is killed) leaves the previous <c>output/</c> exactly as it was. A file held by a build
/// cache (a photo derivative, a logo PNG, a PDF) is hard-linked from its cache entry, and a file whose bytes equal the
/// previous build's is hard-linked from it, rather than written again.
/// </summary>
public sealed class StagingFolder : IOutputSink, IDisposable
{
    private readonly string _output;
    private readonly string _staging;
    /// <summary>Folders made so far: each once, and every writer into one waits until it exists.</summary>
    private readonly ConcurrentDictionary<string, Lazy<bool>> _folders = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<(string Path, long Length, string? SourcePath)> _written = [];
    private bool _committed;

    public StagingFolder(string outputDirectory)
    {
        _output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        _staging = Path.Combine(Path.GetDirectoryName(_output)!, $".{Path.GetFileName(_output)}.nuevo-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_staging);
    }

    /// <summary>Writes the files now (a few at a time: writing is mostly waiting for the disk).</summary>
    public void Add(IReadOnlyList<OutputFile> files) => Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = 4 }, file =>
    {
        var path = Path.Combine(_staging, file.Path);
        _ = _folders.GetOrAdd(Path.GetDirectoryName(path)!, folder => new(() => Directory.CreateDirectory(folder).Exists)).Value;

        if (!LinkCached(file, path) && !LinkUnchanged(Path.Combine(_output, file.Path), path, file))
        {
            File.WriteAllBytes(path, file.Bytes);
        }

        _written.Add((file.Path, file.Length, file.SourcePath));
    });

    /// <summary>The files written, as they are in <c>output/</c> once committed, in path order.</summary>
    public IReadOnlyList<OutputFile> Files => _written
        .OrderBy(w => w.Path, StringComparer.Ordinal)
        .Select(w => OutputFile.Cached(w.Path, Path.Combine(_committed ? _output : _staging, w.Path), w.SourcePath, w.Length))
        .ToList();

    /// <summary>Swaps the staging folder into place; the previous output goes.</summary>
    public void Commit(ErrorList errors)
    {
        var previous = Path.Combine(Path.GetDirectoryName(_output)!, $".{Path.GetFileName(_output)}.anterior-{Guid.NewGuid():N}");
        try
        {
            if (Directory.Exists(_output))
            {
                Directory.Move(_output, previous);
            }

            Directory.Move(_staging, _output);
            _committed = true;
        }
        catch (IOException ex)
        {
            errors.Add(Stage.Write, _output, null, null, $"no se pudo escribir el sitio: {ex.Message}", "revise permisos y espacio en disco.");
            if (!Directory.Exists(_output) && Directory.Exists(previous))
            {
                Directory.Move(previous, _output);
            }
        }
        finally
        {
            OutputWriter.DeleteQuietly(previous);
        }
    }

    /// <summary>Without <see cref="Commit"/>, the staging folder goes and output/ stays as it was.</summary>
    public void Dispose()
    {
        if (!_committed)
        {
            OutputWriter.DeleteQuietly(_staging);
        }
    }

    /// <summary>Links <paramref name="path"/> to the cache entry that holds the file's bytes, if it has one on the same disk.</summary>
    internal static bool LinkCached(OutputFile file, string path) => file.CacheFile is { } cached && CanLink && Link(cached, path) == 0;

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
}
