using Micrositio.Tests.Support;
using Micrositio.Write;

namespace Micrositio.Tests.Cli;

/// <summary>
/// A build replaces its output folder whole (issue 22: «--output .» deleted the repository and said «sin errores»), so
/// --output may only name a folder that is absent, empty, or written by this program, and never the repository, a
/// folder holding it, input/, themes/ or .git. Anything else is a usage error (exit 2) and nothing is touched.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class OutputFolderTests
{
    /// <summary>Every file and folder under <paramref name="folder"/>, without entering links, to compare before and after.</summary>
    internal static List<string> Tree(string folder) =>
        [.. new System.IO.Enumeration.FileSystemEnumerable<string>(folder, (ref System.IO.Enumeration.FileSystemEntry e) => e.ToFullPath(),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
        {
            ShouldRecursePredicate = (ref System.IO.Enumeration.FileSystemEntry e) => (e.Attributes & FileAttributes.ReparsePoint) == 0,
        }.Order(StringComparer.Ordinal)];

    public static TheoryData<string, string> Forbidden => new()
    {
        { "build", "." },
        { "build", ".." },
        { "build", "input" },
        { "build", "input/mesas" },
        { "build", "themes" },
        { "build", ".git" },
        { "build", "/" },
        { "build", "enlace-a-la-raiz" },
        { "build", "ajena" },
        { "build", "un-archivo" },
        { "check", "." },
        { "serve", "." },
        { "serve", "input" },
    };

    [Theory]
    [MemberData(nameof(Forbidden))]
    public async Task An_output_folder_that_would_replace_something_else_is_a_usage_error_and_nothing_is_touched(string command, string output)
    {
        // The repository sits one level down, so «..» holds it and a file beside it. (The fixture's Cli rewrites its
        // default brand under the fixture's own root, outside this repository.)
        using var site = SiteFixture.Create("-- themes/default/LEEME-PRUEBA.txt --\nun archivo del tema\n");
        site.WriteDefaultBrand();
        var repository = Path.Combine(site.Root, "repo");
        Directory.CreateDirectory(repository);
        foreach (var folder in new[] { "input", "themes" })
        {
            Directory.Move(Path.Combine(site.Root, folder), Path.Combine(repository, folder));
        }

        Directory.CreateDirectory(Path.Combine(repository, ".git"));
        File.WriteAllText(Path.Combine(repository, ".git", "HEAD"), "ref: refs/heads/main\n");
        File.WriteAllText(Path.Combine(site.Root, "al-lado.txt"), "un archivo junto al repositorio");
        Directory.CreateDirectory(Path.Combine(repository, "ajena"));
        File.WriteAllText(Path.Combine(repository, "ajena", "notas.txt"), "no las generó Micrositio");
        File.WriteAllText(Path.Combine(repository, "un-archivo"), "texto");
        File.CreateSymbolicLink(Path.Combine(repository, "enlace-a-la-raiz"), repository);
        var before = Tree(repository);
        var target = output == "/" ? "/" : Path.GetFullPath(Path.Combine(repository, output));

        var run = await site.Cli(command, "--root", repository, "--themes", Path.Combine(repository, "themes"), "--output", target);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("error de uso: --output:", run.Error, StringComparison.Ordinal);
        Assert.Contains("Cómo corregirlo: indique una carpeta nueva o vacía", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("sin errores", run.Output, StringComparison.Ordinal);
        Assert.Equal(before, Tree(repository));
        Assert.True(File.Exists(Path.Combine(site.Root, "al-lado.txt")));
    }

    [Fact]
    public async Task An_absent_an_empty_and_a_previously_built_folder_are_accepted_and_marked()
    {
        using var site = SiteFixture.Create("");
        var absent = Path.Combine(site.Root, "publicado");
        var empty = Path.Combine(site.Root, "vacia");
        Directory.CreateDirectory(empty);

        foreach (var output in new[] { absent, empty, absent })
        {
            var run = await site.Cli("build", "--root", site.Root, "--themes", site.ThemesDirectory, "--output", output);

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.True(File.Exists(Path.Combine(output, "index.html")));
            Assert.Equal(OutputLocation.MarkerText, File.ReadAllText(Path.Combine(output, OutputLocation.MarkerFile)));
        }
    }

    [Fact]
    public async Task A_build_of_an_earlier_version_in_the_default_output_folder_is_still_replaced()
    {
        using var site = SiteFixture.Create("");
        Directory.CreateDirectory(site.OutputDirectory);
        File.WriteAllText(Path.Combine(site.OutputDirectory, "index.html"), "sin marca: lo generó una versión anterior");

        var run = await site.Cli("build", "--root", site.Root, "--themes", site.ThemesDirectory);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(Path.Combine(site.OutputDirectory, OutputLocation.MarkerFile)));
    }

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    public async Task A_relative_output_from_the_repository_root_is_refused_by_the_real_program(string output)
    {
        using var site = SiteFixture.Create("");
        var before = Tree(site.Root);

        var run = await CliProcess.RunAsync(site.Root, null, TimeSpan.FromMinutes(2), "build", "--themes", site.ThemesDirectory, "--output", output);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("error de uso: --output:", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, Tree(site.Root));
    }
}
