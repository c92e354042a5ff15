using System.Globalization;

namespace Micrositio.Text;

/// <summary>
/// Unicode canonical decomposition (NFD) of one character, from a table shipped with the library rather than from
/// ICU: with DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 there is no ICU and <c>string.Normalize</c> leaves «abrió» as it
/// is, so slugs and the search index would differ between machines. Hangul syllables are decomposed by formula.
/// </summary>
public static class CanonicalDecomposition
{
    private static readonly Dictionary<char, string> Table = Load();

    /// <summary>The character's full canonical decomposition, or the character itself.</summary>
    public static string Of(char c)
    {
        if (c < 0x80)
        {
            return c.ToString();
        }

        if (Table.TryGetValue(c, out var decomposed))
        {
            return decomposed;
        }

        return IsHangulSyllable(c) ? Hangul(c) : c.ToString();
    }

    public static bool IsHangulSyllable(char c) => c is >= '\uAC00' and <= '\uD7A3';

    private static string Hangul(char c)
    {
        const int LeadBase = 0x1100, VowelBase = 0x1161, TrailBase = 0x11A7, TrailCount = 28, PerLead = 21 * TrailCount;
        var index = c - 0xAC00;
        var trail = index % TrailCount;
        var jamo = new string([(char)(LeadBase + (index / PerLead)), (char)(VowelBase + (index % PerLead / TrailCount))]);
        return trail == 0 ? jamo : jamo + (char)(TrailBase + trail);
    }

    private static Dictionary<char, string> Load()
    {
        using var stream = typeof(CanonicalDecomposition).Assembly.GetManifestResourceStream("Micrositio.Text.decompositions.txt")
            ?? throw new InvalidOperationException("The decomposition table is not embedded in the library.");
        using var reader = new StreamReader(stream);
        var table = new Dictionary<char, string>();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            var codes = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (codes.Length >= 2)
            {
                table[(char)int.Parse(codes[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture)] =
                    new string(codes[1..].Select(h => (char)int.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray());
            }
        }

        return table;
    }
}
