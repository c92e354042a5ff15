using System.Diagnostics;
using System.Threading.Channels;
using Micrositio.Build;
using Micrositio.Diagnostics;
using Micrositio.Preview.Netlify;
using Micrositio.Write;

namespace Micrositio.Preview;

/// <summary>
/// What one build of the preview did; <see cref="FilesWritten"/> counts the files written or deleted in output/.
/// A <see cref="Quick"/> one showed the pages of edited content files alone, before the whole build that follows.
/// </summary>
public sealed record PreviewBuild(int Version, bool Succeeded, IReadOnlyList<BuildError> Errors, IReadOnlyList<BuildError> Warnings, IReadOnlyList<string> ChangedUrls, int FilesWritten, TimeSpan Elapsed)
{
    public bool Quick { get; init; }
}

/// <summary>
/// <c>micrositio serve</c>: builds the site into output/, serves it with <see cref="PreviewServer"/>, and on
/// every change under input/ or themes/ rebuilds, writes only the files that changed and tells the open
/// pages to reload. A build with errors changes nothing on disk or on screen except the error panel: the
/// last good site stays served. When only content Markdown files changed, their pages are first made alone
/// (<see cref="QuickRebuild"/>) and shown at once; the whole build follows. A build that started before the
/// latest change is left unshown: a newer one is coming, and it would show older content for a moment.
/// </summary>
public sealed class PreviewSession : IAsyncDisposable
{
    /// <summary>Editors save in bursts (temp file, rename, touch): changes this close together are one rebuild.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(30);

    /// <summary>After an edited page is shown alone, the whole build waits this long, so the page's reload is not slowed by it.</summary>
    private static readonly TimeSpan QuickGrace = TimeSpan.FromMilliseconds(250);

    private readonly BuildOptions _options;
    private readonly bool _nowIsFixed;
    private readonly SemaphoreSlim _building = new(1, 1);
    private readonly Lock _showing = new();
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stopping = new();
    private SourceWatcher? _watcher;
    private Task _watchLoop = Task.CompletedTask;
    private Task _buildLoop = Task.CompletedTask;
    private int _version;

    /// <summary>Bursts of changes seen; a build that started at an older one is superseded.</summary>
    private int _generation;
    private bool _buildPending;

    /// <summary>Cancels the whole build under way when a newer change makes it stale.</summary>
    private CancellationTokenSource _superseded = new();

    /// <summary>What output/ holds: the last whole build written (quick pages are only served).</summary>
    private SiteSnapshot _onDisk = SiteSnapshot.Empty;

    /// <summary>The quick path from the last good build (and the quick edits since), or null after an error.</summary>
    private QuickRebuild? _quick;

    /// <summary>Files saved since the last good whole build, named when a rebuild fails unexpectedly.</summary>
    private readonly SortedSet<string> _saved = new(StringComparer.Ordinal);

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

    /// <summary>Runs before every quick (true) and whole (false) build; tests make it throw to stand for any failure.</summary>
    internal Action<bool>? BeforeBuild { get; set; }

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
            PreviewBuild? build = null;
            while (build is null)
            {
                build = await Task.Run(() => BuildAndShow(CurrentGeneration()), cancellationToken);
            }

