using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Micrositio.Diagnostics;

namespace Micrositio.Write;

/// <summary>
/// The Write stage of <c>build</c>: files are written into a staging folder beside <c>output/</c> as they come, a
/// batch at a time, and the folder is swapped into place by <see cref="Commit"/> only after a build without errors,
/// so a build that fails (or is killed) leaves the previous <c>output/</c> exactly as it was. A file held by a build
/// cache (a photo derivative, a logo PNG, a PDF) is hard-linked from its cache entry, and a file whose bytes equal the
/// previous build's is hard-linked from it, rather than written again.
/// <para>
/// With a folder to recycle into, the output that a commit replaces is kept there, and the next build starts from it
/// instead of an empty folder: a file it holds with the right bytes (or the right cache entry) stays, any other is
/// replaced through a rename, and what this build did not make is deleted before the swap. A large site then costs
/// no folder creation, no links and no deletion of a whole tree per build (a 5,000-page site has 5,190 folders and
/// 11,452 files). Files are never changed in place: they may be links to cache entries or to <c>output/</c>.
/// </para>
/// </summary>
public sealed class StagingFolder : IOutputSink, IDisposable
{
    private readonly string _output;
    private readonly string _staging;
    private readonly string? _recycle;

    /// <summary>Folders made (or found) so far: each once, and every writer into one waits until it exists.</summary>
    private readonly ConcurrentDictionary<string, Lazy<bool>> _folders = new(StringComparer.Ordinal);

    /// <summary>Files of the recycled output that this build has not written (yet), by path.</summary>
    private readonly ConcurrentDictionary<string, byte> _leftovers = new(StringComparer.Ordinal);

    /// <summary>Folders the recycled output had (full paths): they need not be made, and those left empty go.</summary>
    private readonly HashSet<string> _recycledFolders = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<(string Path, long Length, string? SourcePath)> _written = [];
    private int _kept;
    private bool _committed;
    private bool _recycleFailed;

