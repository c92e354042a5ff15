namespace Micrositio.Tests.Support;

/// <summary>What one invocation of the command-line program returned and printed.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Output}\n--- stderr ---\n{Error}";
}
