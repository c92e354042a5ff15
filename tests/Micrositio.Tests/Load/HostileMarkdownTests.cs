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
        string.Concat(Enumerable.Repeat("- ", 60_000)) + "x",
        string.Concat(Enumerable.Repeat("**", 20_000)) + "x" + string.Concat(Enumerable.Repeat("**", 20_000)),
        string.Concat(Enumerable.Repeat("*a ", 40_000)),
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
            string.Concat(Enumerable.Repeat("- > ", 30_000)) + "x\n");

        site.AssertError("render: input/paginas/profunda.md:6:", "uno dentro de otro");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    /// <summary>Markdig's time grows with the links of a paragraph times its length: 5 s for 128 KB of «[a](».</summary>
    [Fact]
    public void A_paragraph_of_hundreds_of_links_is_refused_at_its_first_line()
    {
        var clock = Stopwatch.StartNew();
        using var site = SiteFixture.Build("-- input/paginas/enlaces.md --\n---\ntitulo: Enlaces\n---\nTexto.\n\n" +
            string.Concat(Enumerable.Repeat("[a](", 30_000)) + "\n");

        site.AssertError("render: input/paginas/enlaces.md:6:", "más de 500 enlaces", "línea en blanco");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Hundreds_of_links_in_separate_paragraphs_render()
    {
        var body = string.Join("\n\n", Enumerable.Range(0, 300).Select(i => $"Vea [la página {i}](/red/) y [otra](/red/)."));
        using var site = SiteFixture.Build($"-- input/paginas/red.md --\n---\ntitulo: Red\n---\n{body}\n");

        site.AssertNoErrors();
    }

    [Theory]
    [InlineData("input/paginas/larga.md", "divida el texto en varias páginas")]
    [InlineData("input/mesas/larga.md", "divida el texto en varias páginas")]
    [InlineData("input/red.yml", "se pegó o se duplicó")]
    public void A_text_file_over_128_kb_is_refused_naming_its_size(string file, string hint)
    {
        var text = "---\ntitulo: Larga\n---\n" + string.Concat(Enumerable.Repeat("Un párrafo de texto común y corriente.\n\n", 4_000));
        using var site = SiteFixture.Build($"-- {file} --\n{text}");

        site.AssertError($"lectura: {file}:", "el archivo pesa", "más que el máximo de 128 KB", hint);
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
