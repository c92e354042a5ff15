using System.Diagnostics;
using Micrositio.Tests.Cli;
using Micrositio.Tests.Support;

namespace Micrositio.Tests.Write;

/// <summary>
/// Real file-system faults under output/, on a small tmpfs mounted for the test (this needs root, as the tests run
/// here): a full disk, a read-only disk, immutable folders (chattr +i, which stops root too). Each is a Spanish error
/// naming the path and the remedy, exit 1, and output/ exactly as it was (issue 22: «Error interno … No space left on device»).
/// </summary>
[Collection(CliCollection.Name)]
public sealed class IoFaultTests : IDisposable
{
    private readonly string _disk = Path.Combine(Path.GetTempPath(), "micrositio-tests", "disco-" + Guid.NewGuid().ToString("N"));
    private readonly SiteFixture _site = SiteFixture.Create("-- input/paginas/acerca.md --\n---\ntitulo: Acerca\n---\nVersión anterior.\n");

    public IoFaultTests()
    {
        Directory.CreateDirectory(_disk);
        Run("mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", _disk);
    }

    private string Output => Path.Combine(_disk, "salida");

    public void Dispose()
    {
        Run(false, "chattr", "-R", "-i", _disk);
        Run(true, "umount", _disk);
        Directory.Delete(_disk);
        _site.Dispose();
    }

    private static void Run(string program, params string[] args) => Run(true, program, args);

    private static void Run(bool check, string program, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true, UseShellExecute = false })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(!check || process.ExitCode == 0, $"{program} {string.Join(' ', args)}: {error}");
    }

    private Task<CliRun> Build() => _site.Cli("build", "--root", _site.Root, "--themes", _site.ThemesDirectory, "--output", Output);

    private static Dictionary<string, string> Snapshot(string folder) => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
        .ToDictionary(f => f, File.ReadAllText);

    /// <summary>Builds the old site, breaks the disk, changes the content, builds again: the second build must fail cleanly.</summary>
    private async Task<CliRun> FailingBuild(Action breakDisk)
    {
        Assert.True((await Build()).ExitCode == 0);
        var before = Snapshot(Output);
        breakDisk();
        _site.Write("input/paginas/acerca.md", "---\ntitulo: Acerca\n---\nVersión nueva, más larga que la anterior.\n");

        var run = await Build();

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal(before, Snapshot(Output));
        Assert.DoesNotContain("Error interno", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Error, StringComparison.Ordinal);
        Assert.Contains("No se generó el sitio; output/ quedó como estaba.", run.Error, StringComparison.Ordinal);
        return run;
    }

    [Fact]
    public async Task A_full_disk_is_a_spanish_error_naming_the_file_and_saying_to_free_space()
    {
        var run = await FailingBuild(() =>
        {
            using var filler = File.Create(Path.Combine(_disk, "relleno"));
            var block = new byte[1 << 20];
            try
            {
                while (true)
                {
                    filler.Write(block);
                    filler.Flush();
                }
            }
            catch (IOException)
            {
                // The disk is full.
            }
        });

        Assert.Matches($@"escritura: {System.Text.RegularExpressions.Regex.Escape(_disk)}/\S+: el disco está lleno: no se pudo escribir este archivo\. Cómo corregirlo: libere espacio en el disco de «{System.Text.RegularExpressions.Regex.Escape(_disk)}", run.Error);
        Assert.DoesNotContain("No space left", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateDirectories(_disk, ".salida.*"));
    }

    [Fact]
    public async Task A_read_only_disk_is_a_spanish_error_naming_the_folder()
    {
        var run = await FailingBuild(() => Run("mount", "-o", "remount,ro", _disk));

        Assert.Contains($"escritura: {_disk}/.salida.nuevo-", run.Error, StringComparison.Ordinal);
        Assert.Contains("el disco es de solo lectura. Cómo corregirlo: compile en un disco con escritura, o indique otra carpeta con --output.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_immutable_output_folder_is_a_permission_error_naming_it()
    {
        var run = await FailingBuild(() => Run("chattr", "+i", Output));

        Assert.Contains($"escritura: {Output}: no hay permiso para escribir aquí", run.Error, StringComparison.Ordinal);
        Assert.Contains($"Cómo corregirlo: dé permiso de escritura sobre la carpeta «{_disk}»", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateDirectories(_disk, ".salida.*"));
    }

    [Fact]
    public async Task A_folder_that_cannot_take_new_entries_is_a_permission_error_naming_it()
    {
        var run = await FailingBuild(() => Run("chattr", "+i", _disk));

        Assert.Contains($"escritura: {_disk}/.salida.nuevo-", run.Error, StringComparison.Ordinal);
        Assert.Contains($"no hay permiso para escribir aquí", run.Error, StringComparison.Ordinal);
        Assert.Contains($"Cómo corregirlo: dé permiso de escritura sobre la carpeta «{_disk}»", run.Error, StringComparison.Ordinal);
    }
}
