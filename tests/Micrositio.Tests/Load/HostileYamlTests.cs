using System.Diagnostics;
using System.Text;
using Micrositio.Diagnostics;
using Micrositio.Load;
using Micrositio.Tests.Support;

namespace Micrositio.Tests.Load;

/// <summary>YAML a careless user or an attacker writes: every failure is one Spanish content error at the right line, fast.</summary>
public sealed class HostileYamlTests
{
    private static string Mesa(string frontMatter) => $"""
        -- input/mesas/a.md --
        ---
        {frontMatter}
        ---
        Texto.
        """;

    [Theory]
    [InlineData("nombre: Mesa A\nestado: chihuahua\nmunicipios: [Apatzingán\nresumen: Una mesa.", 4, "«[»")]
    [InlineData("nombre: [sin cerrar\nestado: chihuahua\nresumen: Una mesa.", 2, "«[»")]
    [InlineData("nombre: Mesa A\nestado: {sin cerrar\nresumen: Una mesa.", 3, "«{»")]
    public void An_unclosed_bracket_before_another_key_is_a_content_error_at_its_line(string frontMatter, int line, string bracket)
    {
        using var site = SiteFixture.Build(Mesa(frontMatter));

        site.AssertError($"lectura: input/mesas/a.md:{line}:", "el YAML no es válido", bracket, "nunca se cierra", "Cómo corregirlo:");
        Assert.Single(site.Result.Errors);
    }

    [Fact]
    public void Alias_expansion_is_bounded_and_named_at_its_line()
    {
        var yaml = new StringBuilder("nombre: Mesa A\nestado: chihuahua\nresumen: Una mesa.\nx0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var level = 1; level <= 9; level++)
        {
            yaml.Append($"x{level}: &a{level} [{string.Join(",", Enumerable.Repeat($"*a{level - 1}", 9))}]\n");
        }

        Assert.True(yaml.Length < 1000);
        var clock = Stopwatch.StartNew();
        using var site = SiteFixture.Build(Mesa(yaml.ToString().TrimEnd()));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        site.AssertError("lectura: input/mesas/a.md:", "alias", "100 000 valores", "Cómo corregirlo: no use anclas ni alias");
        var errors = new ErrorList();
        Assert.Null(YamlText.Parse(yaml.ToString(), "x.yml", 1, errors));
        Assert.Equal(9, errors.Sorted().Single().Line);
    }

    [Theory]
    [InlineData("a: &x [*x]", "dentro del mismo valor")]
    [InlineData("a: *nada", "no hay ningún ancla «&nada»")]
    public void Self_referencing_and_unknown_aliases_are_errors(string yaml, string fragment)
    {
        var errors = new ErrorList();

        Assert.Null(YamlText.Parse(yaml, "input/x.yml", 1, errors));
        Assert.Contains(fragment, errors.Sorted().Single().Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData('[')]
    [InlineData('{')]
    [InlineData('-')]
    public void Deep_nesting_is_refused_quickly_without_a_stack_overflow(char opener)
    {
        var deep = opener == '-' ? "a:\n" + string.Concat(Enumerable.Repeat("- ", 100_000)) + "x" : "a: " + new string(opener, 100_000);
        var errors = new ErrorList();
        var clock = Stopwatch.StartNew();

        Assert.Null(YamlText.Parse(deep, "input/red.yml", 1, errors));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        var error = errors.Sorted().Single();
        Assert.Equal("input/red.yml", error.File);
        Assert.Contains("más de 64 niveles", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_within_the_limit_is_read()
    {
        var yaml = "a: " + new string('[', 60) + "x" + new string(']', 60);

        Assert.NotNull(YamlText.Parse(yaml, "input/red.yml", 1, new ErrorList()));
    }

    [Fact]
    public void A_tab_in_front_matter_is_reported_once_at_its_own_line()
    {
        using var site = SiteFixture.Build(Mesa("nombre: Mesa A\n\testado: chihuahua\nresumen: Una mesa."));

        var error = Assert.Single(site.Result.Errors);
        Assert.StartsWith("lectura: input/mesas/a.md:3: el YAML no es válido: hay un tabulador", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("espacios", error.Hint, StringComparison.Ordinal);
    }

    /// <summary>Broken YAML of many kinds; the parser's English must never reach the message.</summary>
    [Theory]
    [InlineData("a: b: c")]
    [InlineData("a: 1\na: 2")]
    [InlineData("a: \"sin cerrar")]
    [InlineData("a: \"\\q\"")]
    [InlineData("a:\n  - x\n - y")]
    [InlineData("a: [x, y\nb: 1")]
    [InlineData("a: {x: 1\nb: 1")]
    [InlineData("a: @arroba")]
    [InlineData("a: `x`")]
    [InlineData("a: b\n- c")]
    [InlineData("a: &")]
    [InlineData("%YAML 9.9\n---\na: 1")]
    [InlineData("a:\n\t- x")]
    [InlineData("a: x\n  b: y")]
    [InlineData("- a\nb: c")]
    [InlineData("a: |0\n  x")]
    [InlineData("a: x\n# c\n  y: z")]
    [InlineData("[a]: ]")]
    [InlineData("a: 'x\n---\n'")]
    public void Syntax_errors_are_explained_in_spanish(string yaml)
    {
        var errors = new ErrorList();

        Assert.Null(YamlText.Parse(yaml, "input/red.yml", 1, errors));

        var error = errors.Sorted().Single();
        Assert.StartsWith("el YAML no es válido", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Line);
        Assert.False(string.IsNullOrWhiteSpace(error.Hint));
        foreach (var english in new[] { "While", "found", "expected", "scanning", "parsing", "Duplicate", "key", "token", "Operation" })
        {
            Assert.DoesNotContain(english, error.Message + error.Hint, StringComparison.Ordinal);
        }
    }

    /// <summary>Random edits of a valid file: whatever they break, the reader answers with a content error or a tree, never an exception.</summary>
    [Fact]
    public void Random_damage_to_a_real_file_never_throws()
    {
        var original = File.ReadAllText(Path.Combine(Repository.Input, "sitio.yml"));
        const string Pieces = "[]{}:,-&*!|>'\"#%@`\t\n ";
        var random = new Random(22);
        for (var run = 0; run < 300; run++)
        {
            var text = new StringBuilder(original);
            for (var edit = random.Next(1, 6); edit > 0; edit--)
            {
                text.Insert(random.Next(text.Length), Pieces[random.Next(Pieces.Length)]);
            }

            var errors = new ErrorList();
            var node = YamlText.Parse(text.ToString(), "input/sitio.yml", 1, errors);
            Assert.True(node is not null || errors.Sorted().Count == 1, text.ToString());
            Assert.All(errors.Sorted(), e => Assert.StartsWith("el YAML no es válido", e.Message, StringComparison.Ordinal));
        }
    }
}
