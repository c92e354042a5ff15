using System.Text.RegularExpressions;

namespace Micrositio.Lint;

/// <summary>
/// Finds personal data in a text: Mexican phone numbers, e-mail addresses, names of protected people, and
/// patterns of street addresses and meeting schedules. What the policy allows is not reported.
/// </summary>
public sealed partial class PersonalDataScanner
{
    private readonly HashSet<string> _allowedPhones;
    private readonly HashSet<string> _allowedEmails;
    private readonly List<string> _allowedFolded;
    private readonly List<string> _protectedNames;

    public PersonalDataScanner(SafetyPolicy policy)
    {
        Policy = policy;
        _allowedPhones = policy.ContactPhones.Concat(policy.AllowedValues).Select(PhoneKey).OfType<string>().ToHashSet(StringComparer.Ordinal);
        _allowedEmails = policy.ContactEmails.Concat(policy.AllowedValues).Select(e => e.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        _allowedFolded = policy.AllowedValues.Select(v => FoldedText.Fold(v)).Where(v => v.Length > 0).ToList();
        _protectedNames = policy.ProtectedNames.Select(n => FoldedText.Fold(n)).Where(n => n.Length > 0).Distinct().ToList();
    }

    public SafetyPolicy Policy { get; }

    public IReadOnlyList<Finding> Scan(string text)
    {
        var findings = new List<Finding>();
        foreach (Match match in PhoneCandidate().Matches(text))
        {
            if (PhoneKey(match.Value) is { } key && !_allowedPhones.Contains(key))
            {
                findings.Add(new Finding(FindingKind.Phone, match.Value.Trim(), match.Index, key));
            }
        }

        // The e-mail pattern can start at almost any letter, so it is costly on long texts without any address.
        IEnumerable<Match> emails = text.Contains('@', StringComparison.Ordinal) ? Email().Matches(text) : [];
        foreach (var match in emails)
        {
            var key = match.Value.ToLowerInvariant();
            if (!_allowedEmails.Contains(key))
            {
                findings.Add(new Finding(FindingKind.Email, match.Value, match.Index, key));
            }
        }

        if (_protectedNames.Count > 0)
        {
            var words = FoldedText.From(text, punctuationAsSpace: true);
            var padded = " " + words.Value + " ";
            foreach (var name in _protectedNames)
            {
                for (var at = padded.IndexOf(" " + name + " ", StringComparison.Ordinal); at >= 0; at = padded.IndexOf(" " + name + " ", at + 1, StringComparison.Ordinal))
                {
                    var start = words.OriginalIndex(at);
                    var end = words.OriginalIndex(at + name.Length - 1);
                    findings.Add(new Finding(FindingKind.ProtectedName, text[start..(end + 1)], start, name));
                }
            }
        }

        var folded = FoldedText.From(text, punctuationAsSpace: false);
        // Both patterns need a word that most texts lack; looking for it first spares the regex the whole text.
        if (AddressWords.Any(w => folded.Value.Contains(w, StringComparison.Ordinal)))
        {
            AddPatterns(findings, text, folded, StreetAddress(), FindingKind.Address);
        }

        if (Weekdays.Any(w => folded.Value.Contains(w, StringComparison.Ordinal)))
        {
            AddPatterns(findings, text, folded, MeetingSchedule(), FindingKind.Schedule);
        }

        return findings.OrderBy(f => f.Offset).ThenBy(f => f.Kind).ToList();
    }

    private void AddPatterns(List<Finding> findings, string text, FoldedText folded, Regex pattern, FindingKind kind)
    {
        foreach (Match match in pattern.Matches(folded.Value))
        {
            if (_allowedFolded.Any(allowed => FoldedText.Fold(match.Value).Contains(allowed, StringComparison.Ordinal)))
            {
                continue;
            }

            var start = folded.OriginalIndex(match.Index);
            var end = folded.OriginalIndex(match.Index + match.Length - 1);
            findings.Add(new Finding(kind, text[start..(end + 1)], start, match.Value));
        }
    }

    /// <summary>
    /// The ten national digits of a Mexican phone number as written, or null if the text is not one.
    /// Accepts 10 digits in groups of 2–4 (the first of 2 or 3: the lada), with spaces, dashes, dots or
    /// the lada in parentheses, optionally after +52 (and the old mobile 1) or 044/045. Dates, years,
    /// amounts with commas and law numbers do not have that shape.
    /// </summary>
    public static string? PhoneKey(string candidate)
    {
        var groups = Digits().Matches(candidate).Select(m => m.Value).ToList();
        if (groups.Count == 0)
        {
            return null;
        }

        var international = candidate.TrimStart().StartsWith('+');
        if ((international || groups[0] == "52") && string.Concat(groups) is { Length: 12 or 13 } all && all.StartsWith("52", StringComparison.Ordinal))
        {
            groups = StripPrefix(groups, all.Length == 13 && all[2] == '1' ? 3 : 2);
        }
        else if (groups[0] is "044" or "045" && string.Concat(groups).Length == 13)
        {
            groups.RemoveAt(0);
        }

        var digits = string.Concat(groups);
        if (digits.Length != 10)
        {
            return null;
        }

        var shapeIsPhone = groups.Count == 1 || (groups[0].Length is 2 or 3 && groups.All(g => g.Length is >= 2 and <= 4));
        return shapeIsPhone ? digits : null;
    }

    private static List<string> StripPrefix(List<string> groups, int count)
    {
        var remaining = string.Concat(groups)[count..];
        var result = new List<string>();
        var skipped = 0;
        foreach (var group in groups)
        {
            if (skipped + group.Length <= count)
            {
                skipped += group.Length;
                continue;
            }

            result.Add(group[Math.Max(0, count - skipped)..]);
            skipped = count;
        }

        return result.Count > 0 ? result : [remaining];
    }

    // A run of digits and phone separators that is not part of a larger word, number or amount.
    [GeneratedRegex(@"(?<![\p{L}\d$/.,-])\+?\(?\d[\d \t().-]{6,24}\d(?![\p{L}\d/])")]
    private static partial Regex PhoneCandidate();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")]
    private static partial Regex Email();

    /// <summary>Every <see cref="StreetAddress"/> match contains one of these (folded) words.</summary>
    private static readonly string[] AddressWords = ["calle", "avenida", "av.", "blvd", "boulevard", "bulevar", "calzada", "privada", "andador", "callejon"];

    /// <summary>Every <see cref="MeetingSchedule"/> match contains one of these (folded) words.</summary>
    private static readonly string[] Weekdays = ["lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo"];

    // Matched on folded text (lower case, no accents): "calle Juárez número 14", "Av. Hidalgo #220".
    [GeneratedRegex(@"\b(calle|avenida|av\.|blvd\.?|boulevard|bulevar|calzada|privada|andador|callejon)\s+[^.\n]{1,60}?(\bnumero\b|\bnum\.?|\bno\.|#)\s*\d+")]
    private static partial Regex StreetAddress();

    // "nos reunimos los martes a las 18:00", "la mesa sesiona cada jueves", "los lunes a las 9".
    [GeneratedRegex(@"\b(reun\w*|sesion\w*|junt\w*)\b[^.\n]{0,60}?\b(los|cada|todos los)\s+(lunes|martes|miercoles|jueves|viernes|sabados?|domingos?)\b|\b(los|cada|todos los)\s+(lunes|martes|miercoles|jueves|viernes|sabados?|domingos?)\s+a\s+las?\s+\d")]
    private static partial Regex MeetingSchedule();
}
