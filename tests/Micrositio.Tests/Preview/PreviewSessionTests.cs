using System.Text;
using Micrositio.Build;
using Micrositio.Preview;
using Micrositio.Tests.Support;

namespace Micrositio.Tests.Preview;

/// <summary>
/// <c>micrositio serve</c> end to end on small sites: builds, watches input/, rebuilds only what changed on
/// disk, keeps the last good site on errors, and never lets its memory of passed checks hide a mistake.
/// </summary>
public sealed class PreviewSessionTests
{
    private const string Site = """
        -- input/mesas/a.md --
        ---
        nombre: Mesa A
        estado: chihuahua
        resumen: Una mesa.
        ---
        Texto original de la mesa.
        -- input/paginas/b.md --
        ---
        titulo: Página B
        ---
        Vea [la página C](/c/).
        -- input/paginas/c.md --
        ---
        titulo: Página C
        ---
        Una página enlazada.
        -- input/prensa/2025-12-01-comunicado.md --
        ---
        titulo: Un comunicado con su PDF
        fecha: 2025-12-01
        lugar: Chihuahua, Chihuahua
        contacto: comunicacion
        resumen: Un comunicado de la prueba.
        ---
        La mesa de [Chihuahua](estado:chihuahua) informa.
        """;

    private static SiteFixture Create()
    {
        var site = SiteFixture.Create(Site);
        site.WriteDefaultBrand();
        return site;
    }

    [Fact]
    public async Task Saving_a_markdown_file_rebuilds_serves_and_writes_only_what_changed()
    {
        using var site = Create();
        var builds = new BuildLog();
        await using var session = await PreviewSession.StartAsync(site.Options, Netlify.Production, onBuilt: builds.Add);
        using var http = new HttpClient();
        Assert.True(builds.Last.Succeeded, string.Join("\n", builds.Last.Errors));
        Assert.Contains("Texto original", await http.GetStringAsync(session.Server.Url("/mesas/a/")), StringComparison.Ordinal);
        var untouched = File.GetLastWriteTimeUtc(Path.Combine(site.OutputDirectory, "c", "index.html"));

        var quick = builds.Next(b => b.Quick);
        var next = builds.Next(b => !b.Quick);
        site.Write("input/mesas/a.md", File.ReadAllText(Path.Combine(site.Root, "input/mesas/a.md")).Replace("Texto original", "Texto editado", StringComparison.Ordinal));
        var shown = await quick.WaitAsync(TimeSpan.FromSeconds(20));
        var rebuilt = await next.WaitAsync(TimeSpan.FromSeconds(20));

        // The edited page was shown alone first, then the whole build found nothing else to change in it.
        Assert.Equal(["/mesas/a/"], shown.ChangedUrls);
        Assert.True(shown.Version < rebuilt.Version);

        Assert.True(rebuilt.Succeeded, string.Join("\n", rebuilt.Errors));
        Assert.DoesNotContain("/mesas/a/", rebuilt.ChangedUrls);
        Assert.DoesNotContain("/c/", rebuilt.ChangedUrls);
        Assert.Contains("Texto editado", await http.GetStringAsync(session.Server.Url("/mesas/a/")), StringComparison.Ordinal);
        Assert.Contains("Texto editado", File.ReadAllText(Path.Combine(site.OutputDirectory, "mesas", "a", "index.html")), StringComparison.Ordinal);
        Assert.Equal(untouched, File.GetLastWriteTimeUtc(Path.Combine(site.OutputDirectory, "c", "index.html")));
        Assert.True(rebuilt.FilesWritten < 10, $"{rebuilt.FilesWritten} files written for one edit");
        // The folder the preview keeps up to date holds exactly what a full build of the same input makes.
        AssertSameFiles(SiteBuild.Generate(site.Options).Files, site.OutputDirectory);
    }

    [Fact]
    public async Task A_content_error_keeps_the_last_good_site_on_disk_and_on_screen_until_it_is_fixed()
    {
        using var site = Create();
        var builds = new BuildLog();
        await using var session = await PreviewSession.StartAsync(site.Options, Netlify.Production, watch: false, onBuilt: builds.Add);
        using var http = new HttpClient();
        var before = File.ReadAllBytes(Path.Combine(site.OutputDirectory, "mesas", "a", "index.html"));

        site.Write("input/mesas/a.md", "---\nnombre: Mesa A\nestado: atlantida\nresumen: Una mesa.\n---\nTexto nuevo.\n");
        var failed = await session.RebuildAsync();

        Assert.False(failed.Succeeded);
        var error = Assert.Single(failed.Errors).ToString();
        Assert.Contains("input/mesas/a.md:3", error, StringComparison.Ordinal);
        Assert.Contains("atlantida", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(site.OutputDirectory, "mesas", "a", "index.html")));
        var shown = await http.GetStringAsync(session.Server.Url("/mesas/a/"));
        Assert.Contains("Texto original", shown, StringComparison.Ordinal);
        Assert.Contains("micrositio-errores", shown, StringComparison.Ordinal);
        Assert.Contains("atlantida", shown, StringComparison.Ordinal);

