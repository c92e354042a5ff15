using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using CsCheck;
using Micrositio.Tests.Fuzz.Harness;

namespace Micrositio.Fuzz;

/// <summary>
/// The long fuzz run: <c>--semilla N --casos M</c> makes cases 0..M-1 of seed N (each the same on every run), runs
/// them in a child process and, when the child dies (a stack overflow cannot be caught), records the case it was on
/// and starts a new child after it. Prints the defects found, grouped by kind, with one case of each to reproduce.
/// </summary>
public static partial class Program
{
    // Threads left running by cases past their time limit; past this many the child starts afresh.
    private const int MaxStuckThreads = 3;

    public static int Main(string[] args)
    {
        var options = Options.Parse(args);
        if (options is null)
        {
            Console.Error.WriteLine("uso: Micrositio.Fuzz --semilla N --casos M [--procesos P] [--completo] [--objetivo Content|DataYaml|...]");
            return 2;
        }

        return options.Worker ? Worker(options) : Supervise(options);
    }

    private static int Supervise(Options options)
    {
        var clock = Stopwatch.StartNew();
        var chunk = (options.Cases - options.From + options.Processes - 1) / options.Processes;
        var runs = Enumerable.Range(0, options.Processes)
            .Select(p => (From: options.From + (p * chunk), To: Math.Min(options.Cases, options.From + ((p + 1) * chunk))))
            .Where(r => r.From < r.To)
            .Select(r => Task.Run(() => SuperviseRange(options, r.From, r.To, clock)))
            .ToArray();
        Task.WaitAll(runs);
        var defects = runs.SelectMany(r => r.Result.Defects).OrderBy(d => d.Case).ToList();
        var run = runs.Sum(r => r.Result.Times.Values.Sum(t => t.Count)) + runs.Sum(r => r.Result.Restarts);
        Report(options, run, clock.Elapsed, defects, runs.Sum(r => r.Result.Restarts));
        Console.WriteLine("\nobjetivo: casos, tiempo de procesador medio y máximo por caso (ms)");
        foreach (var group in runs.SelectMany(r => r.Result.Times).GroupBy(t => t.Key).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var count = group.Sum(g => g.Value.Count);
            Console.WriteLine($"  {group.Key}: {count}, {group.Sum(g => g.Value.Total) / count:0.0}, {group.Max(g => g.Value.Slowest):0}");
        }

        return defects.Count == 0 ? 0 : 1;
    }

    // Cases <paramref name="from"/> to <paramref name="to"/> in a child process, a new one after each that dies.
    private static (List<(long Case, string Kind, string Detail)> Defects, int Restarts, Dictionary<string, (int Count, double Total, double Slowest)> Times) SuperviseRange(
        Options options, long from, long to, Stopwatch clock)
    {
        var defects = new List<(long Case, string Kind, string Detail)>();
        var times = new Dictionary<string, (int Count, double Total, double Slowest)>(StringComparer.Ordinal);
        var next = from;
        var restarts = 0;
        while (next < to)
        {
            var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };

            // Under `dotnet Micrositio.Fuzz.dll` the child needs the dll again; the app host is the program itself.
            var host = Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet" ? [Environment.GetCommandLineArgs()[0]] : Array.Empty<string>();
            foreach (var argument in host.Concat(["--trabajador", "--semilla", options.Seed.ToString(CultureInfo.InvariantCulture),
                "--casos", to.ToString(CultureInfo.InvariantCulture), "--desde", next.ToString(CultureInfo.InvariantCulture)])
                .Concat(options.Full ? ["--completo"] : [])
                .Concat(options.Deadline is { } deadline ? ["--hasta", deadline.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)] : []).Concat(options.Targets.SelectMany(t => new[] { "--objetivo", t.ToString() })))
            {
                start.ArgumentList.Add(argument);
            }

