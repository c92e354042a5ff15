using System.Buffers.Binary;
using System.Text;

namespace Micrositio.Render.Press.Pdf;

/// <summary>
/// What the press PDFs need from a TrueType font, read once: glyph ids by code point (cmap), advance widths
/// (hmtx), the metrics of the font descriptor (head, hhea, OS/2, post, name) and where each outline is
/// (loca, glyf) for <see cref="FontSubset"/>. Immutable, so every thread shares one.
/// </summary>
internal sealed class TrueTypeFont
{
    private readonly byte[] file;
    private readonly string name;
    private readonly Dictionary<string, (int Offset, int Length)> tables;
    private readonly ushort[] bmp = new ushort[0x10000];
    private readonly Dictionary<int, ushort> astral = [];
    private readonly ushort[] advances;
    private readonly short[] leftBearings;
    private readonly int[] outlines;

    private TrueTypeFont(byte[] file, string name)
    {
        this.file = file;
        this.name = name;
        tables = Tables(file, name);
        var head = Required("head", 54);
        UnitsPerEm = U16(head, 18);
        Box = (S16(head, 36), S16(head, 38), S16(head, 40), S16(head, 42));
        var hhea = Required("hhea", 36);
        var maxp = Required("maxp", 6);
        GlyphCount = U16(maxp, 4);
        (advances, leftBearings) = Metrics(Required("hmtx", 0), U16(hhea, 34), GlyphCount);
        outlines = Outlines(Required("loca", 0), S16(head, 50) == 1, GlyphCount, Required("glyf", 0).Length);
        var os2 = Table("OS/2");
        (Ascent, Descent) = VerticalMetrics(hhea, os2);
        Weight = os2.Length >= 6 ? U16(os2, 4) : 400;
        CapHeight = os2.Length >= 90 && U16(os2, 0) >= 2 ? S16(os2, 88) : Ascent;
        var post = Table("post");
        ItalicAngle = post.Length >= 16 ? BinaryPrimitives.ReadInt32BigEndian(post[4..]) / 65536.0 : 0;
        IsFixedPitch = post.Length >= 16 && BinaryPrimitives.ReadUInt32BigEndian(post[12..]) != 0;
        PostScriptName = PostScript(Table("name")) ?? name;
        ReadCmap(Table("cmap"));
    }

    /// <summary>The name table's PostScript name, e.g. "Lato-Regular": the font's name in a PDF.</summary>
    public string PostScriptName { get; }

    public int UnitsPerEm { get; }

    public int GlyphCount { get; }

    /// <summary>Above the baseline, in font units: the typographic ascender and line gap when the font asks for them (OS/2 USE_TYPO_METRICS), else the Windows ascent.</summary>
    public int Ascent { get; }

    /// <summary>Below the baseline, in font units, as a positive number.</summary>
    public int Descent { get; }

    public int CapHeight { get; }

    public int Weight { get; }

    public double ItalicAngle { get; }

    public bool IsFixedPitch { get; }

    /// <summary>The bounding box of all glyphs (head): xMin, yMin, xMax, yMax.</summary>
    public (int XMin, int YMin, int XMax, int YMax) Box { get; }

    /// <param name="file">The .ttf file's bytes.</param>
    /// <param name="name">The face's name, for messages and in case the font names no PostScript name.</param>
    public static TrueTypeFont Read(byte[] file, string name) => new(file, name);

    /// <summary>The glyph drawn for a code point, 0 (.notdef) when the font has none.</summary>
    public int GlyphId(int codePoint) =>
        codePoint < 0x10000 ? bmp[codePoint] : astral.GetValueOrDefault(codePoint);

    public int Advance(int glyph) => advances[glyph];

    public short LeftBearing(int glyph) => leftBearings[glyph];

    /// <summary>
    /// The advance widths of a text's glyphs added up, in font units. Control characters take no room;
    /// a surrogate pair is one glyph.
    /// </summary>
    public int AdvanceSum(ReadOnlySpan<char> text)
    {
        var sum = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < ' ' || char.IsLowSurrogate(c))
            {
                continue;
            }

