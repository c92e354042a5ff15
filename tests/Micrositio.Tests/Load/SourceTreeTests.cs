using System.Diagnostics;
using Micrositio.Tests.Support;

namespace Micrositio.Tests.Load;

/// <summary>
/// Nothing under input/ or themes/ is read through a symbolic link, wherever it points, nor from a FIFO or device
/// (issue 22: «input/estados/tamaulipas.md → /proc/self/environ» published the build's environment). Each is an error
/// naming the link, and the build reads nothing.
/// </summary>
public sealed class SourceTreeTests
{
    private const string Secret = "MICROSITIO_SECRETO_DE_PRUEBA";

    public static TheoryData<string, string> Links => new()
    {
        { "input/estados/tamaulipas.md", "/proc/self/environ" },
        { "input/paginas/usuarios.md", "/etc/passwd" },
        { "input/paginas/copia.md", "input/paginas/red.md" },
        { "input/datos/catalogos", "/etc" },
        { "input/marca/mesas/a-color.svg", "/etc/hostname" },
        { "input/galeria/fuera", "/tmp" },
        { "themes/default/templates/fuera.liquid", "/etc/passwd" },
        { "themes/default/assets/fuera", "/etc" },
    };

    [Theory]
    [MemberData(nameof(Links))]
    public void A_symbolic_link_is_an_error_naming_it_and_nothing_is_published(string link, string target)
    {
        Environment.SetEnvironmentVariable(Secret, "no-debe-publicarse");
        using var site = SiteFixture.Create("-- themes/default/LEEME-PRUEBA.txt --\nun archivo del tema\n");
        site.WriteDefaultBrand();
        var path = Path.Combine(site.Root, link);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (File.Exists(path))
        {
            File.Delete(path);
        }

        File.CreateSymbolicLink(path, target.StartsWith('/') ? target : Path.Combine(site.Root, target));

        var result = site.Generate();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal(link, error.File);
        Assert.StartsWith("lectura: " + link + ": es un enlace simbólico", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Cómo corregirlo: reemplace el enlace por una copia", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(target.StartsWith('/'), error.Message.Contains("fuera del repositorio", StringComparison.Ordinal));
        Assert.Empty(result.Files);
    }

    [Fact]
    public async Task A_fifo_is_an_error_and_does_not_hang_the_build()
    {
        using var site = SiteFixture.Create("");
        var fifo = Path.Combine(site.Root, "input", "paginas", "tuberia.md");
        using (var make = Process.Start("mkfifo", [fifo]))
        {
            await make.WaitForExitAsync();
            Assert.Equal(0, make.ExitCode);
        }

        var result = await Task.Run(site.Generate).WaitAsync(TimeSpan.FromMinutes(2));

        var error = Assert.Single(result.Errors);
        Assert.Equal("input/paginas/tuberia.md", error.File);
        Assert.Contains("no es un archivo normal (es una tubería, un dispositivo o un socket)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_build_through_the_command_line_exits_1_and_keeps_output()
    {
        using var site = SiteFixture.Create("");
        Assert.True(site.Run().Succeeded);
        var before = Micrositio.Tests.Cli.OutputFolderTests.Tree(site.OutputDirectory);
        Directory.CreateDirectory(Path.Combine(site.Root, "input", "estados"));
        File.CreateSymbolicLink(Path.Combine(site.Root, "input", "estados", "tamaulipas.md"), "/proc/self/environ");

        var run = await CliProcess.RunAsync(site.Root, new Dictionary<string, string> { [Secret] = "no-debe-publicarse" }, TimeSpan.FromMinutes(3),
            "build", "--themes", site.ThemesDirectory);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("lectura: input/estados/tamaulipas.md: es un enlace simbólico a «/proc/self/environ», fuera del repositorio", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("no-debe-publicarse", run.Output + run.Error, StringComparison.Ordinal);
        Assert.Equal(before, Micrositio.Tests.Cli.OutputFolderTests.Tree(site.OutputDirectory));
    }
}
