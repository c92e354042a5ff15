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
    private readonly string _original;
    private readonly bool _punctuationAsSpace;

    /// <summary>Where each folded character comes from; made only when a match must be placed (<see cref="OriginalIndex"/>).</summary>
    private int[]? _originalIndex;

    private FoldedText(string original, bool punctuationAsSpace, string value)
    {
        _original = original;
        _punctuationAsSpace = punctuationAsSpace;
        Value = value;
    }

    public string Value { get; }

    public static FoldedText From(string text, bool punctuationAsSpace)
    {
        // Folding rarely lengthens text (a ligature may); the buffer grows when it does.
        var buffer = Rent(text.Length + 16);
        try
        {
            var length = Fold(text, punctuationAsSpace, ref buffer, map: null);
            return new FoldedText(text, punctuationAsSpace, new string(buffer, 0, length));
        }
        finally
        {
            Return(buffer);
        }
    }

    /// <summary>Folds <paramref name="text"/> into <paramref name="folded"/> (grown from the pool when needed) and, if given, the origin of each folded character into <paramref name="map"/>.</summary>
    private static int Fold(string text, bool punctuationAsSpace, ref char[] folded, List<int>? map)
    {
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var isSpace = char.IsWhiteSpace(c) || (punctuationAsSpace && !char.IsLetterOrDigit(c));
            if (isSpace)
            {
                if (length > 0 && folded[length - 1] != ' ')
                {
                    Append(ref folded, ref length, ' ', map, i);
                }

                continue;
            }

            if (c < 128)
            {
                Append(ref folded, ref length, c is >= 'A' and <= 'Z' ? (char)(c + 32) : c, map, i);
                continue;
            }

            foreach (var part in Folded(c))
            {
                Append(ref folded, ref length, part, map, i);
            }
        }

        return length;
    }

    private static void Append(ref char[] folded, ref int length, char c, List<int>? map, int original)
    {
        if (length == folded.Length)
        {
            var larger = Rent(folded.Length * 2);
            folded.AsSpan(0, length).CopyTo(larger);
            Return(folded);
            folded = larger;
        }

        folded[length++] = c;
        map?.Add(original);
    }

    /// <summary>
    /// Buffers up to this many characters come from the shared pool. Larger ones (the search index is read as one text of
    /// several million characters) are allocated and dropped: the pool would keep them for the rest of the process.
    /// </summary>
    private const int PooledLength = 1 << 20;

    private static char[] Rent(int length) => length <= PooledLength ? System.Buffers.ArrayPool<char>.Shared.Rent(length) : new char[length];

    private static void Return(char[] buffer)
    {
        if (buffer.Length <= PooledLength)
        {
            System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Each character's folded form, worked out once per process: normalising is slow and text repeats its letters.</summary>
    private static readonly string?[] FoldedChars = new string?[char.MaxValue + 1];

    private static string Folded(char c)
    {
        if (FoldedChars[c] is { } known)
        {
            return known;
        }

        // A surrogate (half of an emoji) has no decomposition alone, and no accent to drop.
        var decomposed = Text.CanonicalDecomposition.Of(c);
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

    public int OriginalIndex(int foldedIndex)
    {
        if (_originalIndex is null)
        {
            var map = new List<int>(_original.Length);
            var buffer = Rent(_original.Length + 16);
            Fold(_original, _punctuationAsSpace, ref buffer, map);
            Return(buffer);
            _originalIndex = [.. map];
        }

        return _originalIndex[Math.Clamp(foldedIndex, 0, _originalIndex.Length - 1)];
    }
}
