using System.Globalization;

namespace Micrositio.Render.Press.Pdf;

/// <summary>
/// Refuses text that Lato cannot draw (emoji, CJK…): the PDF would print an empty box and the copied text
/// would be lost, so the author hears about it instead.
/// </summary>
internal static class GlyphCheck
{
    public static void Ensure(IReadOnlyList<LaidOutPage> pages, LatoFonts fonts)
    {
        var missing = new SortedSet<int>();
        foreach (var span in pages.SelectMany(p => p.Ops.OfType<TextOp>().Concat(p.Footer)).SelectMany(line => line.Spans))
        {
            var font = fonts.For(span.Style);
            foreach (var rune in span.Text.EnumerateRunes())
            {
                if (rune.Value >= ' ' && font.GlyphId(rune.Value) == 0)
                {
                    missing.Add(rune.Value);
                }
            }
        }

        if (missing.Count > 0)
        {
            var list = string.Join(", ", missing.Select(c => string.Create(CultureInfo.InvariantCulture, $"«{char.ConvertFromUtf32(c)}» (U+{c:X4})")));
            throw new ArgumentException($"PDF: la fuente Lato no tiene {list}; quite esos caracteres del texto o cámbielos por otros.");
        }
    }
}
