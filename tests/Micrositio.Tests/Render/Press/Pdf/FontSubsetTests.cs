using System.Buffers.Binary;
using Micrositio.Render.Press.Pdf;

namespace Micrositio.Tests.Render.Press.Pdf;

/// <summary>A font subset is a TrueType font again, with the glyphs used under their own ids and nothing else drawn.</summary>
public sealed class FontSubsetTests
{
    private static TrueTypeFont Regular => LatoFonts.From(PressPdfSamples.Fonts).For(PressPdfTheme.Body);

    [Fact]
    public void The_glyphs_used_keep_their_outlines_widths_and_ids_and_others_are_empty()
    {
        var font = Regular;
        var used = "Ñandú, ¿qué?".EnumerateRunes().Select(r => font.GlyphId(r.Value)).Distinct().Order().ToList();

        var subset = TrueTypeFont.Read(Subset(font, used), "subconjunto");

        foreach (var glyph in used)
        {
            AssertSameOutline(font, subset, glyph);
            Assert.Equal(font.Advance(glyph), subset.Advance(glyph));
        }

        Assert.True(subset.Outline(font.GlyphId('Z')).IsEmpty);
        Assert.Equal(0, subset.Advance(font.GlyphId('Z')));
        Assert.Equal(font.UnitsPerEm, subset.UnitsPerEm);
    }

    [Fact]
    public void Accented_letters_keep_the_parts_they_are_made_of()
    {
        var font = Regular;
        int[] used = [font.GlyphId('é')];

        var subset = TrueTypeFont.Read(Subset(font, used), "subconjunto");

        // é is a composite glyph in Lato: e and an accent (itself a composite), which must come along although no
        // text draws them alone.
        Assert.True(BinaryPrimitives.ReadInt16BigEndian(font.Outline(used[0])) < 0);
        var parts = Enumerable.Range(1, subset.GlyphCount - 1).Where(g => g != used[0] && !subset.Outline(g).IsEmpty).ToList();
        Assert.Contains(font.GlyphId('e'), parts);
        Assert.True(parts.Count >= 2, $"only {parts.Count} part kept");
        Assert.All(parts, part => AssertSameOutline(font, subset, part));
    }

    [Fact]
    public void The_file_checksum_adds_up()
    {
        var bytes = Subset(Regular, [Regular.GlyphId('a')]);

        var sum = 0u;
        for (var i = 0; i < bytes.Length; i += 4)
        {
            sum += BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(i));
        }

        Assert.Equal(0, bytes.Length % 4);
        Assert.Equal(0xB1B0AFBAu, sum);
    }

    /// <summary>The same bytes, padded with zeros to a multiple of four as glyf asks.</summary>
    private static void AssertSameOutline(TrueTypeFont font, TrueTypeFont subset, int glyph)
    {
        var original = font.Outline(glyph).ToArray();
        var copied = subset.Outline(glyph).ToArray();
        Assert.Equal(original, copied[..original.Length]);
        Assert.True(copied.Length % 4 == 0 && copied[original.Length..].All(b => b == 0));
    }

    private static byte[] Subset(TrueTypeFont font, IReadOnlyList<int> used)
    {
        using var bytes = new PdfBytes();
        FontSubset.Write(font, used, bytes);
        return bytes.ToArray();
    }
}
