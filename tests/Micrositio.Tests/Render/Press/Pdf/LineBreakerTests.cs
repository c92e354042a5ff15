using Micrositio.Render.Press.Pdf;

namespace Micrositio.Tests.Render.Press.Pdf;

/// <summary>Word wrap on measured widths.</summary>
public sealed class LineBreakerTests
{
    private static readonly TextStyle Body = new(10.75, false, false, 0);

    [Fact]
    public void Lines_fit_the_width_and_keep_every_word()
    {
        var measurer = Measurer();
        const string text = "La Red Nacional de Mesas de Seguridad y Justicia reunió en Tampico a treinta y una mesas de todo el país.";
        var lines = LineBreaker.Break([new StyledText(text, Body)], 150, measurer);

        Assert.True(lines.Count > 1);
        Assert.All(lines, line => Assert.True(line.Width <= 150.01));
        Assert.Equal(text, string.Join(" ", lines.Select(l => l.Text)));
    }

    [Fact]
    public void A_word_wider_than_the_line_is_cut()
    {
        var measurer = Measurer();
        var url = "https://red.example.mx/" + string.Concat(Enumerable.Repeat("segmento-largo/", 20));
        var lines = LineBreaker.Break([new StyledText("Vea " + url, Body)], 200, measurer);

        Assert.All(lines, line => Assert.True(line.Width <= 200.01));
        Assert.Equal("Vea" + url, string.Concat(lines.Select(l => l.Text)).Replace(" ", "", StringComparison.Ordinal));
    }

    [Fact]
    public void A_word_in_two_styles_is_not_split_and_hard_breaks_are_kept()
    {
        var measurer = Measurer();
        var bold = Body with { Bold = true };
        var lines = LineBreaker.Break([new StyledText("negr", bold), new StyledText("ita y\nsigue", Body)], 500, measurer);

        Assert.Equal(["negrita y", "sigue"], lines.Select(l => l.Text));
        Assert.Equal(2, lines[0].Spans.Count);
    }

    [Fact]
    public void Non_breaking_spaces_hold_words_together()
    {
        var measurer = Measurer();
        var lines = LineBreaker.Break([new StyledText("uno dos\u00A0tres", Body)], measurer.Width("uno dos", Body) + 1, measurer);

        Assert.Equal(["uno", "dos\u00A0tres"], lines.Select(l => l.Text));
    }

    private static TextMeasurer Measurer() => LatoFonts.From(PressPdfSamples.Fonts).Measurer;
}
