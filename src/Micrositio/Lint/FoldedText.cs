using System.Globalization;
using System.Text;

namespace Micrositio.Lint;

/// <summary>
/// Text folded for matching — lower case, accents removed, every run of white space (line breaks
/// included) collapsed to one space — with a map back to the original offsets, so a match can be
/// reported at its line. With <c>punctuationAsSpace</c>, anything but letters and digits also becomes a
/// space, so "María **López**" and "María\nLópez" both read "maria lopez".
/// </summary>
public sealed class FoldedText
{
    private readonly int[] _originalIndex;

    private FoldedText(string value, int[] originalIndex)
    {
        Value = value;
        _originalIndex = originalIndex;
    }

    public string Value { get; }

    public static FoldedText From(string text, bool punctuationAsSpace)
    {
        // Folding rarely lengthens text (a ligature may); the buffers grow when it does.
        var folded = new char[text.Length + 16];
        var map = new int[folded.Length];
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var isSpace = char.IsWhiteSpace(c) || (punctuationAsSpace && !char.IsLetterOrDigit(c));
            if (isSpace)
            {
                if (length > 0 && folded[length - 1] != ' ')
                {
                    Append(ref folded, ref map, ref length, ' ', i);
                }

                continue;
            }

            if (c < 128)
            {
                Append(ref folded, ref map, ref length, c is >= 'A' and <= 'Z' ? (char)(c + 32) : c, i);
                continue;
            }

            foreach (var part in Folded(c))
            {
                Append(ref folded, ref map, ref length, part, i);
            }
        }

        return new FoldedText(new string(folded, 0, length), map[..length]);
    }

    private static void Append(ref char[] folded, ref int[] map, ref int length, char c, int original)
    {
        if (length == folded.Length)
        {
            Array.Resize(ref folded, folded.Length * 2);
            Array.Resize(ref map, map.Length * 2);
        }

        folded[length] = c;
        map[length++] = original;
    }

    /// <summary>Each character's folded form, worked out once per process: normalising is slow and text repeats its letters.</summary>
    private static readonly string?[] FoldedChars = new string?[char.MaxValue + 1];

    private static string Folded(char c)
    {
        if (FoldedChars[c] is { } known)
        {
            return known;
        }

        // A surrogate (half of an emoji) cannot be normalised alone, and has no accent to drop.
        var decomposed = char.IsSurrogate(c) ? c.ToString() : c.ToString().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var part in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(part));
            }
        }

        // Racing threads compute the same string; either write is right.
        return FoldedChars[c] = folded.ToString();
    }

    /// <summary>The folded form of a short value (a name, an allowed fragment) for comparisons.</summary>
    public static string Fold(string text, bool punctuationAsSpace = true) => From(text, punctuationAsSpace).Value.Trim();

    public int OriginalIndex(int foldedIndex) => _originalIndex[Math.Clamp(foldedIndex, 0, _originalIndex.Length - 1)];
}
