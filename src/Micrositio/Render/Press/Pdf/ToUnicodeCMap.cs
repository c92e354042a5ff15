namespace Micrositio.Render.Press.Pdf;

/// <summary>
/// The ToUnicode CMap of a font whose codes are two-byte glyph ids (ISO 32000-1, 9.10.3): what text each
/// glyph stands for, so a reader can copy and search the text.
/// </summary>
internal static class ToUnicodeCMap
{
    /// <summary>A bfchar block may hold at most 100 mappings.</summary>
    private const int PerBlock = 100;

    /// <param name="mappings">Glyph ids, ascending, with the code point each one stands for.</param>
    public static byte[] Build(IReadOnlyList<(int Glyph, int CodePoint)> mappings)
    {
        var cmap = new PdfBytes(256 + 16 * mappings.Count);
        cmap.Raw("""
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
        for (var start = 0; start < mappings.Count; start += PerBlock)
        {
            var count = Math.Min(PerBlock, mappings.Count - start);
            cmap.Integer(count).Raw(" beginbfchar\n"u8);
            for (var i = start; i < start + count; i++)
            {
                var (glyph, codePoint) = mappings[i];
                cmap.Byte((byte)'<').Glyph(glyph).Raw("> <"u8);
                if (codePoint < 0x10000)
                {
                    cmap.Glyph(codePoint);
                }
                else
                {
                    cmap.Glyph(char.ConvertFromUtf32(codePoint)[0]).Glyph(char.ConvertFromUtf32(codePoint)[1]);
                }

                cmap.Raw(">\n"u8);
            }

            cmap.Raw("endbfchar\n"u8);
        }

        cmap.Raw("""
            endcmap
            CMapName currentdict /CMap defineresource pop
            end
            end
            """u8);
        return cmap.ToArray();
    }
}
