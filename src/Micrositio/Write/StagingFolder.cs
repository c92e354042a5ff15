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
    private readonly Action<CommitStep>? _onStep;
    private int _kept;
    private bool _committed;

    /// <param name="recycleDirectory">Where to keep the replaced output for the next build to start from; null: it is deleted.</param>
    /// <param name="onStep">Called at each step of <see cref="Commit"/> (tests kill the process there).</param>
    public StagingFolder(string outputDirectory, string? recycleDirectory = null, Action<CommitStep>? onStep = null)
    {
        _output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        _staging = Path.Combine(Path.GetDirectoryName(_output)!, $"{StagingPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
        _recycle = recycleDirectory is null ? null : Path.GetFullPath(recycleDirectory);
        _onStep = onStep;
        try
        {
            RecoverInterruptedCommits();
            RemoveOrphans();
            Start();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OutputWriteException(_staging, ex);
        }
    }

    private void Start()
    {
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

    /// <summary>A commit renames the old output/ to «.output.anterior-&lt;process id&gt;-&lt;guid&gt;» before the new one takes its place.</summary>
    private string PreviousPrefix => $".{Path.GetFileName(_output)}.anterior-";

    /// <summary>
    /// A commit killed between its two renames leaves no output/ and the old site aside: it goes back (the commit is
    /// rolled back; its staging folder is then an orphan like any other). Set aside by a finished commit, it is recycled.
    /// </summary>
    private void RecoverInterruptedCommits()
    {
        var parent = Path.GetDirectoryName(_output)!;
        if (!Directory.Exists(parent))
        {
            return;
        }

        var aside = Directory.EnumerateDirectories(parent, PreviousPrefix + "*")
            .Where(f => !OwnedByRunningProcess(f, PreviousPrefix))
            .OrderByDescending(Directory.GetLastWriteTimeUtc).ToList();
        foreach (var folder in aside)
        {
            if (!Directory.Exists(_output))
            {
                Directory.Move(folder, _output);
            }
            else
            {
                Recycle(folder);
            }
        }
    }

    /// <summary>Whether the folder's name carries the id of a running process (before this fix, names had no id: then no).</summary>
    private static bool OwnedByRunningProcess(string folder, string prefix) =>
        int.TryParse(Path.GetFileName(folder)[prefix.Length..].Split('-')[0], out var pid) && IsRunning(pid);

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
            if (!OwnedByRunningProcess(folder, StagingPrefix))
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
            try
            {
                Put(file, path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new OutputWriteException(path, ex);
            }
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
        var previous = Path.Combine(Path.GetDirectoryName(_output)!, $"{PreviousPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
        var at = _staging;
        try
        {
            RemoveLeftovers();
            _onStep?.Invoke(CommitStep.LeftoversRemoved);
            at = Path.Combine(_staging, OutputLocation.MarkerFile);
            File.WriteAllText(at, OutputLocation.MarkerText);
            _onStep?.Invoke(CommitStep.Marked);
            at = _output;
            if (Directory.Exists(_output))
            {
                Directory.Move(_output, previous);
                _onStep?.Invoke(CommitStep.OldOutputMovedAside);
            }

            Directory.Move(_staging, _output);
            _committed = true;
            _onStep?.Invoke(CommitStep.NewOutputInPlace);
            if (_recycle is not null && Directory.Exists(previous))
            {
                PreviousOutput.KeepOnly(previous, _output, _written.Select(w => w.Path).ToHashSet(StringComparer.Ordinal));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            OutputWriteException.Report(errors, at, ex);
            if (!Directory.Exists(_output) && Directory.Exists(previous))
            {
                Directory.Move(previous, _output);
            }
        }
        finally
        {
            RecycleAfterCommit(previous, errors);
        }

        _onStep?.Invoke(CommitStep.Finished);
    }

    /// <summary>The new site is in place whatever happens here: an old site that cannot be deleted (an immutable file) is a warning, and the next build tries again.</summary>
    private void RecycleAfterCommit(string previous, ErrorList errors)
    {
        try
        {
            Recycle(previous);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var failure = IoFailure.Find(ex, previous) ?? IoFailure.Describe(ex, previous);
            errors.Warn(Stage.Write, failure.Path, null, null, "no se pudo borrar el sitio anterior: " + failure.Problem, failure.Remedy);
        }
    }

    /// <summary>Without <see cref="Commit"/>, the staging folder goes (to be recycled, or deleted) and output/ stays as it was.</summary>
    public void Dispose()
    {
        try
        {
            if (!_committed)
            {
                Recycle(_staging);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left for the next build, which recycles or deletes the staging folders of ended processes.
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
            return FileContent.HasBytes(path, file);
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
            return FileContent.HasBytes(previous, file) && Link(previous, path) == 0;
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
