using Micrositio.Render.Press.Pdf;

namespace Micrositio.Tests.Render.Press.Pdf;

/// <summary>
/// Widths are the glyphs' advances added up, without kerning. The expected values are what PDFsharp 6.5
/// measured for the same text, which the releases were laid out with before the PDFs were written by this
/// code: equal widths keep every line break where it was.
/// </summary>
public sealed class TextMeasurerTests
{
    private const string Sample = "Párrafo ¿Cómo? «x» —…";

    private static TextMeasurer Measurer => LatoFonts.From(PressPdfSamples.Fonts).Measurer;

    [Theory]
    [InlineData(false, false, 112.015)]
    [InlineData(true, false, 114.030625)]
    [InlineData(false, true, 105.5865)]
    [InlineData(true, true, 107.31725)]
    public void A_text_is_as_wide_as_its_glyphs_advances(bool bold, bool italic, double width)
    {
        var style = new TextStyle(10.75, bold, italic, 0);

        Assert.Equal(width, Measurer.Width(Sample, style), 9);
        Assert.Equal(Measurer.Width(Sample, style), Measurer.Width(Sample[..8], style) + Measurer.Width(Sample[8..], style), 9);
    }

    [Fact]
    public void Ascent_and_descent_are_the_typographic_ones_lato_asks_for()
    {
        var style = new TextStyle(10, false, false, 0);

        // OS/2 USE_TYPO_METRICS: ascender 1610 + line gap 400 and descender 390, in 2000 units per em.
        Assert.Equal(10.05, Measurer.Ascent(style), 9);
        Assert.Equal(1.95, Measurer.Descent(style), 9);
    }
}
