using Micrositio.Tests.Cli;
using Micrositio.Tests.Support;
using Micrositio.Write;

namespace Micrositio.Tests.Write;

/// <summary>
/// The real program killed (SIGKILL, through the commit's step hook) at every step of <see cref="StagingFolder.Commit"/>:
/// output/ is then the old site or the new one, complete, or absent only between the two renames; the next build
/// completes or rolls back what was left and leaves no other folder beside output/ (issue 22: a kill between the renames
/// left no output/ and the old site in «.output.anterior-…» for good).
/// </summary>
[Collection(CliCollection.Name)]
public sealed class CommitCrashTests
{
    private const string Now = "2026-01-01T00:00:00Z";

    private static Dictionary<string, string> Snapshot(string folder) => Directory.Exists(folder)
        ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))))
        : [];

    private static List<string> Beside(SiteFixture site) =>
        [.. Directory.EnumerateDirectories(site.Root, ".output*").Select(Path.GetFileName).OfType<string>()];

    private static Task<CliRun> Build(SiteFixture site) => site.Cli("build", "--root", site.Root, "--themes", site.ThemesDirectory, "--now", Now);

    [Theory]
    [InlineData(CommitStep.LeftoversRemoved)]
    [InlineData(CommitStep.Marked)]
    [InlineData(CommitStep.OldOutputMovedAside)]
    [InlineData(CommitStep.NewOutputInPlace)]
    [InlineData(CommitStep.Finished)]
    public async Task A_build_killed_at_any_step_of_the_commit_is_completed_or_rolled_back_by_the_next(CommitStep step)
    {
        using var site = SiteFixture.Create("-- input/paginas/acerca.md --\n---\ntitulo: Acerca\n---\nVersión anterior.\n");
        Assert.True((await Build(site)).ExitCode == 0);
        var old = Snapshot(site.OutputDirectory);
        site.Write("input/paginas/acerca.md", "---\ntitulo: Acerca\n---\nVersión nueva.\n");

        var killed = await CliProcess.RunAsync(site.Root, new Dictionary<string, string> { ["MICROSITIO_PRUEBA_MATAR_EN"] = step.ToString() },
            TimeSpan.FromMinutes(3), "build", "--themes", site.ThemesDirectory, "--now", Now);

        Assert.True(killed.ExitCode == 137, killed.ToString()); // 128 + SIGKILL
        var crashed = Snapshot(site.OutputDirectory);
        if (step == CommitStep.OldOutputMovedAside)
        {
            Assert.Empty(crashed);
        }
        else
        {
            Assert.True(crashed.Count == old.Count && crashed.All(f => old.GetValueOrDefault(f.Key) == f.Value) ||
                File.ReadAllText(Path.Combine(site.OutputDirectory, "acerca", "index.html")).Contains("Versión nueva", StringComparison.Ordinal),
                $"after a kill at {step}, output/ is neither the old site nor the new one");
        }

        var next = await Build(site);

        Assert.True(next.ExitCode == 0, next.ToString());
        Assert.Contains("Versión nueva", File.ReadAllText(Path.Combine(site.OutputDirectory, "acerca", "index.html")), StringComparison.Ordinal);
        Assert.Equal(old.Keys.Order(StringComparer.Ordinal), Snapshot(site.OutputDirectory).Keys.Order(StringComparer.Ordinal));
        Assert.Empty(Beside(site));
    }

    [Fact]
    public async Task A_kill_between_the_renames_is_rolled_back_even_when_the_next_build_fails()
    {
        using var site = SiteFixture.Create("-- input/paginas/acerca.md --\n---\ntitulo: Acerca\n---\nVersión anterior.\n");
        Assert.True((await Build(site)).ExitCode == 0);
        var old = Snapshot(site.OutputDirectory);
        site.Write("input/paginas/acerca.md", "---\ntitulo: Acerca\n---\nVersión nueva.\n");
        var killed = await CliProcess.RunAsync(site.Root, new Dictionary<string, string> { ["MICROSITIO_PRUEBA_MATAR_EN"] = nameof(CommitStep.OldOutputMovedAside) },
            TimeSpan.FromMinutes(3), "build", "--themes", site.ThemesDirectory, "--now", Now);
        Assert.True(killed.ExitCode == 137, killed.ToString());
        site.Write("input/paginas/acerca.md", "---\ntitulo: Acerca\nclave_inventada: 1\n---\nRota.\n");

        var next = await Build(site);

        Assert.True(next.ExitCode == 1, next.ToString());
        Assert.Equal(old, Snapshot(site.OutputDirectory));
        Assert.Empty(Beside(site));
    }
}
