using System.Diagnostics;
using System.Threading.Channels;
using Micrositio.Build;
using Micrositio.Diagnostics;
using Micrositio.Preview.Netlify;
using Micrositio.Write;

namespace Micrositio.Preview;

/// <summary>What one build of the preview did; <see cref="FilesWritten"/> counts the files written or deleted in output/.</summary>
public sealed record PreviewBuild(int Version, bool Succeeded, IReadOnlyList<BuildError> Errors, IReadOnlyList<BuildError> Warnings, IReadOnlyList<string> ChangedUrls, int FilesWritten, TimeSpan Elapsed);

/// <summary>
/// <c>micrositio serve</c>: builds the site into output/, serves it with <see cref="PreviewServer"/>, and on
/// every change under input/ or themes/ rebuilds, writes only the files that changed and tells the open
/// pages to reload. A build with errors changes nothing on disk or on screen except the error panel: the
/// last good site stays served.
/// </summary>
public sealed class PreviewSession : IAsyncDisposable
{
    /// <summary>Editors save in bursts (temp file, rename, touch): changes this close together are one rebuild.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(30);

    private readonly BuildOptions _options;
    private readonly bool _nowIsFixed;
    private readonly SemaphoreSlim _building = new(1, 1);
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly CancellationTokenSource _stopping = new();
    private Task _watchLoop = Task.CompletedTask;
    private int _version;

    private PreviewSession(BuildOptions options, bool nowIsFixed, PreviewServer server)
    {
        // Rebuilds skip the checks of files that passed before and the PDFs of unchanged releases.
        _options = options with
        {
            CheckMemory = options.CheckMemory ?? new PostProcess.CheckMemory(),
            PdfMemory = options.PdfMemory ?? new Render.Press.Pdf.PdfMemory(options.PdfCacheDirectory),
        };
        _nowIsFixed = nowIsFixed;
        Server = server;
    }

    public PreviewServer Server { get; }

    /// <summary>Raised after every build (the first one included), on the thread that built.</summary>
    public event Action<PreviewBuild>? Built;

    /// <summary>
    /// Builds once, then serves; with <paramref name="watch"/>, rebuilds on every change of the sources.
    /// Embargoes are judged at the time of each build, unless <paramref name="nowIsFixed"/> (<c>--now</c>).
    /// </summary>
    public static async Task<PreviewSession> StartAsync(
        BuildOptions options, NetlifyConfig netlify, int port = 0, bool watch = true, bool nowIsFixed = false, Action<PreviewBuild>? onBuilt = null)
    {
        var server = await PreviewServer.StartAsync(SiteSnapshot.Empty, netlify, port, liveReload: true);
        var session = new PreviewSession(options, nowIsFixed, server);
        session.Built += onBuilt;
        await session.RebuildAsync();
        if (watch)
        {
            session.Watch();
        }

        return session;
    }

    /// <summary>Builds now (after any build under way) and serves the result.</summary>
    public async Task<PreviewBuild> RebuildAsync(CancellationToken cancellationToken = default)
    {
        await _building.WaitAsync(cancellationToken);
        try
        {
            return await Task.Run(BuildAndShow, cancellationToken);
        }
        finally
        {
            _building.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        await _stopping.CancelAsync();
        _changes.Writer.TryComplete();
        try
        {
            await _watchLoop;
        }
        catch (OperationCanceledException)
        {
        }

        await Server.DisposeAsync();
        _stopping.Dispose();
        _building.Dispose();
    }

    private PreviewBuild BuildAndShow()
    {
        var clock = Stopwatch.StartNew();
        var before = Server.Site;
        var version = ++_version;
        var result = SiteBuild.Generate(_nowIsFixed ? _options : _options with { Now = DateTimeOffset.UtcNow });
        var errors = result.Errors.ToList();
        var built = SiteSnapshot.Of(result.Files, version);
        IReadOnlyList<string> changed = [];
        if (result.Succeeded)
        {
            var writeErrors = new ErrorList();
            changed = SiteSnapshot.ChangedPaths(before, built);
            if (before.Files.Count == 0)
            {
                OutputWriter.WriteAtomically(_options.OutputDirectory, result.Files, writeErrors);
            }
            else
            {
                OutputWriter.WriteChanges(_options.OutputDirectory, result.Files, changed, writeErrors);
            }

            errors.AddRange(writeErrors.Sorted());
        }

        var next = errors.Count == 0
            ? built
            : before with { Version = version, Errors = errors.Select(e => e.ToString()).ToList() };
        changed = errors.Count == 0 ? changed : [];
        Server.Show(next, changed);
        var build = new PreviewBuild(version, errors.Count == 0, errors, result.Warnings, changed.Select(SiteSnapshot.UrlOf).ToList(), changed.Count, clock.Elapsed);
        Built?.Invoke(build);
        return build;
    }

    private void Watch()
    {
        foreach (var directory in new[] { _options.InputDirectory, _options.ThemesDirectory }.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(directory)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => Changed(e.FullPath);
            watcher.Created += (_, e) => Changed(e.FullPath);
            watcher.Deleted += (_, e) => Changed(e.FullPath);
            watcher.Renamed += (_, e) => Changed(e.FullPath);
            watcher.Error += (_, _) => Changed(directory);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }

        _watchLoop = Task.Run(() => WatchLoopAsync(_stopping.Token));
    }

    private void Changed(string path)
    {
        if (!IsEditorScratch(Path.GetFileName(path)))
        {
            _changes.Writer.TryWrite(path);
        }
    }

    /// <summary>Swap and backup files editors write beside the real one; they are not content.</summary>
    internal static bool IsEditorScratch(string name) =>
        name.EndsWith('~') || name.StartsWith(".#", StringComparison.Ordinal) ||
        name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal) ||
        name.EndsWith(".tmp", StringComparison.Ordinal) || name == "4913";

    private async Task WatchLoopAsync(CancellationToken stopping)
    {
        var reader = _changes.Reader;
        while (await reader.WaitToReadAsync(stopping))
        {
            // Let the burst settle, then take every change it brought: one rebuild for all of them.
            do
            {
                while (reader.TryRead(out _))
                {
                }

                await Task.Delay(Quiet, stopping);
            }
            while (reader.TryRead(out _));

            await RebuildAsync(stopping);
        }
    }
}
