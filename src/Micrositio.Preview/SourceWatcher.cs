namespace Micrositio.Preview;

/// <summary>
/// Watches the source folders (input/, themes/) and reports every changed path, except the scratch files
/// editors write beside the real one.
/// </summary>
public sealed class SourceWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];

    public SourceWatcher(IEnumerable<string> directories, Action<string> changed)
    {
        foreach (var directory in directories.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(directory)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            void Report(string path)
            {
                if (!IsEditorScratch(Path.GetFileName(path)))
                {
                    changed(path);
                }
            }

            watcher.Changed += (_, e) => Report(e.FullPath);
            watcher.Created += (_, e) => Report(e.FullPath);
            watcher.Deleted += (_, e) => Report(e.FullPath);
            watcher.Renamed += (_, e) => Report(e.FullPath);
            watcher.Error += (_, _) => changed(directory);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>Swap and backup files editors write beside the real one; they are not content.</summary>
    public static bool IsEditorScratch(string name) =>
        name.EndsWith('~') || name.StartsWith(".#", StringComparison.Ordinal) ||
        name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal) ||
        name.EndsWith(".tmp", StringComparison.Ordinal) || name == "4913";

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }
    }
}
