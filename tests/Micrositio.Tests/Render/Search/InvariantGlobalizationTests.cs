using Micrositio.Tests.Support;

namespace Micrositio.Tests.Render.Search;

/// <summary>
/// The search index does not depend on ICU: a build with DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 (no ICU, as in some
/// containers) writes the same indice.json byte for byte (issue 22: «abrió» stayed «abrió» there, «abrio» elsewhere).
/// </summary>
public sealed class InvariantGlobalizationTests
{
    [Fact]
    public async Task The_search_index_is_identical_without_icu()
    {
        using var site = SiteFixture.Create("""
            -- input/paginas/acentos.md --
            ---
            titulo: Árbol, Ñandú y CANCIÓN
            ---
            La mesa abrió sus sesiones en Mérida; ¿Qué pasó? Pingüino, façade, Ångström, Øre, ǅemal, ﬁn, Ⅻ, ㎞ y 한국.
            """);
        site.WriteDefaultBrand();
        var runs = new List<byte[]>();
        foreach (var invariant in new[] { "0", "1" })
        {
            var output = Path.Combine(site.Root, "salida-" + invariant);
            var run = await CliProcess.RunAsync(site.Root, new Dictionary<string, string> { ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = invariant },
                TimeSpan.FromMinutes(3), "build", "--themes", site.ThemesDirectory, "--now", "2026-01-01T00:00:00Z", "--output", output);
            Assert.True(run.ExitCode == 0, $"invariant={invariant}: {run}");
            runs.Add(File.ReadAllBytes(Path.Combine(output, "buscar", "indice.json")));
        }

        Assert.Contains("abrio", System.Text.Encoding.UTF8.GetString(runs[0]), StringComparison.Ordinal);
        Assert.Equal(runs[0], runs[1]);
    }
}
