using System.Text;
using Micrositio.Tests.Support;

namespace Micrositio.Tests.Cli;

/// <summary>
/// Signals, sent to the real program while it builds: any sequence of SIGINT, SIGTERM and SIGHUP ends it with 130 and
/// output/ as it was (issue 22: SIGINT then SIGTERM aborted with an unhandled ProcessTerminationHandler exception).
/// </summary>
public sealed class SignalTests
{
    /// <summary>Enough pages that the build is still running when the signals arrive.</summary>
    private static string ManyPages()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 150; i++)
        {
            text.Append($"-- input/paginas/pagina-{i:D3}.md --\n---\ntitulo: Página {i}\n---\nTexto de la página {i}, que abrió la mesa.\n");
        }

        return text.ToString();
    }

    [Theory]
    [InlineData(CliProcess.Sigint, CliProcess.Sigterm)]
    [InlineData(CliProcess.Sigterm, CliProcess.Sigint)]
    [InlineData(CliProcess.Sigint, CliProcess.Sigint, CliProcess.Sigterm, CliProcess.Sighup)]
    [InlineData(CliProcess.Sigterm)]
    public async Task Any_sequence_of_signals_ends_a_build_with_130_and_output_as_it_was(params int[] signals)
    {
        using var site = SiteFixture.Create(ManyPages());
        Assert.True(site.Run().Succeeded);
        var before = OutputFolderTests.Tree(site.OutputDirectory).Select(p => (p, File.Exists(p) ? File.ReadAllText(p) : "")).ToList();
        site.Write("input/paginas/pagina-000.md", "---\ntitulo: Cambiada\n---\nOtra versión.\n");

        using var process = CliProcess.Start(site.Root, null, "build", "--themes", site.ThemesDirectory, "--now", "2026-01-01T00:00:00Z");
        var started = DateTime.UtcNow;
        // The staging folder appears when the build starts writing: the signals then arrive in the middle of it.
        while (!Directory.EnumerateDirectories(site.Root, ".output.nuevo-*").Any() && !process.HasExited && DateTime.UtcNow - started < TimeSpan.FromMinutes(2))
        {
            await Task.Delay(20);
        }

        Assert.False(process.HasExited, "the build ended before the signals were sent");
        foreach (var signal in signals)
        {
            // The first signal may end the build before the later ones arrive; a process that is gone gets no more.
            if (process.HasExited)
            {
                break;
            }

            CliProcess.Signal(process, signal);
            await Task.Delay(30);
        }

        var run = await CliProcess.WaitAsync(process, TimeSpan.FromMinutes(2));

        Assert.True(run.ExitCode == 130, run.ToString());
        Assert.DoesNotContain("Unhandled", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, OutputFolderTests.Tree(site.OutputDirectory).Select(p => (p, File.Exists(p) ? File.ReadAllText(p) : "")).ToList());
    }
}
