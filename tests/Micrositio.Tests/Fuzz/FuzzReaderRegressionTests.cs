using System.Text;
using Micrositio.Assemble;
using Micrositio.Diagnostics;
using Micrositio.Load;
using Micrositio.Render.Markdown;
using Micrositio.Tests.Fuzz.Harness;

namespace Micrositio.Tests.Fuzz;

/// <summary>
/// The fuzzing's failing cases at the level of one reader, with the shipped site around the file (issue 22): each broke
/// the reader (a crash, a hang or an escaped exception) before the reader fixes merged into this branch.
/// </summary>
public sealed class FuzzReaderRegressionTests
{
    private const string Mesa = "input/mesas/ciudad-mante.md";

    private static readonly FuzzOracle Oracle = new(new FuzzReaders(null, Path.GetTempPath()), FuzzLimits.Default);

    // The case passes every fuzzing property, and Load, Validate and Lint report <paramref name="fragment"/> for the file.
    private static void AssertContentError(string path, string text, string fragment)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        // Checked first, so loading the shipped site and compiling the readers is not charged to the timed case.
        var errors = InMemoryInput.Check(path, bytes).Sorted();
        Assert.Null(Oracle.Check(new FuzzCase(FuzzTarget.Content, path, [], bytes)));
        Assert.Contains(errors, e => e.File == path && e.Line is > 0 && e.Message.Contains(fragment, StringComparison.Ordinal));
    }

    [Fact]
    public void Block_sequences_nested_64000_deep_in_front_matter_are_an_error_not_a_stack_overflow()
    {
        AssertContentError(Mesa, "---\na:\n" + string.Concat(Enumerable.Repeat("- ", 64_000)) + "x\nnombre: Mesa\n---\nTexto.\n", "niveles");
    }

    [Fact]
    public void A_billion_laughs_in_front_matter_is_an_error_not_a_hang()
    {
        var laughs = "risa0: &r0 [ja,ja,ja,ja,ja,ja,ja,ja,ja,ja]\n" + string.Concat(Enumerable.Range(1, 9)
            .Select(i => $"risa{i}: &r{i} [{string.Join(",", Enumerable.Repeat($"*r{i - 1}", 10))}]\n"));
        AssertContentError(Mesa, "---\n" + laughs + "nombre: *r9\nestado: tamaulipas\n---\nTexto.\n", "alias");
    }

    [Theory]
    [InlineData("> ", 64_000, "")]
    [InlineData("*_", 8_000, "x")]
    [InlineData("- ", 64_000, "")]
    public void Markdown_nested_deeper_than_markdig_allows_is_an_error_naming_the_line(string opener, int depth, string inner)
    {
        var body = "Texto.\n\n" + string.Concat(Enumerable.Repeat(opener, depth)) + inner + "\n";
        var errors = new ErrorList();
        new MarkdownRenderer(new ContentIds(new Dictionary<string, string>(), new Dictionary<string, string>()), errors).Render(new MarkdownSource(Mesa, 9, body));
        Assert.True(errors.Sorted().Any(e => e.File == Mesa && e.Line is >= 9 and <= 11 && e.Message.Contains("uno dentro de otro", StringComparison.Ordinal)),
            string.Join("\n", errors.Sorted()));
    }

    /// <summary>
    /// Found by the long run (seed 23, case 24470: netlify.toml with a huge value, truncated): Tomlyn threw
    /// ArgumentOutOfRangeException formatting an escape, not a TomlException, and it escaped the preview's reader.
    /// </summary>
    [Fact]
    public void A_toml_escape_tomlyn_cannot_format_is_a_problem_not_an_exception()
    {
        var fuzzCase = FuzzGen.Cases(SeedCorpus.Instance, null).Generate(new CsCheck.PCG(23, 24470), null, out _);
        Assert.Equal(FuzzTarget.Netlify, fuzzCase.Target);
        var problems = new List<string>();

        Micrositio.Preview.Netlify.NetlifyConfig.Parse(Encoding.UTF8.GetString(fuzzCase.Bytes), "netlify.toml", problems);

        Assert.Contains(problems, p => p.StartsWith("netlify.toml: no es TOML válido", StringComparison.Ordinal));
        Assert.Null(Oracle.Check(fuzzCase));
    }

    /// <summary>
    /// Found by the long run (seed 24, case 4841: a mesa whose paragraph lines were lengthened, one deleted and another
    /// file spliced in): a link error was reported at line 315 of a 313-line file, from Markdig's line of the inline.
    /// </summary>
    [Fact]
    public void A_link_error_in_a_long_mutated_body_names_a_line_inside_the_file()
    {
        var fuzzCase = FuzzGen.Cases(SeedCorpus.Instance, null).Generate(new CsCheck.PCG(24, 4841), null, out _);
        Assert.Equal(FuzzTarget.Content, fuzzCase.Target);

        Assert.Null(Oracle.Check(fuzzCase));
    }
}
