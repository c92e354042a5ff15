using System.Buffers.Binary;

namespace Micrositio.Render.Press.Pdf;

/// <summary>
/// A TrueType font program with only the glyphs a document draws. Glyph ids stay as they are, so the PDF's
/// character codes are the font's own glyph ids (CIDToGIDMap /Identity) and composite glyphs need no
/// rewriting: unused glyphs are left empty, with zero metrics, and the glyphs after the last one kept are
/// cut off. Only the tables a PDF reader uses from an embedded TrueType font are kept (ISO 32000-1, 9.9:
/// head, hhea, loca, maxp, cvt, prep, glyf, hmtx and fpgm; the hinting programs because the kept glyphs
/// call them).
/// </summary>
internal static class FontSubset
{
    private const ushort ArgumentsAreWords = 0x0001;
    private const ushort HasScale = 0x0008;
    private const ushort MoreComponents = 0x0020;
    private const ushort HasXYScale = 0x0040;
    private const ushort HasTwoByTwo = 0x0080;

    /// <summary>Sorted by tag, as the table directory must be.</summary>
    private static readonly string[] Tags = ["cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "prep"];

    /// <param name="font">The whole font.</param>
    /// <param name="used">Glyph ids drawn; .notdef and the parts of composite glyphs are added.</param>
    /// <param name="into">Where to write the font file.</param>
    public static void Write(TrueTypeFont font, IReadOnlyList<int> used, PdfBytes into)
    {
        var kept = new bool[font.GlyphCount];
        kept[0] = true;
        foreach (var glyph in used)
        {
            Keep(font, glyph, kept);
        }

        var count = Array.LastIndexOf(kept, true) + 1;
        var glyfLength = 0;
        for (var g = 0; g < count; g++)
        {
            glyfLength += kept[g] ? Padded(font.Outline(g).Length) : 0;
        }

        var tables = Tags.Select(tag => (Tag: tag, Length: tag switch
        {
            "glyf" => glyfLength,
            "hmtx" => 4 * count,
            "loca" => 4 * (count + 1),
            _ => font.Table(tag).Length,
        })).Where(t => t.Length > 0 || t.Tag == "glyf").ToList();
        var offsets = new Dictionary<string, int>(StringComparer.Ordinal);
        var at = 12 + 16 * tables.Count;
        foreach (var (tag, length) in tables)
        {
            offsets[tag] = at;
            at += Padded(length);
        }

        var file = into.Append(at);
        file.Clear();
        foreach (var (tag, _) in tables.Where(t => t.Tag is not ("glyf" or "hmtx" or "loca")))
        {
            font.Table(tag).CopyTo(file[offsets[tag]..]);
        }

        // head: no checksum adjustment yet, long loca offsets; hhea and maxp: the new glyph count.
        var head = file[offsets["head"]..];
        BinaryPrimitives.WriteUInt32BigEndian(head[8..], 0);
        BinaryPrimitives.WriteInt16BigEndian(head[50..], 1);
        BinaryPrimitives.WriteUInt16BigEndian(file[(offsets["hhea"] + 34)..], (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(file[(offsets["maxp"] + 4)..], (ushort)count);

        var glyf = file[offsets["glyf"]..];
        var hmtx = file[offsets["hmtx"]..];
        var loca = file[offsets["loca"]..];
        var to = 0;
        for (var g = 0; g < count; g++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(loca[(4 * g)..], (uint)to);
            if (kept[g])
            {
                // Empty glyphs keep zero metrics, which deflate to almost nothing.
                BinaryPrimitives.WriteUInt16BigEndian(hmtx[(4 * g)..], (ushort)font.Advance(g));
                BinaryPrimitives.WriteInt16BigEndian(hmtx[(4 * g + 2)..], font.LeftBearing(g));
                var outline = font.Outline(g);
                outline.CopyTo(glyf[to..]);
                to += Padded(outline.Length);
            }
        }

        BinaryPrimitives.WriteUInt32BigEndian(loca[(4 * count)..], (uint)to);

        var powerOfTwo = 1 << (int)Math.Log2(tables.Count);
        BinaryPrimitives.WriteUInt32BigEndian(file, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(file[4..], (ushort)tables.Count);
        BinaryPrimitives.WriteUInt16BigEndian(file[6..], (ushort)(16 * powerOfTwo));
        BinaryPrimitives.WriteUInt16BigEndian(file[8..], (ushort)Math.Log2(powerOfTwo));
        BinaryPrimitives.WriteUInt16BigEndian(file[10..], (ushort)(16 * (tables.Count - powerOfTwo)));
        var sum = 0u;
        for (var i = 0; i < tables.Count; i++)
        {
            var (tag, length) = tables[i];
            var entry = file.Slice(12 + 16 * i, 16);
            for (var c = 0; c < 4; c++)
            {
                entry[c] = (byte)tag[c];
            }

            var checksum = Checksum(file.Slice(offsets[tag], Padded(length)));
            BinaryPrimitives.WriteUInt32BigEndian(entry[4..], checksum);
            BinaryPrimitives.WriteUInt32BigEndian(entry[8..], (uint)offsets[tag]);
            BinaryPrimitives.WriteUInt32BigEndian(entry[12..], (uint)length);
            sum += checksum;
        }

        // The whole file's checksum is the directory's plus the tables'.
        sum += Checksum(file[..(12 + 16 * tables.Count)]);
        BinaryPrimitives.WriteUInt32BigEndian(head[8..], 0xB1B0AFBA - sum);
    }

    /// <summary>A glyph and, for a composite glyph, the glyphs it is made of.</summary>
    private static void Keep(TrueTypeFont font, int glyph, bool[] kept)
    {
        if (glyph <= 0 || glyph >= kept.Length || kept[glyph])
        {
            return;
        }

        kept[glyph] = true;
        var outline = font.Outline(glyph);
        if (outline.Length < 10 || BinaryPrimitives.ReadInt16BigEndian(outline) >= 0)
        {
            return;
        }

        var at = 10;
        ushort flags;
        do
        {
            if (at + 4 > outline.Length)
            {
                return;
            }

            flags = BinaryPrimitives.ReadUInt16BigEndian(outline[at..]);
            Keep(font, BinaryPrimitives.ReadUInt16BigEndian(outline[(at + 2)..]), kept);
            at += 4 + ((flags & ArgumentsAreWords) != 0 ? 4 : 2);
            at += (flags & HasScale) != 0 ? 2 : (flags & HasXYScale) != 0 ? 4 : (flags & HasTwoByTwo) != 0 ? 8 : 0;
        }
        while ((flags & MoreComponents) != 0);
    }

    private static int Padded(int length) => (length + 3) & ~3;

    /// <summary>The sum of a table's big-endian 32-bit words; tables are padded with zeros to a multiple of four bytes.</summary>
    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        var sum = 0u;
        for (var i = 0; i + 4 <= data.Length; i += 4)
        {
            sum += BinaryPrimitives.ReadUInt32BigEndian(data[i..]);
        }

        return sum;
    }
}
