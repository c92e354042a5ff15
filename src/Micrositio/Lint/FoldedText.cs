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
        var folded = new StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var isSpace = char.IsWhiteSpace(c) || (punctuationAsSpace && !char.IsLetterOrDigit(c));
            if (isSpace)
            {
                if (folded.Length > 0 && folded[^1] != ' ')
                {
                    folded.Append(' ');
                    map.Add(i);
                }

                continue;
            }

            foreach (var part in Folded(c))
            {
                folded.Append(part);
                map.Add(i);
            }
        }

        return new FoldedText(folded.ToString(), [.. map]);
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
