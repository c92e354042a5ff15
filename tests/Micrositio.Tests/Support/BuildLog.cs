using Micrositio.Preview;

namespace Micrositio.Tests.Support;

/// <summary>Builds as they are reported, and a way to wait for the next one.</summary>
public sealed class BuildLog
{
    private readonly Lock _lock = new();
    private readonly List<PreviewBuild> _builds = [];
    private readonly List<(Func<PreviewBuild, bool> Wanted, TaskCompletionSource<PreviewBuild> Build)> _waiting = [];

    public PreviewBuild Last
    {
        get
        {
            lock (_lock)
            {
                return _builds[^1];
            }
        }
    }

    /// <summary>The next build from now on that is <paramref name="wanted"/> (any build by default).</summary>
    public Task<PreviewBuild> Next(Func<PreviewBuild, bool>? wanted = null)
    {
        lock (_lock)
        {
            var next = new TaskCompletionSource<PreviewBuild>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.Add((wanted ?? (_ => true), next));
            return next.Task;
        }
    }

    public void Add(PreviewBuild build)
    {
        lock (_lock)
        {
            _builds.Add(build);
            foreach (var waiting in _waiting.Where(w => w.Wanted(build)).ToList())
            {
                waiting.Build.TrySetResult(build);
                _waiting.Remove(waiting);
            }
        }
    }
}
