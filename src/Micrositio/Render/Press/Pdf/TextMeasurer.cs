using PdfSharp.Drawing;

namespace Micrositio.Render.Press.Pdf;

/// <summary>
/// Measures text as PDFsharp will draw it. PDFsharp applies no kerning, so a line's width is exactly the
/// sum of its pieces' widths, which is what lets the line breaker measure word by word.
/// </summary>
internal sealed class TextMeasurer(PdfFonts fonts) : IDisposable
{
    /// <summary>Releases repeat most words, so remembered widths pay; past this many, old ones are dropped.</summary>
    private const int MaxWidths = 50_000;

    [ThreadStatic]
    private static TextMeasurer? _thread;

    private readonly XGraphics context = XGraphics.CreateMeasureContext(
        new XSize(PressPdfTheme.PageWidth, PressPdfTheme.PageHeight), XGraphicsUnit.Point, XPageDirection.Downwards);

    private readonly Dictionary<(string Text, double Size, bool Bold, bool Italic), double> widths = [];

    public PdfFonts Fonts => fonts;

    /// <summary>
    /// This thread's measurer, shared by every PDF it writes: a width depends only on the text, the style and
    /// the fonts, which are the same for the whole process (see <see cref="PdfEngineSetup"/>). Per thread
    /// because neither the dictionary nor PDFsharp's measuring context may be used by two threads at once.
    /// </summary>
    public static TextMeasurer ForThisThread() => _thread ??= new TextMeasurer(new PdfFonts());

    public double Width(string text, TextStyle style)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        var key = (text, style.Size, style.Bold, style.Italic);
        if (!widths.TryGetValue(key, out var width))
        {
            width = context.MeasureString(text, fonts.For(style)).Width;
            if (widths.Count >= MaxWidths)
            {
                widths.Clear();
            }

            widths[key] = width;
        }

        return width;
    }

    public double Ascent(TextStyle style)
    {
        var metrics = fonts.For(style).Metrics;
        return style.Size * metrics.Ascent / metrics.UnitsPerEm;
    }

    public double Descent(TextStyle style)
    {
        var metrics = fonts.For(style).Metrics;
        return style.Size * Math.Abs(metrics.Descent) / metrics.UnitsPerEm;
    }

    /// <summary>Baseline below the top of a line box, with the leading split evenly above and below the glyphs.</summary>
    public double BaselineOffset(TextStyle style)
    {
        var ascent = Ascent(style);
        var glyphs = ascent + Descent(style);
        return (style.LineHeight - glyphs) / 2 + ascent;
    }

    public void Dispose() => context.Dispose();
}