            using var child = Process.Start(start)!;
            var current = next;
            var finished = false;
            while (child.StandardOutput.ReadLine() is { } line)
            {
                var fields = line.Split('\t');
                switch (fields[0])
                {
                    case "caso":
                        current = long.Parse(fields[1], CultureInfo.InvariantCulture);
                        if ((current - from) % 1000 == 0)
                        {
                            Console.WriteLine($"caso {current}, {clock.Elapsed.TotalSeconds:0} s, {defects.Count} defectos en este tramo");
                        }

                        break;
                    case "hecho":
                        var spent = double.Parse(fields[2], CultureInfo.InvariantCulture);
                        var (count, total, slowest) = times.GetValueOrDefault(fields[1]);
                        times[fields[1]] = (count + 1, total + spent, Math.Max(slowest, spent));
                        break;
                    case "defecto":
                        defects.Add((long.Parse(fields[1], CultureInfo.InvariantCulture), Kind(fields[2]), fields[2].Replace("\\n", "\n", StringComparison.Ordinal) + "\n  " + fields[3]));
                        break;
                    case "fin":
                        finished = true;
                        break;
                }
            }

            child.WaitForExit();
            if (finished)
            {
                break;
            }

            if (child.ExitCode != 3)
            {
                defects.Add((current, $"the process died (exit code {child.ExitCode}; a stack overflow ends it so)", Describe(options, current)));
            }

            next = current + 1;
            restarts++;
        }

        return (defects, restarts, times);
    }

    private static void Report(Options options, long run, TimeSpan elapsed, List<(long Case, string Kind, string Detail)> defects, int restarts)
    {
        Console.WriteLine();
        Console.WriteLine($"semilla {options.Seed}: {run} casos de {options.Cases - options.From} en {elapsed.TotalSeconds:0} s ({run / elapsed.TotalSeconds:0.0} por segundo, {options.Processes} procesos), {restarts} reinicios");
        Console.WriteLine($"{defects.Count} casos fallaron, {defects.Select(d => d.Kind).Distinct().Count()} clases de defecto:");
        foreach (var kind in defects.GroupBy(d => d.Kind).OrderByDescending(g => g.Count()))
        {
            var first = kind.First();
            Console.WriteLine($"\n[{kind.Count()}×] {kind.Key}\n  casos: {string.Join(", ", kind.Take(10).Select(d => d.Case))}\n  ejemplo (caso {first.Case}): {first.Detail}");
        }
    }

    // A violation without its numbers, file names and details, so one defect's cases group together.
    private static string Kind(string violation)
    {
        var line = violation.Split("\\n")[0];
        line = line.Length > 140 ? line[..140] : line;
        return Digits().Replace(Quoted().Replace(line, "«…»"), "#");
    }

    private static string Describe(Options options, long index) => Generate(options, index).ToString();

    private static FuzzCase Generate(Options options, long index) =>
        FuzzGen.Cases(SeedCorpus.Instance, options.Targets.Count == 0 ? null : options.Targets)
            .Generate(new PCG(options.Seed, (ulong)index), null, out _);

    private static int Worker(Options options)
    {
        using var disk = new DiskSite { FullBuilds = options.Full };
        var oracle = new FuzzOracle(new FuzzReaders(disk, Path.Combine(disk.Root, ".cache", "fuzz")), FuzzLimits.Default);
        var stuck = 0;
        FuzzReaders.WarmUp(oracle);
        for (var index = options.From; index < options.Cases && (options.Deadline is not { } deadline || DateTimeOffset.UtcNow < deadline); index++)
        {
            var fuzzCase = Generate(options, index);
            Console.WriteLine($"caso\t{index}\t{fuzzCase.Target} {fuzzCase.SeedPath} [{string.Join(", ", fuzzCase.Mutations)}]");
            Console.Out.Flush();
            var found = oracle.Check(fuzzCase);
            Console.WriteLine($"hecho\t{fuzzCase.Target}\t{oracle.LastElapsed.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture)}");
            if (found is { } violation)
            {
                Console.WriteLine($"defecto\t{index}\t{violation.Replace("\n", "\\n", StringComparison.Ordinal).Replace('\t', ' ')}\t{fuzzCase}");
                if (violation.StartsWith("did not end", StringComparison.Ordinal) && ++stuck >= MaxStuckThreads)
                {
                    Console.Out.Flush();
                    return 3;
                }
            }
        }

        Console.WriteLine("fin");
        return 0;
    }

    [GeneratedRegex("«[^»]*»|\"[^\"]*\"")]
    private static partial Regex Quoted();

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();
}
