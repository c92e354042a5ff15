namespace Micrositio.Text;

/// <summary>"Did you mean" suggestions for misspelt keys, slugs and values.</summary>
public static class Spelling
{
    /// <summary>« (¿quiso decir «x»?)» for a hint, or nothing when no candidate is close.</summary>
    public static string Suggestion(string? word, IEnumerable<string> candidates) =>
        word is not null && Closest(word, candidates) is { } s ? $" (¿quiso decir «{s}»?)" : "";

    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates.Order(StringComparer.Ordinal))
        {
            var d = Distance(Slugs.Fold(word), Slugs.Fold(candidate));
            if (d < bestDistance)
            {
                best = candidate;
                bestDistance = d;
            }
        }

        // Only suggest when the word is plausibly a typo of the candidate.
        return best is not null && bestDistance <= Math.Max(2, word.Length / 3) ? best : null;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
