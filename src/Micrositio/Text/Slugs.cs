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
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ValidSlug();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonAlphanumeric();
}