            var glyph = !char.IsHighSurrogate(c) ? bmp[c]
                : i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? GlyphId(char.ConvertToUtf32(c, text[i + 1]))
                : 0;
            sum += advances[glyph];
        }

        return sum;
    }

    /// <summary>A glyph's outline as stored in glyf (empty for a glyph without contours).</summary>
    public ReadOnlySpan<byte> Outline(int glyph)
    {
        var glyf = tables["glyf"].Offset;
        return file.AsSpan(glyf + outlines[glyph], outlines[glyph + 1] - outlines[glyph]);
    }

    /// <summary>A whole table, or empty when the font has none.</summary>
    public ReadOnlySpan<byte> Table(string tag) =>
        tables.TryGetValue(tag, out var table) ? file.AsSpan(table.Offset, table.Length) : [];

    private ReadOnlySpan<byte> Required(string tag, int minimum)
    {
        var table = Table(tag);
        if (!tables.ContainsKey(tag) || table.Length < minimum)
        {
            throw new InvalidDataException($"PDF: a la fuente «{name}» le falta la tabla «{tag}» o está incompleta.");
        }

        return table;
    }

    private static Dictionary<string, (int Offset, int Length)> Tables(byte[] file, string name)
    {
        if (file.Length < 12 || BinaryPrimitives.ReadUInt32BigEndian(file) is not (0x00010000 or 0x74727565))
        {
            throw new InvalidDataException($"PDF: «{name}» no es una fuente TrueType.");
        }

        var count = U16(file, 4);
        var tables = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var entry = 12 + 16 * i;
            if (entry + 16 > file.Length)
            {
                break;
            }

            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(entry + 8));
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(entry + 12));
            if (offset < 0 || length < 0 || (long)offset + length > file.Length)
            {
                throw new InvalidDataException($"PDF: la fuente «{name}» está dañada (una tabla sale del archivo).");
            }

            tables[Encoding.ASCII.GetString(file, entry, 4)] = (offset, length);
        }

        return tables;
    }

    private static (ushort[] Advances, short[] LeftBearings) Metrics(ReadOnlySpan<byte> hmtx, int metrics, int glyphs)
    {
        if (metrics == 0 || hmtx.Length < 4 * metrics + 2 * (glyphs - metrics))
        {
            throw new InvalidDataException("PDF: la tabla «hmtx» de la fuente está incompleta.");
        }

        var advances = new ushort[glyphs];
        var bearings = new short[glyphs];
        for (var g = 0; g < glyphs; g++)
        {
            // Glyphs after the last full metric share its advance and list only their left side bearing.
            advances[g] = g < metrics ? U16(hmtx, 4 * g) : advances[metrics - 1];
            bearings[g] = g < metrics ? S16(hmtx, 4 * g + 2) : S16(hmtx, 4 * metrics + 2 * (g - metrics));
        }

        return (advances, bearings);
    }

    private static int[] Outlines(ReadOnlySpan<byte> loca, bool longOffsets, int glyphs, int glyfLength)
    {
        if (loca.Length < (glyphs + 1) * (longOffsets ? 4 : 2))
        {
            throw new InvalidDataException("PDF: la tabla «loca» de la fuente está incompleta.");
        }

        var offsets = new int[glyphs + 1];
        for (var g = 0; g <= glyphs; g++)
        {
            offsets[g] = longOffsets ? (int)BinaryPrimitives.ReadUInt32BigEndian(loca[(4 * g)..]) : 2 * U16(loca, 2 * g);
            if (offsets[g] > glyfLength || (g > 0 && offsets[g] < offsets[g - 1]))
            {
                throw new InvalidDataException("PDF: la tabla «loca» de la fuente no coincide con «glyf».");
            }
        }

        return offsets;
    }

    private static (int Ascent, int Descent) VerticalMetrics(ReadOnlySpan<byte> hhea, ReadOnlySpan<byte> os2)
    {
        if (os2.Length >= 78)
        {
            var typoAscender = S16(os2, 68);
            var typoDescender = S16(os2, 70);
            var typoLineGap = S16(os2, 72);
            var useTypo = (U16(os2, 62) & 0x80) != 0 && (typoAscender != 0 || typoDescender != 0 || typoLineGap != 0);
            return useTypo ? (typoAscender + typoLineGap, -typoDescender) : (U16(os2, 74), U16(os2, 76));
        }

        return (S16(hhea, 4), Math.Abs(S16(hhea, 6)));
    }

    /// <summary>Name id 6, from the Windows (UTF-16) or Macintosh (ASCII) record.</summary>
    private static string? PostScript(ReadOnlySpan<byte> name)
    {
        if (name.Length < 6)
        {
            return null;
        }

        var count = U16(name, 2);
        var strings = U16(name, 4);
        for (var i = 0; i < count && 6 + 12 * (i + 1) <= name.Length; i++)
        {
            var record = name.Slice(6 + 12 * i, 12);
            var (platform, id, length, offset) = (U16(record, 0), U16(record, 6), U16(record, 8), U16(record, 10));
            if (id != 6 || platform is not (1 or 3) || strings + offset + length > name.Length)
            {
                continue;
            }

            var bytes = name.Slice(strings + offset, length);
            var text = platform == 3 ? Encoding.BigEndianUnicode.GetString(bytes) : Encoding.ASCII.GetString(bytes);
            if (text.Length > 0 && text.All(c => c is > ' ' and < '\u007F' and not ('[' or ']' or '(' or ')' or '{' or '}' or '<' or '>' or '/' or '%')))
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>
    /// The Unicode subtable: format 12 (all planes) when there is one, else format 4 (the BMP). A font without
    /// one (such as a subset made for a PDF) maps no character.
    /// </summary>
    private void ReadCmap(ReadOnlySpan<byte> cmap)
    {
        var count = cmap.Length >= 4 ? U16(cmap, 2) : 0;
        int format4 = -1, format12 = -1;
        for (var i = 0; i < count && 4 + 8 * (i + 1) <= cmap.Length; i++)
        {
            var (platform, encoding) = (U16(cmap, 4 + 8 * i), U16(cmap, 6 + 8 * i));
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(cmap[(8 + 8 * i)..]);
            if (offset + 4 > cmap.Length || !(platform == 0 || (platform == 3 && encoding is 1 or 10)))
            {
                continue;
            }

            switch (U16(cmap, offset))
            {
                case 4 when format4 < 0:
                    format4 = offset;
                    break;
                case 12 when format12 < 0:
                    format12 = offset;
                    break;
            }
        }

        if (format12 >= 0)
        {
            ReadFormat12(cmap[format12..]);
        }
        else if (format4 >= 0)
        {
            ReadFormat4(cmap[format4..]);
        }
    }

    private void ReadFormat4(ReadOnlySpan<byte> table)
    {
        var segments = U16(table, 6) / 2;
        int ends = 14, starts = 16 + 2 * segments, deltas = 16 + 4 * segments, ranges = 16 + 6 * segments;
        for (var s = 0; s < segments; s++)
        {
            var (start, end) = (U16(table, starts + 2 * s), U16(table, ends + 2 * s));
            var (delta, range) = (U16(table, deltas + 2 * s), U16(table, ranges + 2 * s));
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                var glyph = c + delta;
                if (range != 0)
                {
                    // idRangeOffset counts from its own position to the glyph id array entry of this character.
                    var at = ranges + 2 * s + range + 2 * (c - start);
                    glyph = at + 2 <= table.Length && U16(table, at) is var id and not 0 ? id + delta : 0;
                }

                Map(c, glyph & 0xFFFF);
            }
        }
    }

    private void ReadFormat12(ReadOnlySpan<byte> table)
    {
        var groups = (int)BinaryPrimitives.ReadUInt32BigEndian(table[12..]);
        for (var i = 0; i < groups && 16 + 12 * (i + 1) <= table.Length; i++)
        {
            var group = table.Slice(16 + 12 * i, 12);
            var start = BinaryPrimitives.ReadUInt32BigEndian(group);
            var end = Math.Min(BinaryPrimitives.ReadUInt32BigEndian(group[4..]), 0x10FFFF);
            var glyph = BinaryPrimitives.ReadUInt32BigEndian(group[8..]);
            for (var c = start; c <= end; c++)
            {
                Map((int)c, (int)(glyph + (c - start)));
            }
        }
    }

    private void Map(int codePoint, int glyph)
    {
        if (glyph <= 0 || glyph >= GlyphCount)
        {
            return;
        }

        if (codePoint < 0x10000)
        {
            bmp[codePoint] = (ushort)glyph;
        }
        else
        {
            astral[codePoint] = (ushort)glyph;
        }
    }

    private static ushort U16(ReadOnlySpan<byte> data, int at) => BinaryPrimitives.ReadUInt16BigEndian(data[at..]);

    private static short S16(ReadOnlySpan<byte> data, int at) => BinaryPrimitives.ReadInt16BigEndian(data[at..]);
}
