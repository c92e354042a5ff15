using System.Diagnostics;
using Micrositio.Tests.Support;

namespace Micrositio.Tests.Load;

/// <summary>Bodies nested absurdly deep are a Spanish content error, never a stack overflow or an internal error.</summary>
public sealed class HostileMarkdownTests
{
    public static TheoryData<string> DeepBodies => new()
    {
        new string('[', 100_000) + "x",
        new string('>', 100_000) + " x",
        string.Concat(Enumerable.Repeat("- ", 100_000)) + "x",
        string.Concat(Enumerable.Repeat("**", 20_000)) + "x" + string.Concat(Enumerable.Repeat("**", 20_000)),
        string.Concat(Enumerable.Repeat("*a ", 100_000)),
    };

    [Theory]
    [MemberData(nameof(DeepBodies))]
    public void Deeply_nested_bodies_are_content_errors(string body)
    {
        using var site = SiteFixture.Build($"-- input/paginas/profunda.md --\n---\ntitulo: Profunda\n---\n{body}\n");

        site.AssertError("input/paginas/profunda.md:", "uno dentro de otro", "Cómo corregirlo:");
        Assert.False(site.Result.Succeeded);
    }

    /// <summary>Markdig takes seconds of CPU per parse to refuse this; it is refused before, at the line that nests.</summary>
    [Fact]
    public void A_line_of_nested_list_markers_is_refused_without_parsing_it()
    {
        var clock = Stopwatch.StartNew();
        using var site = SiteFixture.Build("-- input/paginas/profunda.md --\n---\ntitulo: Profunda\n---\nTexto.\n\n" +
            string.Concat(Enumerable.Repeat("- > ", 100_000)) + "x\n");

        site.AssertError("render: input/paginas/profunda.md:6:", "uno dentro de otro");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Ordinary_nesting_renders()
    {
        using var site = SiteFixture.Build("""
            -- input/paginas/lista.md --
            ---
            titulo: Lista
            ---
            - uno
              - dos
                - tres
                  > una cita con **negritas y _cursivas_**
            """);

        site.AssertNoErrors();
        site.AssertFile("lista/index.html", "cursivas");
    }
}