            return build;
        }
        finally
        {
            _building.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        await _stopping.CancelAsync();
        _changes.Writer.TryComplete();
        foreach (var loop in new[] { _watchLoop, _buildLoop })
        {
            try
            {
                await loop;
            }
            catch (OperationCanceledException)
            {
            }
        }

        await Server.DisposeAsync();
        _stopping.Dispose();
        _building.Dispose();
        _superseded.Dispose();
    }

    /// <summary>A whole build; null when a change came while it ran (<paramref name="generation"/> is no longer the latest).</summary>
    private PreviewBuild? BuildAndShow(int generation)
    {
        var clock = Stopwatch.StartNew();
        CancellationToken superseded;
        lock (_showing)
        {
            if (generation != _generation)
            {
                return null;
            }

            _superseded.Dispose();
            _superseded = new CancellationTokenSource();
            superseded = _superseded.Token;
        }

        BuildResult result;
        try
        {
            BeforeBuild?.Invoke(false);
            result = SiteBuild.Generate((_nowIsFixed ? _options : _options with { Now = DateTimeOffset.UtcNow }) with { Cancellation = superseded });
        }
        catch (OperationCanceledException) when (superseded.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !_stopping.IsCancellationRequested)
        {
            // Any failure, whatever its type, is shown like a content error; the watcher keeps going.
            return ShowFailure(ex, quick: false, clock, generation);
        }

        lock (_showing)
        {
            if (generation != _generation)
            {
                return null;
            }

            var version = ++_version;
            var before = Server.Site;
            var errors = result.Errors.ToList();
            var built = SiteSnapshot.Of(result.Files, version);
            var written = 0;
            if (result.Succeeded)
            {
                var writeErrors = new ErrorList();
                var onDisk = SiteSnapshot.ChangedPaths(_onDisk, built);
                if (_onDisk.Files.Count == 0)
                {
                    OutputWriter.WriteAtomically(_options.OutputDirectory, result.Files, writeErrors);
                }
                else
                {
                    OutputWriter.WriteChanges(_options.OutputDirectory, result.Files, onDisk, writeErrors);
                }

                errors.AddRange(writeErrors.Sorted());
                written = onDisk.Count;
            }

            var succeeded = errors.Count == 0;
            if (succeeded)
            {
                _saved.Clear();
            }

            _onDisk = succeeded ? built : _onDisk;
            _quick = succeeded ? result.Quick : null;
            var changed = succeeded ? SiteSnapshot.ChangedPaths(before, built) : [];
            Server.Show(succeeded ? built : before with { Version = version, Errors = errors.Select(e => e.ToString()).ToList() }, changed);
            if (succeeded)
            {
                // Only now: until this build was shown, the one before it was served from these caches.
                BuildCaches.Prune(_options, result.CacheEntries);
            }

            var build = new PreviewBuild(version, succeeded, errors, result.Warnings, changed.Select(SiteSnapshot.UrlOf).ToList(), succeeded ? written : 0, clock.Elapsed);
            Built?.Invoke(build);
            return build;
        }
    }

    /// <summary>
    /// Shows the pages of the edited content files made alone, if the quick path can judge the change (see
    /// <see cref="QuickRebuild"/>); the whole build runs after it either way.
    /// </summary>
    /// <returns>Whether the pages were shown.</returns>
    private bool ShowQuick(IReadOnlyCollection<string> paths)
    {
        var clock = Stopwatch.StartNew();
        if (Volatile.Read(ref _quick) is not { } quick)
        {
            return false;
        }

        (IReadOnlyList<OutputFile> Files, QuickRebuild Next)? quickResult;
        try
        {
            BeforeBuild?.Invoke(true);
            quickResult = quick.Run(paths, _nowIsFixed ? _options.Now : DateTimeOffset.UtcNow);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !_stopping.IsCancellationRequested)
        {
            ShowFailure(ex, quick: true, clock, generation: null);
            return true;
        }

        if (quickResult is not { } made)
        {
            return false;
        }

        lock (_showing)
        {
            var before = Server.Site;
            if (before.Failed || !ReferenceEquals(_quick, quick))
            {
                return false;
            }

            var version = ++_version;
            var next = before.With(made.Files, version);
            var changed = SiteSnapshot.ChangedPaths(before, next);
            _quick = made.Next;
            Server.Show(next, changed);
            Built?.Invoke(new PreviewBuild(version, true, [], [], changed.Select(SiteSnapshot.UrlOf).ToList(), 0, clock.Elapsed) { Quick = true });
            return true;
        }
    }

    /// <summary>
    /// Shows a build that threw as a failed one: the error in the panel and to <see cref="Built"/>, the last good
    /// site still served. Null when a newer change made the whole build stale anyway.
    /// </summary>
    private PreviewBuild? ShowFailure(Exception exception, bool quick, Stopwatch clock, int? generation)
    {
        lock (_showing)
        {
            if (generation is { } g && g != _generation)
            {
                return null;
            }

            var version = ++_version;
            var error = BuildFailure.Describe(exception, _saved);
            var before = Server.Site;
            _quick = null;
            Server.Show(before with { Version = version, Errors = [error.ToString()] }, []);
            var build = new PreviewBuild(version, false, [error], [], [], 0, clock.Elapsed) { Quick = quick };
            Built?.Invoke(build);
            return build;
        }
    }

    private int CurrentGeneration()
    {
        lock (_showing)
        {
            return _generation;
        }
    }

    /// <summary>Runs whole builds until none is pending; a build superseded while it ran is followed by another.</summary>
    private void RequestBuild()
    {
        lock (_showing)
        {
            _buildPending = true;
            if (!_buildLoop.IsCompleted)
            {
                return;
            }

            _buildLoop = Task.Run(async () =>
            {
                while (true)
                {
                    lock (_showing)
                    {
                        if (!_buildPending || _stopping.IsCancellationRequested)
                        {
                            return;
                        }

                        _buildPending = false;
                    }

                    await _building.WaitAsync(_stopping.Token);
                    try
                    {
                        BuildAndShow(CurrentGeneration());
                    }
                    catch (Exception ex) when (!_stopping.IsCancellationRequested)
                    {
                        ShowFailure(ex, quick: false, Stopwatch.StartNew(), generation: null);
                    }
                    finally
                    {
                        _building.Release();
                    }
                }
            });
        }
    }

    private void Watch()
    {
        _watcher = new SourceWatcher([_options.InputDirectory, _options.ThemesDirectory], path => _changes.Writer.TryWrite(path));
        _watchLoop = Task.Run(() => WatchLoopAsync(_stopping.Token));
    }

    private string RelativeToRoot(string path) => Path.GetRelativePath(_options.RootDirectory, path).Replace(Path.DirectorySeparatorChar, '/');

    private async Task WatchLoopAsync(CancellationToken stopping)
    {
        var reader = _changes.Reader;
        var paths = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.WaitToReadAsync(stopping))
        {
            // Let the burst settle, then take every change it brought: one rebuild for all of them.
            paths.Clear();
            do
            {
                while (reader.TryRead(out var path))
                {
                    paths.Add(path);
                }

                await Task.Delay(Quiet, stopping);
            }
            while (reader.TryPeek(out _));

            lock (_showing)
            {
                _generation++;
                _superseded.Cancel();
                _saved.UnionWith(paths.Select(RelativeToRoot));
            }

            if (ShowQuick(paths))
            {
                await Task.Delay(QuickGrace, stopping);
                if (reader.TryPeek(out _))
                {
                    continue; // more edits came: theirs is the next quick look, and the whole build waits for them
                }
            }

            RequestBuild();
        }
    }
}
