using System.Buffers.Binary;

namespace Micrositio.Render.Press.Pdf;

/// <summary>
/// A TrueType font program with only the glyphs a document draws. Glyph ids stay as they are, so the PDF's
/// character codes are the font's own glyph ids (CIDToGIDMap /Identity) and composite glyphs need no
/// rewriting: unused glyphs are left empty and the glyphs after the last one kept are cut off. Only the
/// tables a PDF reader uses from an embedded TrueType font are kept (ISO 32000-1, 9.9: head, hhea, loca,
/// maxp, cvt, prep, glyf, hmtx and fpgm; the hinting programs because the kept glyphs call them).
/// </summary>
internal static class FontSubset
{
    private const ushort ArgumentsAreWords = 0x0001;
    private const ushort HasScale = 0x0008;
    private const ushort MoreComponents = 0x0020;
    private const ushort HasXYScale = 0x0040;
    private const ushort HasTwoByTwo = 0x0080;

    /// <param name="font">The whole font.</param>
    /// <param name="used">Glyph ids drawn, ascending; .notdef and the parts of composite glyphs are added.</param>
    public static byte[] Build(TrueTypeFont font, IReadOnlyList<int> used)
    {
        var kept = new bool[font.GlyphCount];
        kept[0] = true;
        foreach (var glyph in used)
        {
            Keep(font, glyph, kept);
        }

        var count = Array.LastIndexOf(kept, true) + 1;
        var loca = new byte[4 * (count + 1)];
        var hmtx = new byte[4 * count];
        var glyfLength = 0;
        for (var g = 0; g < count; g++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(4 * g), (uint)glyfLength);
            BinaryPrimitives.WriteUInt16BigEndian(hmtx.AsSpan(4 * g), (ushort)font.Advance(g));
            BinaryPrimitives.WriteInt16BigEndian(hmtx.AsSpan(4 * g + 2), font.LeftBearing(g));
            if (kept[g])
            {
                glyfLength += Padded(font.Outline(g).Length);
            }
        }

        BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(4 * count), (uint)glyfLength);

        var head = font.Table("head").ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(head.AsSpan(8), 0);
        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), 1);
        var hhea = font.Table("hhea").ToArray();
        BinaryPrimitives.WriteUInt16BigEndian(hhea.AsSpan(34), (ushort)count);
        var maxp = font.Table("maxp").ToArray();
        BinaryPrimitives.WriteUInt16BigEndian(maxp.AsSpan(4), (ushort)count);

        // Sorted by tag, as the table directory must be.
        var tables = new List<(string Tag, int Length)>
        {
            ("cvt ", font.Table("cvt ").Length),
            ("fpgm", font.Table("fpgm").Length),
            ("glyf", glyfLength),
            ("head", head.Length),
            ("hhea", hhea.Length),
            ("hmtx", hmtx.Length),
            ("loca", loca.Length),
            ("maxp", maxp.Length),
            ("prep", font.Table("prep").Length),
        };
        tables.RemoveAll(t => t.Length == 0 && t.Tag is "cvt " or "fpgm" or "prep");

        var directory = 12 + 16 * tables.Count;
        var output = new byte[directory + tables.Sum(t => Padded(t.Length))];
        var powerOfTwo = 1 << (int)Math.Log2(tables.Count);
        BinaryPrimitives.WriteUInt32BigEndian(output, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(4), (ushort)tables.Count);
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(6), (ushort)(16 * powerOfTwo));
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(8), (ushort)Math.Log2(powerOfTwo));
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(10), (ushort)(16 * (tables.Count - powerOfTwo)));

        var at = directory;
        var headAt = 0;
        for (var i = 0; i < tables.Count; i++)
        {
            var (tag, length) = tables[i];
            var data = output.AsSpan(at, length);
            switch (tag)
            {
                case "glyf":
                    var to = 0;
                    for (var g = 0; g < count; g++)
                    {
                        if (kept[g])
                        {
                            var outline = font.Outline(g);
                            outline.CopyTo(data[to..]);
                            to += Padded(outline.Length);
                        }
                    }

                    break;
                case "head":
                    head.CopyTo(data);
                    headAt = at;
                    break;
                case "hhea":
                    hhea.CopyTo(data);
                    break;
                case "hmtx":
                    hmtx.CopyTo(data);
                    break;
                case "loca":
                    loca.CopyTo(data);
                    break;
                case "maxp":
                    maxp.CopyTo(data);
                    break;
                default:
                    font.Table(tag).CopyTo(data);
                    break;
            }

            var entry = output.AsSpan(12 + 16 * i, 16);
            entry[0] = (byte)tag[0];
            entry[1] = (byte)tag[1];
            entry[2] = (byte)tag[2];
            entry[3] = (byte)tag[3];
            BinaryPrimitives.WriteUInt32BigEndian(entry[4..], Checksum(output.AsSpan(at, Padded(length))));
            BinaryPrimitives.WriteUInt32BigEndian(entry[8..], (uint)at);
            BinaryPrimitives.WriteUInt32BigEndian(entry[12..], (uint)length);
            at += Padded(length);
        }

        BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(headAt + 8), 0xB1B0AFBA - Checksum(output));
        return output;
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

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        var whole = data.Length & ~3;
        for (var i = 0; i < whole; i += 4)
        {
            sum += BinaryPrimitives.ReadUInt32BigEndian(data[i..]);
        }

        for (var i = whole; i < data.Length; i++)
        {
            sum += (uint)data[i] << (24 - 8 * (i - whole));
        }

        return sum;
    }
}
