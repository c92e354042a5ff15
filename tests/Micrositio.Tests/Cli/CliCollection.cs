namespace Micrositio.Tests.Cli;

/// <summary>
/// The CLI's System.CommandLine options are static and get attached to a new command tree on every run,
/// so CLI tests run one at a time.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CliCollection
{
    public const string Name = "Command line";
}
