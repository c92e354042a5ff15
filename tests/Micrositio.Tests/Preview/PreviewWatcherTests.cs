using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Micrositio.Preview;
using Micrositio.Tests.Support;

namespace Micrositio.Tests.Preview;

/// <summary>
/// The watcher of <c>micrositio serve</c> survives any failure of a quick or a whole rebuild: the failure is
/// shown in the panel and reported, the last good site stays served, and the next save rebuilds.
/// </summary>
public sealed class PreviewWatcherTests
{
    private const string Site = """
        -- input/mesas/a.md --
        ---
        nombre: Mesa A
        estado: chihuahua
        resumen: Una mesa.
        ---
        Texto original de la mesa.
        -- input/paginas/c.md --
        ---
        titulo: Página C
        ---
        Versión 0 de la página.
        """;

    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    /// <summary>Exceptions of unrelated kinds, as a parser, the file system or a plain bug would throw them.</summary>
    private static readonly Func<Exception>[] Failures =
    [
        () => new InvalidOperationException("estado imposible"),
        () => new NullReferenceException(),
        () => new IOException("archivo desaparecido"),
        () => new AggregateException(new FormatException("formato")),
        () => new OperationCanceledException("cancelada por otra razón"),
        () => new KeyNotFoundException("clave ausente"),
    ];

    [Fact]
    public async Task Any_failure_of_a_whole_or_quick_rebuild_is_shown_and_later_saves_still_rebuild()
    {
        using var site = SiteFixture.Create(Site);
        site.WriteDefaultBrand();
        var builds = new BuildLog();
        await using var session = await PreviewSession.StartAsync(site.Options, Netlify.Production, onBuilt: builds.Add);
        using var http = new HttpClient();
        Assert.True(builds.Last.Succeeded, string.Join("\n", builds.Last.Errors));

        var version = 0;
        foreach (var quick in new[] { false, true })
        {
            foreach (var failure in Failures)
            {
                var exception = failure();
                session.BeforeBuild = isQuick =>
                {
                    if (isQuick == quick)
                    {
                        throw exception;
                    }
                };

                var failed = builds.Next(b => !b.Succeeded);
                site.Write("input/paginas/c.md", $"---\ntitulo: Página C\n---\nVersión {++version} de la página.\n");
                var shown = await failed.WaitAsync(Wait);

                var error = Assert.Single(shown.Errors).ToString();
                Assert.Equal(quick, shown.Quick);
                Assert.Contains("input/paginas/c.md", error, StringComparison.Ordinal);
                Assert.Contains(exception.GetType().Name, error, StringComparison.Ordinal);
                Assert.Contains("la vista previa no pudo regenerar el sitio", error, StringComparison.Ordinal);
                Assert.Contains("Cómo corregirlo:", error, StringComparison.Ordinal);
                var page = await http.GetStringAsync(session.Server.Url("/c/"));
                Assert.Contains("micrositio-errores", page, StringComparison.Ordinal);
                Assert.Contains(exception.GetType().Name, page, StringComparison.Ordinal);

                // The next save rebuilds and serves the new content without the panel.
                session.BeforeBuild = null;
                site.Write("input/paginas/c.md", $"---\ntitulo: Página C\n---\nVersión {++version} de la página.\n");
                var expected = $"Versión {version} de la página";
                await Until(async () =>
                {
                    var page = await http.GetStringAsync(session.Server.Url("/c/"));
                    // The page and the build log are read at different moments: wait until both show the successful whole build.
                    var last = builds.Last;
                    return page.Contains(expected, StringComparison.Ordinal) && !page.Contains("micrositio-errores", StringComparison.Ordinal)
                        && !last.Quick && last.Succeeded && last.Version > shown.Version;
                });
            }
        }
    }

    [Fact]
    public async Task A_yaml_typo_saved_while_serving_is_reported_on_the_page_and_in_the_terminal_and_its_fix_rebuilds()
    {
        using var site = SiteFixture.Create(Site);
        var port = FreePort();
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var run = site.Cli(stop.Token, "serve", "--root", site.Root, "--themes", site.ThemesDirectory, "--puerto", port.ToString(CultureInfo.InvariantCulture));
        using var http = new HttpClient();
        var url = $"http://127.0.0.1:{port}/mesas/a/";
        await UntilPage(http, url, page => page.Contains("Texto original", StringComparison.Ordinal), run);

        // A flow sequence left open above another key makes the YAML parser throw.
        site.Write("input/mesas/a.md", "---\nnombre: [sin cerrar\nestado: chihuahua\nresumen: Una mesa.\n---\nTexto con error.\n");
        var broken = await UntilPage(http, url, page => page.Contains("micrositio-errores", StringComparison.Ordinal), run);
        Assert.Contains("Texto original", broken, StringComparison.Ordinal);
        Assert.Contains("input/mesas/a.md", broken, StringComparison.Ordinal);

        site.Write("input/mesas/a.md", "---\nnombre: Mesa A\nestado: chihuahua\nresumen: Una mesa.\n---\nTexto corregido.\n");
        var repaired = await UntilPage(http, url, page => page.Contains("Texto corregido", StringComparison.Ordinal) && !page.Contains("micrositio-errores", StringComparison.Ordinal), run);
        Assert.Contains("Texto corregido", repaired, StringComparison.Ordinal);

        await stop.CancelAsync();
        var result = await run;
        Assert.Equal(Micrositio.Cli.CommandLine.Interrupted, result.ExitCode);
        Assert.Contains("input/mesas/a.md", result.Error, StringComparison.Ordinal);
        Assert.Contains("tiene errores", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error + result.Output, StringComparison.Ordinal);
        Assert.Contains("Regenerado", result.Output, StringComparison.Ordinal);
    }

    private static async Task Until(Func<Task<bool>> done)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (!await done())
        {
            Assert.True(DateTime.UtcNow < deadline, "the preview never showed the rebuilt page");
            await Task.Delay(50);
        }
    }

    private static async Task<string> UntilPage(HttpClient http, string url, Func<string, bool> wanted, Task<CliRun> run)
    {
        var deadline = DateTime.UtcNow + Wait;
        var last = "";
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(run.IsCompleted, run.IsCompleted ? $"serve ended early:\n{await run}" : "");
            try
            {
                last = await http.GetStringAsync(url);
                if (wanted(last))
                {
                    return last;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet, or the page answers with an error status while there is no good build.
            }

            await Task.Delay(100);
        }

        Assert.Fail($"{url} never showed what was expected; last answer:\n{last}");
        return last;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
