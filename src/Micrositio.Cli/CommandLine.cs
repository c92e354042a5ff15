using System.CommandLine;
using System.Globalization;
using Micrositio.Build;
using Micrositio.Diagnostics;
using Micrositio.Scaffold;
using Spectre.Console;
using YamlDotNet.RepresentationModel;

namespace Micrositio.Cli;

/// <summary>
/// The command-line program: <c>build</c>, <c>check</c>, <c>serve</c> and <c>new</c>. Exit codes: 0 success, 1 content
/// errors, 2 usage errors. Content errors are printed as a list, never as a stack trace.
/// </summary>
public static class CommandLine
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageErrors = 2;

    /// <summary>Stopped by Ctrl+C (SIGINT) or SIGTERM, as shells report a process an interrupt ended.</summary>
    public const int Interrupted = 130;

    /// <summary>After Ctrl+C a build may still be recycling or deleting its staging folder: thousands of files on a large site.</summary>
    internal static readonly TimeSpan InterruptionGrace = TimeSpan.FromSeconds(30);

    private static readonly Option<DirectoryInfo> RootOption = new("--root")
    {
        Description = "Raíz del repositorio (contiene input/ y themes/). Por omisión, la carpeta actual.",
        DefaultValueFactory = _ => new DirectoryInfo(Directory.GetCurrentDirectory()),
    };

    private static readonly Option<DirectoryInfo?> InputOption = new("--input") { Description = "Carpeta de contenido. Por omisión, <raíz>/input." };

    private static readonly Option<DirectoryInfo?> ThemesOption = new("--themes") { Description = "Carpeta de temas. Por omisión, <raíz>/themes." };

    private static readonly Option<DirectoryInfo?> OutputOption = new("--output") { Description = "Carpeta del sitio generado. Por omisión, <raíz>/output." };

    private static readonly Option<string?> NowOption = new("--now")
    {
        Description = "Fecha y hora de la compilación (para revisar embargos), p. ej. 2018-11-22T18:00:00-06:00. Por omisión, ahora.",
    };

    private static readonly Option<bool> StrictOption = new("--estricto")
    {
        Description = "Trata los avisos de datos personales (direcciones, horarios de reunión) como errores.",
    };

    private static readonly Option<bool> TimingsOption = new("--tiempos")
    {
        Description = "Muestra cuánto tardó cada etapa de la compilación y cuánta memoria usó.",
    };

    /// <summary>Protected names kept out of the repository, separated by new lines or «;».</summary>
    public const string ProtectedNamesVariable = "MICROSITIO_PROTEGIDOS";

    /// <param name="cancellation">Stops a running command as Ctrl+C does (tests; the process's own signals are handled too).</param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellation = default)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        var root = new RootCommand("Micrositio: genera el sitio de la Red Nacional de Mesas de Seguridad y Justicia.");

        var build = new Command("build", "Valida el contenido y genera el sitio en output/.");
        var check = new Command("check", "Valida todo lo que valida «build», sin escribir nada.");
        var serve = ServeCommand.Create(output, error);
        build.Options.Add(TimingsOption);
        check.Options.Add(TimingsOption);
        foreach (var command in new[] { build, check, serve })
        {
            command.Options.Add(RootOption);
            command.Options.Add(InputOption);
            command.Options.Add(ThemesOption);
            command.Options.Add(OutputOption);
            command.Options.Add(NowOption);
            command.Options.Add(StrictOption);
            root.Subcommands.Add(command);
        }

        // Ctrl+C cancels the build, which stops at its next step and recycles its staging folder; output/ stays as it was.
        build.SetAction((result, cancellation) => Task.FromResult(Build(result, console, error, write: true, cancellation)));
        check.SetAction((result, cancellation) => Task.FromResult(Build(result, console, error, write: false, cancellation)));

        var kind = new Argument<string>("tipo") { Description = "Qué crear: " + string.Join(", ", Scaffolder.Kinds) + "." };
        kind.AcceptOnlyFromAmong([.. Scaffolder.Kinds]);
        var name = new Argument<string>("nombre") { Description = "Nombre de la mesa o título del logro o comunicado, entre comillas." };
        var scaffold = new Command("new", "Crea un archivo de contenido con todas sus claves comentadas.") { kind, name, RootOption };
        scaffold.SetAction(result => New(result.GetValue(kind)!, result.GetValue(name)!, result.GetValue(RootOption)!, console, error));
        root.Subcommands.Add(scaffold);
        root.Subcommands.Add(VerifyImagesCommand.Create(output, error));
        root.Subcommands.Add(ImportDataCommand.Create(RootOption, output, error));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                await error.WriteLineAsync($"error de uso: {parseError.Message}");
            }

            await error.WriteLineAsync("Use «micrositio --help» para ver los comandos y opciones.");
            return UsageErrors;
        }

        // Program handles the process's signals (see Interruption) and cancels through the token.
        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = null }, cancellation);
    }

    private static int Build(ParseResult result, IAnsiConsole console, TextWriter error, bool write, CancellationToken cancellation)
    {
        if (ReadBuildOptions(result, error) is not { } read)
        {
            return UsageErrors;
        }

        var options = read with { Cancellation = cancellation };

        var rootDirectory = options.RootDirectory;
        var started = System.Diagnostics.Stopwatch.StartNew();
        BuildResult? outcome = null;
        try
        {
            console.Status().Start("Leyendo el contenido…", context =>
            {
                var progress = new Progress<Stage>(stage => context.Status($"Etapa: {stage.Spanish()}…"));
                outcome = write ? SiteBuild.Run(options, progress) : SiteBuild.Generate(options, progress);
            });
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            error.WriteLine("Compilación interrumpida: no se generó el sitio; output/ quedó como estaba.");
            return Interrupted;
        }
        catch (Exception ex) when (IoFailure.Find(ex, options.OutputDirectory) is { } failure)
        {
            // Disk full, no permission, a read-only disk: the staging folder is dropped and output/ stays as it was.
            ReportErrors([new BuildError(Stage.Write, failure.Path, null, null, failure.Problem, failure.Remedy)], error);
            error.WriteLine(write ? "No se generó el sitio; output/ quedó como estaba." : "La revisión no pudo terminar.");
            return ContentErrors;
        }
        catch (Exception ex) when (Environment.GetEnvironmentVariable("MICROSITIO_DEBUG") is null)
        {
            // A content mistake must never surface as a stack trace; if one gets here it is a generator bug.
            error.WriteLine($"Error interno del generador ({ex.GetType().Name}: {ex.Message}).");
            error.WriteLine("No se generó el sitio; output/ quedó como estaba. Reporte este error al equipo técnico; " +
                "con la variable MICROSITIO_DEBUG=1 se muestra el detalle.");
            return ContentErrors;
        }

        if (result.GetValue(TimingsOption))
        {
            var timings = new Table().Border(TableBorder.Rounded).AddColumns("Etapa", "ms", "ms de CPU", "MB en memoria al terminar");
            foreach (var step in outcome!.Timings)
            {
                timings.AddRow(Markup.Escape(step.Name), step.Elapsed.TotalMilliseconds.ToString("N0", CultureInfo.InvariantCulture),
                    step.ProcessCpu.TotalMilliseconds.ToString("N0", CultureInfo.InvariantCulture),
                    (step.HeapBytes / (1024 * 1024)).ToString("N0", CultureInfo.InvariantCulture));
            }

            console.Write(timings);
            console.MarkupLine($"Memoria máxima del proceso: {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024):N0} MB; " +
                $"pausas del recolector de memoria: {GC.GetTotalPauseDuration().TotalMilliseconds:N0} ms en {GC.CollectionCount(0):N0} recolecciones.");
        }

        ReportWarnings(outcome!.Warnings, error);
        if (!outcome.Succeeded)
        {
            ReportErrors(outcome.Errors, error);
            error.WriteLine(write
                ? "No se generó el sitio; output/ quedó como estaba."
                : "La revisión encontró errores.");
            return ContentErrors;
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumns("Contenido", "Cantidad");
        var s = outcome.Statistics;
        static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
        foreach (var (label, value) in new (string, string)[]
        {
            ("Páginas HTML", N(s.Pages)), ("Mesas", N(s.Mesas)), ("Estados", N(s.States)), ("Logros", N(s.Achievements)),
            ("Comunicados publicados", N(s.PressReleases)), ("Comunicados bajo embargo (no publicados)", N(s.Embargoed)),
            ("Encuentros", N(s.Meetings)), ("Fotos procesadas", N(s.PhotosProcessed)), ("Fotos reutilizadas del caché", N(s.PhotosReused)),
            ("Logotipos PNG generados", N(s.LogosRendered)), ("PDF generados", N(s.PdfsWritten)), ("PDF reutilizados del caché", N(s.PdfsReused)),
            ("Índice de búsqueda", s.SearchIndexed ? "generado" : "reutilizado del caché"),
            ("Archivos revisados", N(s.FilesChecked)), ("Archivos ya revisados antes, sin cambios", N(s.FilesKnown)),
            ("Archivos", N(s.Files)), ("Bytes", N(s.Bytes)),
        })
        {
            table.AddRow(label, value);
        }

        console.Write(table);
        console.MarkupLine(write
            ? $"[green]Sitio generado en {Markup.Escape(Path.GetRelativePath(rootDirectory, options.OutputDirectory))}/ en {started.ElapsedMilliseconds} ms, sin errores.[/]"
            : $"[green]Contenido revisado en {started.ElapsedMilliseconds} ms, sin errores.[/]");
        return Success;
    }

    /// <summary>The build options of build, check and serve, or null (after saying why) when --now is not a date or --output is not allowed.</summary>
    internal static BuildOptions? ReadBuildOptions(ParseResult result, TextWriter error)
    {
        var rootDirectory = result.GetValue(RootOption)!.FullName;
        var now = DateTimeOffset.UtcNow;
        if (result.GetValue(NowOption) is { } nowText &&
            !DateTimeOffset.TryParse(nowText, CultureInfo.InvariantCulture, DateTimeStyles.None, out now))
        {
            error.WriteLine($"error de uso: --now «{nowText}» no es una fecha y hora válida (ejemplo: 2018-11-22T18:00:00-06:00).");
            return null;
        }

        var defaults = BuildOptions.ForRoot(rootDirectory, now);
        var options = defaults with
        {
            InputDirectory = result.GetValue(InputOption)?.FullName ?? defaults.InputDirectory,
            ThemesDirectory = result.GetValue(ThemesOption)?.FullName ?? defaults.ThemesDirectory,
            OutputDirectory = result.GetValue(OutputOption)?.FullName ?? defaults.OutputDirectory,
            Strict = result.GetValue(StrictOption),
            ProtectedNames = (Environment.GetEnvironmentVariable(ProtectedNamesVariable) ?? "")
                .Split(['\n', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            CommitHook = KillAtCommitStep(),
        };
        if (Write.OutputLocation.Problem(options.OutputDirectory, rootDirectory, options.InputDirectory, options.ThemesDirectory,
                given: result.GetValue(OutputOption) is not null) is { } problem)
        {
            error.WriteLine($"error de uso: --output: {problem}. Cómo corregirlo: indique una carpeta nueva o vacía, o una que haya " +
                "generado este programa (por omisión, output/ en la raíz del repositorio).");
            return null;
        }

        return options;
    }

    /// <summary>Fault injection for the commit tests: the process kills itself (SIGKILL) at the named step of the commit.</summary>
    internal const string KillAtCommitVariable = "MICROSITIO_PRUEBA_MATAR_EN";

    private static Action<Write.CommitStep>? KillAtCommitStep() =>
        Enum.TryParse<Write.CommitStep>(Environment.GetEnvironmentVariable(KillAtCommitVariable), out var at)
            ? step =>
            {
                if (step == at)
                {
                    System.Diagnostics.Process.GetCurrentProcess().Kill();
                }
            }
            : null;

    internal static bool HasFixedNow(ParseResult result) => result.GetValue(NowOption) is not null;

    internal static void ReportWarnings(IReadOnlyList<BuildError> warnings, TextWriter error)
    {
        if (warnings.Count == 0)
        {
            return;
        }

        error.WriteLine(warnings.Count == 1 ? "1 aviso:" : $"{warnings.Count} avisos:");
        foreach (var warning in warnings)
        {
            error.WriteLine($"  • {warning}");
        }
    }

    internal static void ReportErrors(IReadOnlyList<BuildError> errors, TextWriter error)
    {
        error.WriteLine(errors.Count == 1 ? "Se encontró 1 error:" : $"Se encontraron {ErrorReport.Count(errors.Count)} errores:");
        foreach (var line in ErrorReport.Lines(errors))
        {
            error.WriteLine(line.StartsWith('…') ? $"  {line}" : $"  • {line}");
        }
    }

    private static int New(string kind, string name, DirectoryInfo root, IAnsiConsole console, TextWriter error)
    {
        if (Micrositio.Text.Slugs.From(name).Length == 0)
        {
            error.WriteLine($"error de uso: «{name}» no contiene letras ni números para formar el nombre del archivo.");
            return UsageErrors;
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, SiteTimeZone()).DateTime);
        var scaffold = Scaffolder.Create(kind, name, today, FirstContactId(root.FullName) ?? "comunicacion");
        var path = Path.Combine(root.FullName, scaffold.RelativePath);
        if (File.Exists(path))
        {
            error.WriteLine($"error: {scaffold.RelativePath} ya existe; no se sobrescribe. Elija otro nombre.");
            return ContentErrors;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, scaffold.Text);
        console.MarkupLine($"Creado [green]{Markup.Escape(scaffold.RelativePath)}[/]. Complete las claves y ejecute «micrositio check».");
        foreach (var (file, text) in scaffold.Files.Where(f => !File.Exists(Path.Combine(root.FullName, f.Path))))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(root.FullName, file))!);
            File.WriteAllText(Path.Combine(root.FullName, file), text);
            console.MarkupLine($"Creado [green]{Markup.Escape(file)}[/] (logotipo de ejemplo: reemplácelo por el aprobado y actualice su «sha256»).");
        }

        if (scaffold.ManualEntry is { } entry)
        {
            AddToBrandManual(root.FullName, entry, console);
        }

        return Success;
    }

    /// <summary>Inserts a new mesa's logo entry right under «logotipos:» of the manual, or says what to add.</summary>
    private static void AddToBrandManual(string root, string entry, IAnsiConsole console)
    {
        var path = Path.Combine(root, "input", "marca", "manual.yml");
        var lines = File.Exists(path) ? File.ReadAllLines(path).ToList() : [];
        var at = lines.FindIndex(l => l.TrimEnd() == "  logotipos:");
        if (at < 0)
        {
            console.MarkupLine("Agregue a input/marca/manual.yml, dentro de «mesas: logotipos:»:\n" + Markup.Escape(entry));
            return;
        }

        lines.InsertRange(at + 1, entry.TrimEnd('\n').Split('\n'));
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        console.MarkupLine("Agregado su logotipo de ejemplo a [green]input/marca/manual.yml[/].");
    }

    private static TimeZoneInfo SiteTimeZone() =>
        TimeZoneInfo.TryFindSystemTimeZoneById("America/Mexico_City", out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>The first media contact of sitio.yml, so a scaffolded release is valid as written.</summary>
    private static string? FirstContactId(string root)
    {
        var path = Path.Combine(root, "input", "sitio.yml");
        if (!File.Exists(path) || Micrositio.Load.YamlText.Parse(File.ReadAllText(path), path, 1, new ErrorList()) is not YamlMappingNode site)
        {
            return null;
        }

        return site.Children.TryGetValue(new YamlScalarNode("contactos_prensa"), out var contacts) &&
               contacts is YamlSequenceNode { Children: [YamlMappingNode first, ..] } &&
               first.Children.TryGetValue(new YamlScalarNode("id"), out var id)
            ? (id as YamlScalarNode)?.Value
            : null;
    }
}
