namespace Micrositio.Render.Press.Pdf;

/// <summary>
/// Measures text as the PDF draws it: each glyph advances by its width in hmtx, without kerning, so a line's
/// width is exactly the sum of its pieces' widths, which lets the line breaker measure word by word. A width
/// is one table lookup per character, cheaper than remembering it; nothing here changes, so every thread
/// shares the measurer of its fonts (<see cref="LatoFonts.Measurer"/>).
/// </summary>
internal sealed class TextMeasurer(LatoFonts fonts)
{
    public LatoFonts Fonts => fonts;

    public double Width(string text, TextStyle style)
    {
        var font = fonts.For(style);
        return text.Length == 0 ? 0 : font.AdvanceSum(text) * style.Size / font.UnitsPerEm;
    }

    public double Ascent(TextStyle style)
    {
        var font = fonts.For(style);
        return style.Size * font.Ascent / font.UnitsPerEm;
    }

    public double Descent(TextStyle style)
    {
        var font = fonts.For(style);
        return style.Size * font.Descent / font.UnitsPerEm;
    }

    /// <summary>Baseline below the top of a line box, with the leading split evenly above and below the glyphs.</summary>
    public double BaselineOffset(TextStyle style)
    {
        var ascent = Ascent(style);
        var glyphs = ascent + Descent(style);
        return (style.LineHeight - glyphs) / 2 + ascent;
    }
}
