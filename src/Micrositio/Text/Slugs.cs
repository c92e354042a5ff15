using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Micrositio.Text;

/// <summary>Slugs for URLs: lower case ASCII words joined by hyphens, accents removed.</summary>
public static partial class Slugs
{
    public static bool IsValid(string slug) => ValidSlug().IsMatch(slug);

    public static string From(string text) => NonAlphanumeric().Replace(Fold(text), "-").Trim('-');

    /// <summary>Lower case without diacritics: «Juárez» → «juarez», «Ñuu» → «nuu».</summary>
    public static string Fold(string text)
    {
        // The table, not string.Normalize, so that machines without ICU fold alike; Hangul stays composed, as NFC left it.
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            foreach (var part in CanonicalDecomposition.IsHangulSyllable(c) ? c.ToString() : CanonicalDecomposition.Of(c))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark)
                {
                    builder.Append(char.ToLowerInvariant(part));
                }
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ValidSlug();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonAlphanumeric();
}
