using System.Collections.Concurrent;
using System.Diagnostics;

namespace Micrositio.Diagnostics;

/// <summary>
/// Wall time of the named steps of one build (`build --tiempos` prints them, the benchmarks read them), the CPU time
/// the whole process used meanwhile (against twice the wall time on two cores: whether both were busy), and the
/// size of the managed heap when each ended (where the build's memory goes). Steps may nest (a stage and its
/// parts) and may run on several threads; each is recorded when it ends.
/// </summary>
public sealed class StepClock
{
    private readonly ConcurrentQueue<StepTime> _steps = new();

    /// <summary>Starts timing <paramref name="step"/>; disposing the result records it.</summary>
    public Step Measure(string step) => new(this, step, Stopwatch.GetTimestamp(), Environment.CpuUsage.TotalTime);

    /// <summary>Runs <paramref name="work"/> as the step <paramref name="step"/>.</summary>
    public T Time<T>(string step, Func<T> work)
    {
        using var _ = Measure(step);
        return work();
    }

    public void Time(string step, Action work)
    {
        using var _ = Measure(step);
        work();
    }

    /// <summary>
    /// The steps in the order they first ended; a step measured several times (a batch at a time) is their sum, with
    /// the largest heap any of them ended with.
    /// </summary>
    public IReadOnlyList<StepTime> Steps => _steps
        .GroupBy(s => s.Name, StringComparer.Ordinal)
        .Select(g => new StepTime(g.Key, TimeSpan.FromTicks(g.Sum(s => s.Elapsed.Ticks)))
        {
            ProcessCpu = TimeSpan.FromTicks(g.Sum(s => s.ProcessCpu.Ticks)),
            HeapBytes = g.Max(s => s.HeapBytes),
        })
        .ToList();

    public readonly struct Step(StepClock clock, string name, long started, TimeSpan startedCpu) : IDisposable
    {
        public void Dispose() => clock._steps.Enqueue(new StepTime(name, Stopwatch.GetElapsedTime(started))
        {
            ProcessCpu = Environment.CpuUsage.TotalTime - startedCpu,
            HeapBytes = GC.GetTotalMemory(false),
        });
    }
}

/// <summary>One measured step: its name (stage, or «stage: part») and how long it took.</summary>
public sealed record StepTime(string Name, TimeSpan Elapsed)
{
    /// <summary>CPU time of the whole process (every thread) while the step ran.</summary>
    public TimeSpan ProcessCpu { get; init; }

    /// <summary>The managed heap's size when the step ended (garbage not yet collected included).</summary>
    public long HeapBytes { get; init; }
}
