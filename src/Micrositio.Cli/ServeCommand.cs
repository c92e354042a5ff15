using System.CommandLine;
using Micrositio.Preview;
using Micrositio.Preview.Netlify;

namespace Micrositio.Cli;

/// <summary>
/// <c>micrositio serve</c>: the preview server. Builds, serves output/ on localhost with netlify.toml's
/// headers and redirects, rebuilds on every change under input/ and themes/, and reloads the open pages.
/// Content errors are printed here and shown on the page; the last good site stays served.
/// </summary>
internal static class ServeCommand
{
    private static readonly Option<int> PortOption = new("--puerto")
    {
        Description = "Puerto local (solo 127.0.0.1). Por omisión, 8080.",
        DefaultValueFactory = _ => 8080,
    };

    public static Command Create(TextWriter output, TextWriter error)
    {
        var serve = new Command("serve", "Genera el sitio, lo sirve en http://localhost y lo regenera al guardar cambios (vista previa).") { PortOption };
        serve.SetAction((result, cancellation) => RunAsync(result, output, error, cancellation));
        return serve;
    }

    private static async Task<int> RunAsync(ParseResult result, TextWriter output, TextWriter error, CancellationToken cancellation)
    {
        if (CommandLine.ReadBuildOptions(result, error) is not { } options)
        {
            return CommandLine.UsageErrors;
        }

        var problems = new List<string>();
        var netlifyPath = Path.Combine(options.RootDirectory, "netlify.toml");
        var netlify = NetlifyConfig.Load(netlifyPath, problems);
        foreach (var problem in problems)
        {
            error.WriteLine($"aviso: {problem}");
        }

        // Whole builds fill the thread pool with page work; a request for an edited page must not queue behind it
        // while the pool slowly adds threads, so the pool starts with room for the server.
        ThreadPool.GetMinThreads(out var workers, out var completion);
        ThreadPool.SetMinThreads(Math.Max(workers, 4 * Environment.ProcessorCount + 8), completion);
        PreviewSession session;
        try
        {
            session = await PreviewSession.StartAsync(
                options, netlify, result.GetValue(PortOption), watch: true, nowIsFixed: CommandLine.HasFixedNow(result), onBuilt: build => Report(build, output, error));
        }
        catch (PreviewException ex)
        {
            error.WriteLine($"error: {ex.Message}");
            return CommandLine.UsageErrors;
        }

        await using (session)
        {
            output.WriteLine($"Vista previa en {session.Server.Url("/")} (Ctrl+C para detener). Se regenera al guardar cambios en input/ y themes/.");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellation);
            }
            catch (OperationCanceledException)
            {
                output.WriteLine("Vista previa detenida.");
            }
        }

        // The preview only ends by a signal (Ctrl+C, SIGTERM), and every signal ends a command with the same code.
        return CommandLine.Interrupted;
    }

    private static void Report(PreviewBuild build, TextWriter output, TextWriter error)
    {
        CommandLine.ReportWarnings(build.Warnings, error);
        var time = $"{build.Elapsed.TotalMilliseconds:0} ms";
        if (!build.Succeeded)
        {
            CommandLine.ReportErrors(build.Errors, error);
            error.WriteLine($"[{DateTime.Now:HH:mm:ss}] La versión {build.Version} tiene errores ({time}); se sigue sirviendo la última versión correcta.");
            return;
        }

        if (build.Quick)
        {
            output.WriteLine(build.ChangedUrls.Count == 0
                ? $"[{DateTime.Now:HH:mm:ss}] Sin cambios visibles en la página editada ({time}); se regenera el resto del sitio."
                : $"[{DateTime.Now:HH:mm:ss}] Página editada lista en {time}: {string.Join(", ", build.ChangedUrls)}; se regenera el resto del sitio.");
            return;
        }

        var pages = build.ChangedUrls.Count(u => u.EndsWith('/') || u.EndsWith(".html", StringComparison.Ordinal));
        output.WriteLine(build.Version == 1
            ? $"[{DateTime.Now:HH:mm:ss}] Sitio generado en {time}."
            : $"[{DateTime.Now:HH:mm:ss}] Regenerado en {time}: {pages} páginas y {build.ChangedUrls.Count - pages} archivos más cambiaron.");
    }
}
