using Micrositio.Cli;

// Signals are handled here rather than by System.CommandLine, whose handler threw on a second signal (SIGINT, then SIGTERM).
using var interruption = new Interruption(CommandLine.InterruptionGrace);
var exit = await CommandLine.RunAsync(args, Console.Out, Console.Error, interruption.Token);
return interruption.Signalled ? CommandLine.Interrupted : exit;