    /// <param name="recycleDirectory">Where to keep the replaced output for the next build to start from; null: it is deleted.</param>
    public StagingFolder(string outputDirectory, string? recycleDirectory = null)
    {
        _output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        _staging = Path.Combine(Path.GetDirectoryName(_output)!, $"{StagingPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
        _recycle = recycleDirectory is null ? null : Path.GetFullPath(recycleDirectory);
        RemoveOrphans();
        if (_recycle is not null && TryMove(_recycle, _staging))
        {
            foreach (var file in Directory.EnumerateFiles(_staging, "*", SearchOption.AllDirectories))
            {
                _leftovers[Path.GetRelativePath(_staging, file).Replace('\\', '/')] = 0;
            }

            _recycledFolders.UnionWith(Directory.EnumerateDirectories(_staging, "*", SearchOption.AllDirectories));
        }
        else
        {
            Directory.CreateDirectory(_staging);
        }
    }

    /// <summary>Staging folders are named «.output.nuevo-&lt;process id&gt;-&lt;guid&gt;», beside output/.</summary>
    private string StagingPrefix => $".{Path.GetFileName(_output)}.nuevo-";

    /// <summary>
    /// The staging folders of builds whose process is gone (killed, or the machine stopped): the first is recycled when
    /// there is nothing to recycle yet, the others deleted. A folder of a running process, this one included (tests
    /// build in parallel), is another build's and stays.
    /// </summary>
    private void RemoveOrphans()
    {
        var parent = Path.GetDirectoryName(_output)!;
        if (!Directory.Exists(parent))
        {
            return;
        }

        foreach (var folder in Directory.EnumerateDirectories(parent, StagingPrefix + "*").ToList())
        {
            var owner = Path.GetFileName(folder)[StagingPrefix.Length..].Split('-')[0];
            if (int.TryParse(owner, out var pid) && !IsRunning(pid))
            {
                Recycle(folder);
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>How many files of the recycled output this build kept as they were.</summary>
    public int Kept => _kept;

    /// <summary>Writes the files now (a few at a time: writing is mostly waiting for the disk).</summary>
    public void Add(IReadOnlyList<OutputFile> files) => Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = 4 }, file =>
    {
        var path = Path.Combine(_staging, file.Path);
        _ = _folders.GetOrAdd(Path.GetDirectoryName(path)!, folder => new(() => MakeFolder(folder))).Value;
        if (_leftovers.TryRemove(file.Path, out _) && Holds(path, file))
        {
            Interlocked.Increment(ref _kept);
        }
        else
        {
            Put(file, path);
        }

        _written.Add((file.Path, file.Length, file.SourcePath));
    });

    /// <summary>The files written, as they are in <c>output/</c> once committed, in path order.</summary>
    public IReadOnlyList<OutputFile> Files => _written
        .OrderBy(w => w.Path, StringComparer.Ordinal)
        .Select(w => OutputFile.Cached(w.Path, Path.Combine(_committed ? _output : _staging, w.Path), w.SourcePath, w.Length))
        .ToList();

    /// <summary>Swaps the staging folder into place; the previous output is kept for the next build, or deleted.</summary>
    public void Commit(ErrorList errors)
    {
        var previous = Path.Combine(Path.GetDirectoryName(_output)!, $".{Path.GetFileName(_output)}.anterior-{Guid.NewGuid():N}");
        try
        {
            RemoveLeftovers();
            if (Directory.Exists(_output))
            {
                Directory.Move(_output, previous);
            }

            Directory.Move(_staging, _output);
            _committed = true;
            if (_recycle is not null && Directory.Exists(previous))
            {
                KeepOnlyCurrent(previous);
            }
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
            Recycle(previous);
        }
    }

    // Only files the new output holds exactly as they are stay: a withdrawn photo's derivatives, or a page that
    // showed its caption, must not outlive the build that removed them.
    private void KeepOnlyCurrent(string previous)
    {
        var written = _written.Select(w => w.Path).ToHashSet(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(previous, "*", SearchOption.AllDirectories).ToList();
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = 4 }, file =>
        {
            var relative = Path.GetRelativePath(previous, file).Replace('\\', '/');
            try
            {
                if (!written.Contains(relative) || !SameContent(file, Path.Combine(_output, relative)))
                {
                    File.Delete(file);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Unreadable, or not deletable: the whole folder goes rather than keep what may be withdrawn.
                Volatile.Write(ref _recycleFailed, true);
            }
        });
        if (_recycleFailed)
        {
            OutputWriter.DeleteQuietly(previous);
        }
    }

    // Two names of one file, or two files with the same bytes (read a piece at a time).
    private static bool SameContent(string first, string second)
    {
        if (FileIdentity.Of(first) is { } a && FileIdentity.Of(second) is { } b && a.SameFileAs(b))
        {
            return true;
        }

        using var one = new FileStream(first, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        using var other = new FileStream(second, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        if (one.Length != other.Length)
        {
            return false;
        }

        var buffers = (System.Buffers.ArrayPool<byte>.Shared.Rent(64 * 1024), System.Buffers.ArrayPool<byte>.Shared.Rent(64 * 1024));
        try
        {
            for (int read; (read = one.ReadAtLeast(buffers.Item1, buffers.Item1.Length, throwOnEndOfStream: false)) > 0;)
            {
                other.ReadExactly(buffers.Item2, 0, read);
                if (!buffers.Item1.AsSpan(0, read).SequenceEqual(buffers.Item2.AsSpan(0, read)))
                {
                    return false;
                }
            }

            return true;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffers.Item1);
            System.Buffers.ArrayPool<byte>.Shared.Return(buffers.Item2);
        }
    }

    /// <summary>Without <see cref="Commit"/>, the staging folder goes (to be recycled, or deleted) and output/ stays as it was.</summary>
    public void Dispose()
    {
        if (!_committed)
        {
            Recycle(_staging);
        }
    }

    private bool MakeFolder(string folder) => _recycledFolders.Contains(folder) || MakeFolderOver(folder);

    /// <summary>Makes the folder; a recycled file in its place (or an ancestor's) goes first.</summary>
    private bool MakeFolderOver(string folder)
    {
        for (var path = folder; path.Length > _staging.Length; path = Path.GetDirectoryName(path)!)
        {
            if (File.Exists(path))
            {
                _leftovers.TryRemove(Path.GetRelativePath(_staging, path).Replace('\\', '/'), out _);
                File.Delete(path);
            }
        }

        return Directory.CreateDirectory(folder).Exists;
    }

    /// <summary>Whether the recycled file at <paramref name="path"/> already is <paramref name="file"/>: its cache entry, or the same bytes.</summary>
    private static bool Holds(string path, OutputFile file)
    {
        if (file.CacheFile is { } cached)
        {
            return FileIdentity.Of(path) is { } here && FileIdentity.Of(cached) is { } entry && here.SameFileAs(entry);
        }

        try
        {
            return HasBytes(path, file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Puts the file at <paramref name="path"/>: linked from its cache entry or from output/, or written; through a rename when something is there.</summary>
    private void Put(OutputFile file, string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true); // a recycled folder where a file now goes
        }

        var target = File.Exists(path) ? $"{path}.nuevo-{Guid.NewGuid():N}" : path;
        if (!LinkCached(file, target) && !LinkUnchanged(Path.Combine(_output, file.Path), target, file))
        {
            File.WriteAllBytes(target, file.Bytes);
        }

        if (target != path)
        {
            File.Move(target, path, overwrite: true);
            File.Delete(target); // rename(2) leaves both names when they already were links to one file
        }
    }

    /// <summary>Deletes the recycled files this build did not write, then the recycled folders left empty.</summary>
    private void RemoveLeftovers()
    {
        // A leftover may be gone already, with a recycled folder where this build put a file.
        foreach (var path in _leftovers.Keys.Select(p => Path.Combine(_staging, p)).Where(File.Exists))
        {
            File.Delete(path);
        }

        foreach (var folder in _recycledFolders.Where(f => !_folders.ContainsKey(f)).OrderByDescending(f => f.Length))
        {
            if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
            }
        }
    }

    /// <summary>Keeps <paramref name="folder"/> for the next build to start from, if there is a place for it; else deletes it.</summary>
    private void Recycle(string folder)
    {
        if (Directory.Exists(folder) && (_recycle is null || !TryMove(folder, _recycle)))
        {
            OutputWriter.DeleteQuietly(folder);
        }
    }

    /// <summary>Renames a folder, unless the source is gone or the target exists (another build took or filled it) or is on another disk.</summary>
    private static bool TryMove(string from, string to)
    {
        try
        {
            if (!Directory.Exists(from) || Directory.Exists(to))
            {
                return false;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            Directory.Move(from, to);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
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
            return HasBytes(previous, file) && Link(previous, path) == 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>
    /// Whether the file at <paramref name="path"/> holds exactly the bytes of <paramref name="file"/> (which are not read
    /// when the sizes differ), read a piece at a time into a pooled buffer: a whole large page read at once would be
    /// garbage of the large-object heap, for thousands of pages.
    /// </summary>
    private static bool HasBytes(string path, OutputFile file)
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

    private static bool CanLink => OperatingSystem.IsLinux() || OperatingSystem.IsMacOS();

    // DllImport rather than LibraryImport, which would need unsafe code enabled for the whole library.
    [DllImport("libc", EntryPoint = "link")]
    private static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string created);
}
