namespace Micrositio.Render.Search;

/// <summary>
/// How search sees Spanish text: lower case without accents ("Juárez" → "juarez", ñ → n) and a light plural
/// stemmer ("mesas" → "mesa", "leyes" → "ley", "luces" → "luz"). <c>buscar.js</c> applies the same rules to
/// the query, so both sides meet; a test keeps them in step.
/// </summary>
public static class SpanishSearch
{
    /// <summary>The personal-data lint's folding (the same rules must find "Juárez" in both places).</summary>
    public static string Fold(string text) => Lint.FoldedText.Fold(text, punctuationAsSpace: false);

    /// <summary>The words of a text, folded and stemmed, in order.</summary>
    public static IEnumerable<string> Terms(string text)
    {
        var terms = new List<string>();
        ForEachTerm(text, (stem, plural) => terms.Add(plural ? stem.ToString() + "z" : stem.ToString()));
        return terms;
    }

    /// <summary>What <see cref="ForEachTerm"/> hands over: the term is <c>stem</c>, followed by «z» when <c>ces</c> is true ("luces" → "luz").</summary>
    public delegate void TermAction(ReadOnlySpan<char> stem, bool ces);

    /// <summary>
    /// Each word of a text, folded and stemmed, in order, as a slice of the folded text: the search index counts
    /// millions of words, and a string for each would be most of its work.
    /// </summary>
    public static void ForEachTerm(string text, TermAction action)
    {
        var folded = Fold(text).AsSpan();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            if (i < folded.Length && char.IsLetterOrDigit(folded[i]))
            {
                start = start < 0 ? i : start;
                continue;
            }

            if (start >= 0)
            {
                var word = folded[start..i];
                var (length, ces) = Stem(word);
                action(word[..length], ces);
                start = -1;
            }
        }
    }

    /// <summary>Plurals to singular, conservatively: only words of more than three letters.</summary>
    public static string Stem(string word)
    {
        var (length, ces) = Stem(word.AsSpan());
        return ces ? string.Concat(word.AsSpan(0, length), "z") : word[..length];
    }

    /// <summary>How much of the word the stem keeps, and whether «z» follows it.</summary>
    private static (int Length, bool Ces) Stem(ReadOnlySpan<char> word)
    {
        if (word.Length <= 3 || !char.IsLetter(word[^1]))
        {
            return (word.Length, false);
        }

        if (word.EndsWith("ces", StringComparison.Ordinal))
        {
            return (word.Length - 3, true);
        }

        if (word.EndsWith("es", StringComparison.Ordinal) && !IsVowel(word[^3]))
        {
            return (word.Length - 2, false);
        }

        return (word[^1] == 's' && IsVowel(word[^2]) ? word.Length - 1 : word.Length, false);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
