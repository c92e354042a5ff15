using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Micrositio.Render.Press.Pdf;

/// <summary>
/// The Lato fonts of one document, one per face and size. Unicode encoding (Identity-H with a ToUnicode map)
/// keeps every character, not only WinAnsi ones, extractable and searchable.
/// </summary>
internal sealed class PdfFonts
{
    private readonly Dictionary<(double Size, bool Bold, bool Italic), XFont> fonts = [];

    public XFont For(TextStyle style)
    {
        var key = (style.Size, style.Bold, style.Italic);
        if (!fonts.TryGetValue(key, out var font))
        {
            var face = (style.Bold, style.Italic) switch
            {
                (true, true) => XFontStyleEx.BoldItalic,
                (true, false) => XFontStyleEx.Bold,
                (false, true) => XFontStyleEx.Italic,
                _ => XFontStyleEx.Regular,
            };
            font = new XFont(LatoFontResolver.Family, style.Size, face, new XPdfFontOptions(PdfFontEncoding.Unicode));
            fonts[key] = font;
        }

        return font;
    }
}
