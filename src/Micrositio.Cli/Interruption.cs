using System.Runtime.InteropServices;

namespace Micrositio.Cli;

/// <summary>
/// The process's own handling of SIGINT, SIGTERM, SIGHUP and SIGQUIT: the first cancels the running command, which stops at
/// its next step; any later one is ignored. The process then ends with <see cref="CommandLine.Interrupted"/>, whatever the
/// command returned, and ends anyway with that code if the command has not stopped after <c>grace</c>.
/// </summary>
internal sealed class Interruption : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly List<PosixSignalRegistration> _registrations = [];
    private readonly TimeSpan _grace;
    private int _signalled;

    public Interruption(TimeSpan grace)
    {
        _grace = grace;
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT })
        {
            _registrations.Add(PosixSignalRegistration.Create(signal, OnSignal));
        }
    }

    public CancellationToken Token => _source.Token;

    public bool Signalled => Volatile.Read(ref _signalled) != 0;

    private void OnSignal(PosixSignalContext context)
    {
        // The runtime's default would end the process at once, with no chance to recycle the staging folder.
        context.Cancel = true;
        if (Interlocked.Exchange(ref _signalled, 1) != 0)
        {
            return;
        }

        _source.Cancel();
        _ = Task.Delay(_grace).ContinueWith(_ => Environment.Exit(CommandLine.Interrupted), TaskScheduler.Default);
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
    }
}
