namespace Micrositio.Render.Press.Pdf;

/// <summary>
/// The ToUnicode CMap of a font whose codes are two-byte glyph ids (ISO 32000-1, 9.10.3): what text each
/// glyph stands for, so a reader can copy and search the text. Runs of glyphs whose ids and characters both
/// go up by one (a–z, A–Z, digits in most fonts) are written as one range; a range may not cross a change
/// of the first byte of either side.
/// </summary>
internal static class ToUnicodeCMap
{
    /// <summary>A bfchar or bfrange block may hold at most 100 entries.</summary>
    private const int PerBlock = 100;

    /// <param name="into">Where to write the CMap's text.</param>
    /// <param name="mappings">Glyph ids, ascending, with the code point each one stands for.</param>
    public static void Write(PdfBytes into, IReadOnlyList<(int Glyph, int CodePoint)> mappings)
    {
        var ranges = new List<(int First, int Last, int CodePoint)>();
        var singles = new List<(int Glyph, int CodePoint)>();
        for (var i = 0; i < mappings.Count;)
        {
            var (first, codePoint) = mappings[i];
            var end = i + 1;
            while (end < mappings.Count && codePoint < 0x10000
                && mappings[end].Glyph == first + (end - i) && mappings[end].CodePoint == codePoint + (end - i)
                && mappings[end].Glyph >> 8 == first >> 8 && mappings[end].CodePoint >> 8 == codePoint >> 8)
            {
                end++;
            }

            if (end - i > 1)
            {
                ranges.Add((first, mappings[end - 1].Glyph, codePoint));
            }
            else
            {
                singles.Add(mappings[i]);
            }

            i = end;
        }

        into.Raw("""
            /CIDInit /ProcSet findresource begin
            12 dict begin
            begincmap
            /CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def
            /CMapName /Adobe-Identity-UCS def
            /CMapType 2 def
            1 begincodespacerange
            <0000> <FFFF>
            endcodespacerange

            """u8);
        for (var start = 0; start < singles.Count; start += PerBlock)
        {
            var block = singles.GetRange(start, Math.Min(PerBlock, singles.Count - start));
            into.Integer(block.Count).Raw(" beginbfchar\n"u8);
            foreach (var (glyph, codePoint) in block)
            {
                Code(into, glyph).Byte((byte)' ');
                Text(into, codePoint).Byte((byte)'\n');
            }

            into.Raw("endbfchar\n"u8);
        }

        for (var start = 0; start < ranges.Count; start += PerBlock)
        {
            var block = ranges.GetRange(start, Math.Min(PerBlock, ranges.Count - start));
            into.Integer(block.Count).Raw(" beginbfrange\n"u8);
            foreach (var (first, last, codePoint) in block)
            {
                Code(into, first).Byte((byte)' ');
                Code(into, last).Byte((byte)' ');
                Text(into, codePoint).Byte((byte)'\n');
            }

            into.Raw("endbfrange\n"u8);
        }

        into.Raw("""
            endcmap
            CMapName currentdict /CMap defineresource pop
            end
            end
            """u8);
    }

    private static PdfBytes Code(PdfBytes into, int glyph) => into.Byte((byte)'<').Glyph(glyph).Byte((byte)'>');

    /// <summary>The character in UTF-16BE, a surrogate pair outside the BMP.</summary>
    private static PdfBytes Text(PdfBytes into, int codePoint)
    {
        into.Byte((byte)'<');
        if (codePoint < 0x10000)
        {
            into.Glyph(codePoint);
        }
        else
        {
            var surrogates = char.ConvertFromUtf32(codePoint);
            into.Glyph(surrogates[0]).Glyph(surrogates[1]);
        }

        return into.Byte((byte)'>');
    }
}
