namespace Micrositio.Lint;

/// <summary>What kind of personal data a finding is.</summary>
public enum FindingKind
{
    Phone,
    Email,
    ProtectedName,
    Address,
    Schedule,
}

/// <summary>
/// Personal data found in a text: its kind, the fragment as written (to be masked before it is shown),
/// its offset in the text, and a normalised key (digits of a phone, lower-case e-mail, folded name) that
/// identifies the same datum wherever it appears.
/// </summary>
public sealed record Finding(FindingKind Kind, string Fragment, int Offset, string Key)
{
    /// <summary>Hard rules always fail the build; address and schedule patterns are warnings unless strict.</summary>
    public bool IsHardRule => Kind is FindingKind.Phone or FindingKind.Email or FindingKind.ProtectedName;

    /// <summary>
    /// The fragment with all but the first letter or digit of each word hidden, so an error message or a
    /// CI log never repeats the personal data it is warning about: "55 1234 5678" → "5• 1••• 5•••".
    /// </summary>
    public string Masked
    {
        get
        {
            var chars = Fragment.ToCharArray();
            var startOfWord = true;
            for (var i = 0; i < chars.Length; i++)
            {
                if (!char.IsLetterOrDigit(chars[i]))
                {
                    startOfWord = true;
                    continue;
                }

                if (!startOfWord)
                {
                    chars[i] = '•';
                }

                startOfWord = false;
            }

            return new string(chars);
        }
    }
}
