using Micrositio.Build;
using Micrositio.Tests.Support;

namespace Micrositio.Tests.Build;

/// <summary>
/// What makes the caches safe to keep between builds (issue 8): a build with nothing changed does no image,
/// PDF or check work at all, and a build that reuses caches writes exactly what a build from scratch writes.
/// The shipped site is copied to a temporary root, so its photos, logos, releases and data are all exercised.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "micrositio-tests", Guid.NewGuid().ToString("N"));

    public IncrementalBuildTests()
    {
        SiteFixture.CopyDirectory(Repository.Input, Path.Combine(_root, "input"));
    }

    private BuildOptions Options => BuildOptions.ForRoot(_root, Now) with { ThemesDirectory = Repository.Themes };

    [Fact]
    public void A_build_with_nothing_changed_processes_no_photo_logo_or_pdf_and_checks_no_file()
    {
        var cold = SiteBuild.Run(Options);
        Assert.True(cold.Succeeded, string.Join("\n", cold.Errors));
        var coldTree = Tree(Path.Combine(_root, "output"));
        Assert.True(cold.Statistics.PhotosProcessed > 0, "the shipped site has photos: the cold build must process them");
        Assert.True(cold.Statistics.LogosRendered > 0);
        Assert.True(cold.Statistics.PdfsWritten > 0);
        Assert.Equal(cold.Statistics.Files, cold.Statistics.FilesChecked);
        Assert.True(cold.Statistics.SearchIndexed);

        var warm = SiteBuild.Run(Options);

        Assert.True(warm.Succeeded, string.Join("\n", warm.Errors));
        Assert.Equal(0, warm.Statistics.PhotosProcessed);
        Assert.Equal(cold.Statistics.PhotosProcessed, warm.Statistics.PhotosReused);
        Assert.Equal(0, warm.Statistics.LogosRendered);
        Assert.Equal(0, warm.Statistics.PdfsWritten);
        Assert.Equal(cold.Statistics.PdfsWritten, warm.Statistics.PdfsReused);
        Assert.Equal(0, warm.Statistics.FilesChecked);
        Assert.False(warm.Statistics.SearchIndexed);
        Assert.Equal(cold.Statistics.Files, warm.Statistics.FilesKnown);
        Assert.Equal(coldTree, Tree(Path.Combine(_root, "output")));
    }

    [Fact]
    public void A_build_after_an_edit_that_reuses_the_caches_writes_what_a_build_from_scratch_writes()
    {
        Assert.True(SiteBuild.Run(Options).Succeeded);
        Assert.True(SiteBuild.Run(Options).Succeeded); // the next build starts from this one's replaced output
        Assert.True(Directory.Exists(Options.RecycledOutputDirectory));
        var release = Directory.EnumerateFiles(Path.Combine(_root, "input", "prensa"), "*.md").Order(StringComparer.Ordinal).First();
        File.AppendAllText(release, "\nUn párrafo nuevo, añadido después de la primera compilación.\n");
        var achievement = Directory.EnumerateFiles(Path.Combine(_root, "input", "logros"), "*.md").Order(StringComparer.Ordinal).First();
        File.AppendAllText(achievement, "\nOtro párrafo nuevo.\n");
        File.WriteAllText(Path.Combine(_root, "input", "paginas", "pagina-nueva.md"), "---\ntitulo: Una página nueva\n---\nSu texto.\n");

        var incremental = SiteBuild.Run(Options);
        Assert.True(incremental.Succeeded, string.Join("\n", incremental.Errors));
        Assert.Equal(1, incremental.Statistics.PdfsWritten);
        Assert.True(incremental.Statistics.SearchIndexed, "the edited bodies are in the search index");
        Assert.InRange(incremental.Statistics.FilesChecked, 1, incremental.Statistics.Files / 2);

        Directory.Delete(Path.Combine(_root, ".cache"), recursive: true);
        var scratch = SiteBuild.Run(Options with { OutputDirectory = Path.Combine(_root, "desde-cero") });
        Assert.True(scratch.Succeeded, string.Join("\n", scratch.Errors));
        Assert.Equal(scratch.Statistics.Files, scratch.Statistics.FilesChecked);

        AssertSameFiles(scratch, incremental);
        Assert.Equal(Tree(Path.Combine(_root, "desde-cero")), Tree(Path.Combine(_root, "output")));
    }

    [Fact]
    public void A_page_broken_after_a_good_build_is_caught_although_the_checks_remember_the_rest()
    {
        Assert.True(SiteBuild.Run(Options).Succeeded);
        var mesa = Directory.EnumerateFiles(Path.Combine(_root, "input", "mesas"), "*.md").Order(StringComparer.Ordinal).First();
        File.AppendAllText(mesa, "\nEscriba al 833 123 4567 o vea [esto](/no-existe/).\n");

        var broken = SiteBuild.Run(Options);

        Assert.False(broken.Succeeded);
        var relative = Path.GetRelativePath(_root, mesa).Replace('\\', '/');
        Assert.Contains(broken.Errors, e => e.ToString().Contains(relative, StringComparison.Ordinal) && e.ToString().Contains("teléfono", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(broken.Errors, e => e.ToString().Contains("enlace roto", StringComparison.Ordinal) && e.ToString().Contains("/no-existe/", StringComparison.Ordinal));
    }

    [Fact]
    public void Edit_after_edit_the_search_cache_keeps_only_the_index_of_the_last_build_and_an_edit_undone_gives_the_same_index()
    {
        var achievement = Directory.EnumerateFiles(Path.Combine(_root, "input", "logros"), "*.md").Order(StringComparer.Ordinal).First();
        var original = File.ReadAllText(achievement);
        var index = Path.Combine(_root, "output", "buscar", "indice.json");
        Assert.True(SiteBuild.Run(Options).Succeeded);
        var indexes = new List<byte[]>();
        void Edit(int edit)
        {
            File.WriteAllText(achievement, original + $"\nEdición número {edit}.\n");
            var edited = SiteBuild.Run(Options);
            Assert.True(edited.Succeeded, string.Join("\n", edited.Errors));
            Assert.True(edited.Statistics.SearchIndexed);
            indexes.Add(File.ReadAllBytes(index));
            // An older index may hold text the edit removed (a withdrawn photo's caption, a retracted sentence).
            Assert.Equal(File.ReadAllBytes(index), File.ReadAllBytes(Assert.Single(Entries())));
        }

        Edit(1);
        Edit(2);
        Edit(3);
        Edit(4);

        File.WriteAllText(achievement, original + "\nEdición número 3.\n");
        var undone = SiteBuild.Run(Options);

        Assert.True(undone.Succeeded, string.Join("\n", undone.Errors));
        Assert.True(undone.Statistics.SearchIndexed);
        Assert.Equal(indexes[2], File.ReadAllBytes(index));
        Assert.NotEqual(indexes[3], indexes[2]);
        Assert.Single(Entries());
    }

    private string[] Entries() => Directory.GetFiles(Options.SearchCacheDirectory, "*.json");

    [Fact]
    public void A_damaged_check_memory_on_disk_means_checking_everything_again()
    {
        var first = SiteBuild.Run(Options);
        Assert.True(first.Succeeded);
        File.WriteAllBytes(Options.CheckCachePath, [1, 2, 3, 4, 5]);

        var again = SiteBuild.Run(Options);

        Assert.True(again.Succeeded, string.Join("\n", again.Errors));
        Assert.Equal(again.Statistics.Files, again.Statistics.FilesChecked);
    }

    [Fact]
    public async Task Builds_running_at_the_same_time_make_the_same_bytes_as_one_alone()
    {
        var alone = SiteBuild.Generate(Options);
        Assert.True(alone.Succeeded, string.Join("\n", alone.Errors));

        // Two builds compete for the cores (and for the caches) while each runs its own parallel stages.
        var both = await Task.WhenAll(Task.Run(() => SiteBuild.Generate(Options)), Task.Run(() => SiteBuild.Generate(Options)));

        Assert.All(both, result => AssertSameFiles(alone, result));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static void AssertSameFiles(BuildResult expected, BuildResult actual)
    {
        Assert.Equal(expected.Files.Select(f => f.Path), actual.Files.Select(f => f.Path));
        Assert.All(expected.Files.Zip(actual.Files), pair => Assert.True(pair.First.Bytes.AsSpan().SequenceEqual(pair.Second.Bytes), $"{pair.First.Path} differs"));
    }

    private static SortedDictionary<string, string> Tree(string directory) =>
        new(Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(directory, f).Replace('\\', '/'), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);
}
