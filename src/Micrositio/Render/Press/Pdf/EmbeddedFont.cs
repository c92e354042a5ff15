using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Micrositio.Render.Press.Pdf;

/// <summary>
/// One face as one document uses it: the glyphs it draws and the character each stands for. Text is shown
/// with two-byte glyph ids (Identity-H); once every page is painted, the face is written as a Type 0 font
/// with a CIDFontType2 descendant carrying the used glyphs' widths, its descriptor, the subset font program
/// (<see cref="FontSubset"/>) and a ToUnicode map, so text is copied and searched as it was written.
/// </summary>
/// <param name="font">The face.</param>
/// <param name="resource">Its number among the page resources, shown as /F1, /F2…</param>
/// <param name="number">The object number of its Type 0 font.</param>
internal sealed class EmbeddedFont(TrueTypeFont font, int resource, int number)
{
    /// <summary>For each glyph id, the code point it was drawn for (the lowest, when several share a glyph, such as a space and a no-break space); 0 when unused.</summary>
    private readonly int[] characters = new int[font.GlyphCount];

    public int Resource => resource;

    /// <summary>The Type 0 font's object number.</summary>
    public int Number => number;

    /// <summary>Writes a text's glyphs as a hexadecimal string and remembers them.</summary>
    public void Show(string text, PdfBytes content)
    {
        content.Byte((byte)'<');
        foreach (var rune in text.EnumerateRunes())
        {
            // Control characters take no room when measured, so none is drawn.
            if (rune.Value < ' ')
            {
                continue;
            }

            var glyph = font.GlyphId(rune.Value);
            content.Glyph(glyph);
            if (characters[glyph] == 0 || rune.Value < characters[glyph])
            {
                characters[glyph] = rune.Value;
            }
        }

        content.Byte((byte)'>');
    }

    public void Write(PdfObjectWriter pdf)
    {
        var glyphs = new List<int>();
        for (var glyph = 1; glyph < characters.Length; glyph++)
        {
            if (characters[glyph] != 0)
            {
                glyphs.Add(glyph);
            }
        }

        var name = SubsetTag(glyphs) + "+" + font.PostScriptName;
        var (descendant, descriptor, program, toUnicode) = (pdf.Allocate(), pdf.Allocate(), pdf.Allocate(), pdf.Allocate());
        pdf.Begin(number).Raw("<</Type/Font/Subtype/Type0/BaseFont"u8).Name(name).Raw("/Encoding/Identity-H/DescendantFonts["u8)
            .Reference(descendant).Raw("]/ToUnicode "u8).Reference(toUnicode).Raw(">>"u8);
        pdf.End();
        CidFont(pdf, descendant, name, descriptor, glyphs);
        Descriptor(pdf, descriptor, name, program);

        using (var subset = new PdfBytes(64 * 1024))
        {
            FontSubset.Write(font, glyphs, subset);
            pdf.BeginStream(program).Raw("/Length1 "u8).Integer(subset.Length);
            pdf.EndDeflatedStream(subset.Written);
        }

        // Left uncompressed: with its ranges, a CMap is a few hundred bytes, less than a compressor costs to start.
        using var cmap = new PdfBytes(1024);
        ToUnicodeCMap.Write(cmap, glyphs.Select(g => (g, characters[g])).ToList());
        pdf.BeginStream(toUnicode);
        pdf.EndStream(cmap.Written);
    }

    /// <summary>The descendant font, with the widths of the glyphs used (/W; consecutive ids share an array: "first [w1 w2 …]").</summary>
    private void CidFont(PdfObjectWriter pdf, int number, string name, int descriptor, List<int> glyphs)
    {
        var cidFont = pdf.Begin(number).Raw("<</Type/Font/Subtype/CIDFontType2/BaseFont"u8).Name(name)
            .Raw("/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>/FontDescriptor "u8).Reference(descriptor)
            .Raw("/CIDToGIDMap/Identity/DW 1000/W["u8);
        for (var i = 0; i < glyphs.Count; i++)
        {
            if (i == 0 || glyphs[i] != glyphs[i - 1] + 1)
            {
                cidFont.Raw(i == 0 ? ""u8 : "]"u8).Integer(glyphs[i]).Byte((byte)'[');
            }
            else
            {
                cidFont.Byte((byte)' ');
            }

            cidFont.Number(Scaled(font.Advance(glyphs[i])));
        }

        cidFont.Raw(glyphs.Count > 0 ? "]]>>"u8 : "]>>"u8);
        pdf.End();
    }

    private void Descriptor(PdfObjectWriter pdf, int number, string name, int program)
    {
        var box = font.Box;
        var flags = 32 | (font.ItalicAngle != 0 ? 64 : 0) | (font.IsFixedPitch ? 1 : 0);
        pdf.Begin(number).Raw("<</Type/FontDescriptor/FontName"u8).Name(name).Raw("/FontFile2 "u8).Reference(program)
            .Raw("/Flags "u8).Integer(flags)
            .Raw("/FontBBox["u8).Numbers(Scaled(box.XMin), Scaled(box.YMin), Scaled(box.XMax), Scaled(box.YMax))
            .Raw("]/ItalicAngle "u8).Number(font.ItalicAngle).Raw("/Ascent "u8).Number(Scaled(font.Ascent))
            .Raw("/Descent "u8).Number(-Scaled(font.Descent)).Raw("/CapHeight "u8).Number(Scaled(font.CapHeight))
            .Raw("/StemV "u8).Integer(StemV(font.Weight)).Raw(">>"u8);
        pdf.End();
    }

    /// <summary>Font units to the thousandths of an em of glyph space.</summary>
    private double Scaled(int units) => units * 1000.0 / font.UnitsPerEm;

    /// <summary>The descriptor's dominant stem width, which TrueType fonts do not record; estimated from the weight class.</summary>
    private static int StemV(int weight) => 50 + weight * weight / 4225;

    /// <summary>Six capital letters from the glyphs kept and the font (ISO 32000-1, 9.6.4): the same subset always gets the same tag.</summary>
    private string SubsetTag(List<int> glyphs)
    {
        var bytes = new byte[2 * glyphs.Count + Encoding.ASCII.GetByteCount(font.PostScriptName)];
        for (var i = 0; i < glyphs.Count; i++)
        {
            BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(2 * i), (ushort)glyphs[i]);
        }

        Encoding.ASCII.GetBytes(font.PostScriptName, bytes.AsSpan(2 * glyphs.Count));
        var hash = SHA256.HashData(bytes);
        return string.Create(6, hash, (letters, h) =>
        {
            for (var i = 0; i < letters.Length; i++)
            {
                letters[i] = (char)('A' + h[i] % 26);
            }
        });
    }
}
