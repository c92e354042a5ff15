using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Micrositio.Tests.Support;

/// <summary>
/// The command-line program as a real process (the Micrositio.Cli.dll built beside the tests, run by «dotnet exec»):
/// for what an in-process run cannot show — signals, a kill, another globalization mode.
/// </summary>
public static class CliProcess
{
    public static string Assembly => Path.Combine(AppContext.BaseDirectory, "Micrositio.Cli.dll");

    public static Process Start(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Assembly);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException("the CLI did not start");
    }

    /// <summary>Runs to the end (at most <paramref name="timeout"/>, then it is killed and the test fails).</summary>
    public static async Task<CliRun> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string>? environment, TimeSpan timeout, params string[] args)
    {
        using var process = Start(workingDirectory, environment, args);
        return await WaitAsync(process, timeout);
    }

    public static async Task<CliRun> WaitAsync(Process process, TimeSpan timeout)
    {
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the CLI did not end within {timeout}: {await error}");
        }

        return new CliRun(process.ExitCode, await output, await error);
    }

    /// <summary>Sends a signal as «kill -s» does.</summary>
    public static void Signal(Process process, int signal) =>
        Assert.True(Kill(process.Id, signal) == 0 || process.HasExited, $"kill -{signal} {process.Id} failed while the process was running");

    public const int Sigint = 2, Sigterm = 15, Sighup = 1;

    [DllImport("libc", EntryPoint = "kill")]
    private static extern int Kill(int pid, int signal);
}
