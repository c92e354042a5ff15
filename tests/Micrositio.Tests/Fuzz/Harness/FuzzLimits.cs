namespace Micrositio.Tests.Fuzz.Harness;

/// <summary>
/// What one case may cost: wall time (a case through a whole failed build gets <see cref="PerBuild"/>), bytes
/// allocated by the thread that runs it, and the stack of that thread (the thread pool's size, where the Load
/// stage parses files in parallel, so a recursion that fits the main thread's larger stack still counts).
/// </summary>
public sealed record FuzzLimits(TimeSpan PerCase, TimeSpan PerBuild, long MaxAllocatedBytes, int StackBytes)
{
    public static FuzzLimits Default { get; } = new(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(60), 1L << 30, 1536 * 1024);
}
