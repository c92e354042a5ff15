using Micrositio.Tests.Support;

namespace Micrositio.Tests.Write;

/// <summary>The Write stage replaces output/ as a whole, and only after a build without errors.</summary>
public sealed class AtomicOutputTests
{
    private const string Site = """
        -- input/mesas/a.md --
        ---
        nombre: Mesa A
        estado: chihuahua
        resumen: Una mesa.
        ---
        -- input/paginas/extra.md --
        ---
        titulo: Página extra
        ---
        Texto extra.
        """;

    private static Dictionary<string, byte[]> Snapshot(string directory) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(directory, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);

    private static void AssertSameTree(Dictionary<string, byte[]> expected, Dictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        Assert.All(expected, e => Assert.True(e.Value.AsSpan().SequenceEqual(actual[e.Key]), $"{e.Key} changed"));
    }

    /// <summary>What a build of the same input makes in memory, where nothing is written as it goes, and the output folder's marker.</summary>
    private static Dictionary<string, byte[]> Generated(SiteFixture site)
    {
        var files = Micrositio.Build.SiteBuild.Generate(site.Options).Files.ToDictionary(f => f.Path, f => f.Bytes, StringComparer.Ordinal);
        files[Micrositio.Write.OutputLocation.MarkerFile] = System.Text.Encoding.UTF8.GetBytes(Micrositio.Write.OutputLocation.MarkerText);
        return files;
    }

    [Fact]
    public void Run_writes_exactly_the_generated_files()
    {
        using var site = SiteFixture.Create(Site);

        var result = site.Run();

        site.AssertNoErrors();
        AssertSameTree(Generated(site), Snapshot(site.OutputDirectory));
        Assert.Equal(result.Files.Select(f => f.Path).Append(Micrositio.Write.OutputLocation.MarkerFile).Order(StringComparer.Ordinal),
            Generated(site).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Failed_build_leaves_the_previous_output_untouched()
    {
        using var site = SiteFixture.Create(Site);
        site.Run();
        site.AssertNoErrors();
        var before = Snapshot(site.OutputDirectory);

        site.Write("input/mesas/a.md", """
            ---
            nombre: Mesa A
            estado: chihuahuaa
            resumen: Una mesa con otro texto.
            ---
            """);
        site.Write("input/paginas/nueva.md", "---\ntitulo: Nueva\n---\nNueva.\n");
        site.Run();

        site.AssertError("input/mesas/a.md:3: clave «estado»");
        AssertSameTree(before, Snapshot(site.OutputDirectory));
        Assert.Empty(Directory.EnumerateFileSystemEntries(site.Root, ".output.*"));
    }

    [Fact]
    public void Successful_rebuild_replaces_the_output_completely()
    {
        using var site = SiteFixture.Create(Site);
        site.Run();
        site.AssertNoErrors();
        Assert.True(File.Exists(Path.Combine(site.OutputDirectory, "extra", "index.html")));
        File.WriteAllText(Path.Combine(site.OutputDirectory, "suelto.txt"), "un archivo que nadie generó");

        site.Delete("input/paginas/extra.md");
        site.Run();

        site.AssertNoErrors();
        Assert.False(Directory.Exists(Path.Combine(site.OutputDirectory, "extra")));
        Assert.False(File.Exists(Path.Combine(site.OutputDirectory, "suelto.txt")));
        AssertSameTree(Generated(site), Snapshot(site.OutputDirectory));
        Assert.Empty(Directory.EnumerateFileSystemEntries(site.Root, ".output.*"));
    }

    [Fact]
    public void Failed_first_build_creates_no_output_folder()
    {
        using var site = SiteFixture.Create("""
            -- input/mesas/a.md --
            ---
            nombre: Mesa A
            ---
            """);

        site.Run();

        Assert.False(site.Result.Succeeded);
        Assert.False(Directory.Exists(site.OutputDirectory));
        Assert.Empty(Directory.EnumerateFileSystemEntries(site.Root, ".output.*"));
    }

    [Fact]
    public void A_rebuild_links_unchanged_files_from_the_previous_output_and_writes_changed_ones()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var site = SiteFixture.Create(Site);
        site.Run();
        site.AssertNoErrors();
        var unchanged = Path.Combine(site.OutputDirectory, "mesas", "a", "index.html");
        var changed = Path.Combine(site.OutputDirectory, "extra", "index.html");
        var (unchangedBefore, changedBefore) = (Inode(unchanged), Inode(changed));

        site.Write("input/paginas/extra.md", "---\ntitulo: Página extra\n---\nOtro texto.\n");
        site.Run();

        site.AssertNoErrors();
        Assert.Equal(unchangedBefore, Inode(unchanged));
        Assert.NotEqual(changedBefore, Inode(changed));
        AssertSameTree(Generated(site), Snapshot(site.OutputDirectory));
    }

    private static string Inode(string path)
    {
        using var stat = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("stat", ["-c", "%i", path]) { RedirectStandardOutput = true })!;
        var inode = stat.StandardOutput.ReadToEnd().Trim();
        stat.WaitForExit();
        Assert.Equal(0, stat.ExitCode);
        return inode;
    }
}