        site.Write("input/mesas/a.md", "---\nnombre: Mesa A\nestado: chihuahua\nresumen: Una mesa.\n---\nTexto nuevo.\n");
        var fixedBuild = await session.RebuildAsync();

        Assert.True(fixedBuild.Succeeded, string.Join("\n", fixedBuild.Errors));
        var clean = await http.GetStringAsync(session.Server.Url("/mesas/a/"));
        Assert.Contains("Texto nuevo", clean, StringComparison.Ordinal);
        Assert.DoesNotContain("micrositio-errores", clean, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_that_passed_before_is_still_checked_for_links_to_what_disappeared()
    {
        using var site = Create();
        await using var session = await PreviewSession.StartAsync(site.Options, Netlify.Production, watch: false);
        var again = await session.RebuildAsync();
        Assert.True(again.Succeeded);
        Assert.Empty(again.ChangedUrls);

        site.Delete("input/paginas/c.md");
        var broken = await session.RebuildAsync();

        Assert.False(broken.Succeeded);
        Assert.Contains(broken.Errors, e => e.ToString().Contains("input/paginas/b.md", StringComparison.Ordinal) &&
            e.ToString().Contains("enlace roto", StringComparison.Ordinal) && e.ToString().Contains("«/c/»", StringComparison.Ordinal));
    }

    [Fact]
    public void Unchanged_files_are_not_checked_again_but_a_changed_one_is()
    {
        using var site = Create();
        var memory = new Micrositio.PostProcess.CheckMemory();
        var options = site.Options with { CheckMemory = memory };
        var first = SiteBuild.Generate(options);
        Assert.True(first.Succeeded, string.Join("\n", first.Errors));
        Assert.Equal(0, memory.LastReused);

        SiteBuild.Generate(options);
        Assert.Equal(first.Files.Count, memory.LastReused);

        // A phone number in the theme's output would be caught in a page that changed, even with the memory on.
        site.Write("input/mesas/a.md", "---\nnombre: Mesa A\nestado: chihuahua\nresumen: Una mesa.\n---\nLlame al 833 123 4567.\n");
        var third = SiteBuild.Generate(options);
        Assert.False(third.Succeeded);
        Assert.True(memory.LastReused < first.Files.Count);
    }

    [Fact]
    public async Task Serve_on_a_port_in_use_says_so_and_exits_2()
    {
        using var site = Create();
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;

        var run = await site.Cli("serve", "--root", site.Root, "--themes", site.ThemesDirectory, "--puerto", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"error: el puerto {port} ya está en uso; elija otro con --puerto.", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a.md~", true)]
    [InlineData(".#a.md", true)]
    [InlineData(".a.md.swp", true)]
    [InlineData("4913", true)]
    [InlineData("a.md", false)]
    [InlineData("album.yml", false)]
    public void Editor_scratch_files_do_not_trigger_rebuilds(string name, bool scratch) =>
        Assert.Equal(scratch, PreviewSession.IsEditorScratch(name));

    private static void AssertSameFiles(IReadOnlyList<Micrositio.Write.OutputFile> expected, string directory)
    {
        var onDisk = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(directory, p).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected.Select(f => f.Path).Append(Micrositio.Write.OutputLocation.MarkerFile).Order(StringComparer.Ordinal), onDisk);
        foreach (var file in expected)
        {
            Assert.True(file.Bytes.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(directory, file.Path))), $"{file.Path} differs from a full build");
        }
    }

    /// <summary>Builds as they are reported, and a way to wait for the next one.</summary>
    private sealed class BuildLog
    {
        private readonly Lock _lock = new();
        private readonly List<PreviewBuild> _builds = [];
        private readonly List<(Func<PreviewBuild, bool> Wanted, TaskCompletionSource<PreviewBuild> Build)> _waiting = [];

        public PreviewBuild Last
        {
            get
            {
                lock (_lock)
                {
                    return _builds[^1];
                }
            }
        }

        /// <summary>The next build from now on that is <paramref name="wanted"/> (any build by default).</summary>
        public Task<PreviewBuild> Next(Func<PreviewBuild, bool>? wanted = null)
        {
            lock (_lock)
            {
                var next = new TaskCompletionSource<PreviewBuild>(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiting.Add((wanted ?? (_ => true), next));
                return next.Task;
            }
        }

        public void Add(PreviewBuild build)
        {
            lock (_lock)
            {
                _builds.Add(build);
                foreach (var waiting in _waiting.Where(w => w.Wanted(build)).ToList())
                {
                    waiting.Build.TrySetResult(build);
                    _waiting.Remove(waiting);
                }
            }
        }
    }
}
