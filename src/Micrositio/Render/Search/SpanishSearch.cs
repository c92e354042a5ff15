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
        var folded = Fold(text);
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
                yield return Stem(folded[start..i]);
                start = -1;
            }
        }
    }

    /// <summary>Plurals to singular, conservatively: only words of more than three letters.</summary>
    public static string Stem(string word)
    {
        if (word.Length <= 3 || !char.IsLetter(word[^1]))
        {
            return word;
        }

        if (word.EndsWith("ces", StringComparison.Ordinal))
        {
            return word[..^3] + "z";
        }

        if (word.EndsWith("es", StringComparison.Ordinal) && !IsVowel(word[^3]))
        {
            return word[..^2];
        }

        return word[^1] == 's' && IsVowel(word[^2]) ? word[..^1] : word;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
