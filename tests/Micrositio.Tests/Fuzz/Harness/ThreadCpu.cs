using System.Globalization;

namespace Micrositio.Tests.Fuzz.Harness;

/// <summary>
/// The processor time of one thread, from Linux's /proc, so a case's time limit holds on a machine shared with other
/// work (where wall time says more about the neighbours than about the reader). Null elsewhere.
/// </summary>
public sealed class ThreadCpu
{
    private readonly string? _stat;

    private ThreadCpu(string? stat) => _stat = stat;

    /// <summary>The calling thread's clock.</summary>
    public static ThreadCpu Current()
    {
        var link = new DirectoryInfo("/proc/thread-self").LinkTarget;
        return new ThreadCpu(link is null ? null : Path.Combine("/proc", link, "stat"));
    }

    public TimeSpan? Used
    {
        get
        {
            if (_stat is null)
            {
                return null;
            }

            try
            {
                var text = File.ReadAllText(_stat);
                var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
                var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                return TimeSpan.FromSeconds(ticks / 100.0);
            }
            catch (IOException)
            {
                return null;
            }
        }
    }
}
