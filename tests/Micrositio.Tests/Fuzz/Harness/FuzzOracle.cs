using System.Diagnostics;

namespace Micrositio.Tests.Fuzz.Harness;

/// <summary>
/// The properties every reader must keep on every case: it ends, in time and memory, with success or with content
/// errors that name a file of the site (and a line inside it, where there is one); no exception escapes and no
/// message is an internal error. Returns a description of the first property broken, or null.
/// </summary>
public sealed class FuzzOracle(FuzzReaders readers, FuzzLimits limits)
{
    private static readonly string[] InternalWords =
    [
        "Exception", "   at ", "Object reference", "Index was outside", "Value cannot be null", "Sequence contains", "System.", "Input string was not",
        "Arithmetic operation", "Specified argument", "must be non-negative", "Stack overflow", "Microsoft.",
    ];

    /// <summary>Processor time the last case took (to report the slowest).</summary>
    public TimeSpan LastElapsed { get; private set; }

    public string? Check(FuzzCase fuzzCase)
    {
        ReaderOutcome? outcome = null;
        Exception? escaped = null;
        long allocated = 0;
        ThreadCpu? cpu = null;
        using var started = new ManualResetEventSlim();
        var thread = new Thread(() =>
        {
            cpu = ThreadCpu.Current();
            started.Set();
            var before = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                outcome = readers.Run(fuzzCase);
            }
            catch (Exception ex)
            {
                escaped = ex;
            }

            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }, limits.StackBytes) { IsBackground = true, Name = "fuzz case" };
        var clock = Stopwatch.StartNew();
        var processCpu = Process.GetCurrentProcess().TotalProcessorTime;
        thread.Start();
        started.Wait();
        var limit = fuzzCase.Target == FuzzTarget.SiteOnDisk && readers.FullBuilds ? limits.PerBuild : limits.PerCase;

        // A case is judged by its own processor time where the system gives it, else by wall time.
        TimeSpan Spent() => cpu!.Used ?? clock.Elapsed;
        while (!thread.Join(TimeSpan.FromMilliseconds(100)))
        {
            // Work the case hands to other threads (the lint's parallel loop) shows only in the process's time.
            if (Spent() > limit * 3 || Process.GetCurrentProcess().TotalProcessorTime - processCpu > limit * 6 || clock.Elapsed > limit * 60)
            {
                LastElapsed = Spent();
                return $"did not end: {Spent().TotalSeconds:0.0} s of processor time on its thread, {(Process.GetCurrentProcess().TotalProcessorTime - processCpu).TotalSeconds:0.0} s in the process, " +
                    $"{clock.Elapsed.TotalSeconds:0} s of wall time; limit {limit.TotalSeconds:0.#} s (the thread is left running)";
            }
        }

        LastElapsed = Spent();
        if (escaped is not null)
        {
            return $"unhandled {escaped.GetType().Name}: {escaped.Message}\n{escaped.StackTrace}";
        }

        if (LastElapsed > limit)
        {
            return $"took {LastElapsed.TotalSeconds:0.00} s of processor time, more than {limit.TotalSeconds:0.#} s";
        }

        if (allocated > limits.MaxAllocatedBytes)
        {
            return $"allocated {allocated / (1024 * 1024)} MB, more than {limits.MaxAllocatedBytes / (1024 * 1024)} MB";
        }

        return Judge(outcome!);
    }

    public static string? Judge(ReaderOutcome outcome)
    {
        if (outcome.Violation is { } violation)
        {
            return violation;
        }

        foreach (var error in outcome.Errors)
        {
            if (!error.File.StartsWith("input/", StringComparison.Ordinal) || error.File.Contains("..", StringComparison.Ordinal))
            {
                return $"an error names no file of input/: {error}";
            }

            if (error.Line is { } line && (line < 1 || (outcome.LineCounts.TryGetValue(error.File, out var count) ? line > count + 1 : false)))
            {
                return $"an error names line {line}, outside the file: {error}";
            }

            if (Internal(error.Message + " " + error.Hint) is { } word)
            {
                return $"an error reads like an internal one («{word}»): {error}";
            }

            if (error.Message.Length == 0)
            {
                return $"an error says nothing: {error}";
            }
        }

        foreach (var problem in outcome.Problems)
        {
            if (outcome.ProblemPrefix is { } prefix && !problem.StartsWith(prefix, StringComparison.Ordinal))
            {
                return $"a problem does not name {prefix}: {problem}";
            }

            if (Internal(problem) is { } word)
            {
                return $"a problem reads like an internal error («{word}»): {problem}";
            }
        }

        return null;
    }

    private static string? Internal(string text) => InternalWords.FirstOrDefault(w => text.Contains(w, StringComparison.Ordinal));
}
