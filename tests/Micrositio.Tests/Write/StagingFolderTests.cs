using System.Text;
using Micrositio.Diagnostics;
using Micrositio.Write;

namespace Micrositio.Tests.Write;

/// <summary>
/// A build starts from the output the previous build replaced (kept in <c>.cache/salida-anterior</c>): what it holds
/// with the right bytes stays, anything else is replaced or deleted, so output/ is exactly this build's files.
/// </summary>
public sealed class StagingFolderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "micrositio-tests", Guid.NewGuid().ToString("N"));

    private string Output => Path.Combine(_root, "output");

    private string Recycle => Path.Combine(_root, ".cache", "salida-anterior");

    public StagingFolderTests()
    {
        // The output two builds ago, recycled: some files right, some wrong, some no longer made, and a file and a
        // folder where this build puts a folder and a file.
        Write(Recycle, "igual.html", "igual");
        Write(Recycle, "cambia.html", "antes");
        Write(Recycle, "sobra.html", "ya no se genera");
        Write(Recycle, "carpeta-que-sobra/dentro/a.html", "ya no se genera");
        Write(Recycle, "era-archivo", "ahora es una carpeta");
        Write(Recycle, "era-carpeta/index.html", "ahora es un archivo");
        Write(Recycle, "pagina.html.nuevo-0123", "lo dejó una compilación interrumpida");
        // The output of the last build, which the new one replaces.
        Write(Output, "cambia.html", "antes");
    }

    private static readonly OutputFile[] Files =
    [
        new("igual.html", Encoding.UTF8.GetBytes("igual")),
        new("cambia.html", Encoding.UTF8.GetBytes("después")),
        new("nueva/index.html", Encoding.UTF8.GetBytes("nueva")),
        new("era-archivo/index.html", Encoding.UTF8.GetBytes("carpeta")),
        new("era-carpeta", Encoding.UTF8.GetBytes("archivo")),
    ];

    [Fact]
    public void A_build_starts_from_the_recycled_output_and_commits_exactly_its_own_files()
    {
        var kept = FileIdentity.Of(Path.Combine(Recycle, "igual.html"));
        if (!OperatingSystem.IsLinux())
        {
            return; // the identity of a file (statx) is read on Linux only
        }

        using (var staging = new StagingFolder(Output, Recycle))
        {
            staging.Add(Files);
            var errors = new ErrorList();
            staging.Commit(errors);
            Assert.Empty(errors.Sorted());
            Assert.Equal(1, staging.Kept);
        }

        Assert.Equal(Committed, Tree(Output));
        Assert.True(FileIdentity.Of(Path.Combine(Output, "igual.html"))!.Value.SameFileAs(kept!.Value), "a right file is kept, not written again");
        // The replaced output is recycled for the next build, untouched.
        Assert.Equal(new Dictionary<string, string> { ["cambia.html"] = "antes" }, Tree(Recycle));
    }

    [Fact]
    public void A_file_is_replaced_never_changed_in_place_so_its_other_links_keep_their_bytes()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // The recycled file is a hard link to a file of the last output (as unchanged files are).
        File.Delete(Path.Combine(Recycle, "cambia.html"));
        using (var link = System.Diagnostics.Process.Start("ln", [Path.Combine(Output, "cambia.html"), Path.Combine(Recycle, "cambia.html")]))
        {
            link.WaitForExit();
            Assert.Equal(0, link.ExitCode);
        }

        using var staging = new StagingFolder(Output, Recycle);
        staging.Add(Files);

        Assert.Equal("antes", File.ReadAllText(Path.Combine(Output, "cambia.html")));
        staging.Commit(new ErrorList());
        Assert.Equal("después", File.ReadAllText(Path.Combine(Output, "cambia.html")));
        Assert.Equal("antes", File.ReadAllText(Path.Combine(Recycle, "cambia.html")));
    }

    [Fact]
    public void Without_a_commit_output_stays_and_the_staging_folder_is_recycled()
    {
        using (var staging = new StagingFolder(Output, Recycle))
        {
            staging.Add(Files);
        }

        Assert.Equal(new Dictionary<string, string> { ["cambia.html"] = "antes" }, Tree(Output));
        Assert.True(Directory.Exists(Recycle));
        Assert.Empty(Directory.EnumerateFileSystemEntries(_root, ".output.*"));
    }

    [Fact]
    public void The_staging_folders_of_killed_builds_go_and_those_of_running_builds_stay()
    {
        // A process that has ended stands for a build killed before it could clean up (kill -9, a power cut).
        using var ended = System.Diagnostics.Process.Start("true")!;
        ended.WaitForExit();
        var killed = Path.Combine(_root, $".output.nuevo-{ended.Id}-a");
        var killedToo = Path.Combine(_root, $".output.nuevo-{ended.Id}-b");
        var running = Path.Combine(_root, $".output.nuevo-{Environment.ProcessId}-c");
        Write(killed, "index.html", "a medias");
        Write(killedToo, "index.html", "a medias");
        Write(running, "index.html", "otra compilación que sigue");
        Directory.Delete(Recycle, recursive: true);

        using (var staging = new StagingFolder(Output, Recycle))
        {
            staging.Add(Files);
            staging.Commit(new ErrorList());
        }

        Assert.False(Directory.Exists(killed));
        Assert.False(Directory.Exists(killedToo));
        Assert.Equal("otra compilación que sigue", File.ReadAllText(Path.Combine(running, "index.html")));
        Assert.Equal(Committed, Tree(Output));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static void Write(string folder, string path, string text)
    {
        var full = Path.Combine(folder, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    /// <summary>The files, and the marker every commit writes.</summary>
    private static Dictionary<string, string> Committed =>
        Files.Select(f => (f.Path, Text: Encoding.UTF8.GetString(f.Bytes))).Append((OutputLocation.MarkerFile, OutputLocation.MarkerText)).ToDictionary();

    private static Dictionary<string, string> Tree(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);
}
