using System.Diagnostics;
using Micrositio.Cli;
using Micrositio.Tests.Images;
using Micrositio.Tests.Images.Pipeline;
using Micrositio.Tests.Support;

namespace Micrositio.Tests.Cli;

/// <summary>
/// <c>fotos instalar-gancho</c> in a real temporary git repository: the pre-commit hook runs the built program
/// (<c>./micrositio</c> there calls this build's Micrositio.Cli.dll) and stops commits of photos with metadata.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class PhotoHookTests : IDisposable
{
    private readonly TempFolder repository = new();

    public PhotoHookTests()
    {
        Git("init", "-q");
        Git("config", "user.email", "pruebas@example.org");
        Git("config", "user.name", "Pruebas");
        var program = Path.Combine(repository.Path, "micrositio");
        File.WriteAllText(program, $"#!/bin/sh\nexec dotnet '{typeof(CommandLine).Assembly.Location}' \"$@\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(program, (UnixFileMode)0b111_101_101);
        }

        Directory.CreateDirectory(Path.Combine(repository.Path, "input", "galeria", "encuentro"));
    }

    public void Dispose() => repository.Dispose();

    private (int ExitCode, string Output) Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = repository.Path, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "git did not finish");
        return (process.ExitCode, output + error.Result);
    }

    private void Photo(string name, byte[] bytes) => File.WriteAllBytes(Path.Combine(repository.Path, "input", "galeria", "encuentro", name), bytes);

    private static byte[] Dirty => ExifTool.Write(TestPhotos.Jpeg(300, 200, seed: 5), ".jpg", "-GPSLatitude=22.2331", "-GPSLatitudeRef=N", "-Artist=Persona");

    private async Task<CliRun> Install()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CommandLine.RunAsync(["fotos", "instalar-gancho", "--root", repository.Path], output, error);
        return new CliRun(exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task The_hook_stops_a_commit_of_a_photo_with_metadata_and_lets_a_clean_one_through()
    {
        var install = await Install();
        Assert.True(install.ExitCode == 0, install.ToString());
        Assert.Contains("Gancho instalado", install.Output, StringComparison.Ordinal);

        Photo("foto-001.jpg", Dirty);
        Git("add", ".");
        var refused = Git("commit", "-q", "-m", "fotos");

        Assert.True(refused.ExitCode != 0, refused.Output);
        Assert.Contains("input/galeria/encuentro/foto-001.jpg: la foto lleva metadatos", refused.Output, StringComparison.Ordinal);
        Assert.Contains("ubicación (GPS)", refused.Output, StringComparison.Ordinal);
        Assert.Contains("fotos agregar", refused.Output, StringComparison.Ordinal);
        Assert.NotEqual(0, Git("rev-parse", "--verify", "HEAD").ExitCode);

        Photo("foto-001.jpg", TestPhotos.Jpeg(300, 200, seed: 5));
        Git("add", ".");
        var accepted = Git("commit", "-q", "-m", "fotos");

        Assert.True(accepted.ExitCode == 0, accepted.Output);
        Assert.Equal(0, Git("rev-parse", "--verify", "HEAD").ExitCode);
    }

    [Fact]
    public async Task The_hook_checks_the_staged_version_not_the_working_copy()
    {
        await Install();
        Photo("foto-002.jpg", Dirty);
        Git("add", ".");
        Photo("foto-002.jpg", TestPhotos.Jpeg(300, 200, seed: 5));

        var refused = Git("commit", "-q", "-m", "fotos");

        Assert.True(refused.ExitCode != 0, refused.Output);
        Assert.Contains("foto-002.jpg", refused.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_hook_is_never_replaced()
    {
        var hooks = Path.Combine(repository.Path, ".git", "hooks");
        Directory.CreateDirectory(hooks);
        File.WriteAllText(Path.Combine(hooks, "pre-commit"), "#!/bin/sh\necho propio\n");

        var run = await Install();

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("ya hay otro gancho", run.Error, StringComparison.Ordinal);
        Assert.Contains("Cómo corregirlo", run.Error, StringComparison.Ordinal);
        Assert.Equal("#!/bin/sh\necho propio\n", File.ReadAllText(Path.Combine(hooks, "pre-commit")));
    }

    [Fact]
    public async Task Outside_a_repository_it_is_a_clear_error()
    {
        using var plain = new TempFolder();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await CommandLine.RunAsync(["fotos", "instalar-gancho", "--root", plain.Path], output, error);

        Assert.Equal(1, exit);
        Assert.Contains("no es un repositorio de git", error.ToString(), StringComparison.Ordinal);
    }
}
