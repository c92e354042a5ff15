using System.Globalization;

namespace Micrositio.Content;

/// <summary>
/// A date known to the day, the month or only the year, because the sources date some achievements
/// only as "diciembre de 2016" or "2012" and a day must never be invented.
/// </summary>
public sealed record PartialDate(int Year, int? Month, int? Day) : IComparable<PartialDate>
{
    public static PartialDate? TryParse(string text)
    {
        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        foreach (var format in formats)
        {
            if (DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                return format.Length switch
                {
                    10 => new PartialDate(d.Year, d.Month, d.Day),
                    7 => new PartialDate(d.Year, d.Month, null),
                    _ => new PartialDate(d.Year, null, null),
                };
            }
        }

        return null;
    }

    /// <summary>The earliest day the date can mean, for sorting and feeds.</summary>
    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The ISO form, as written in front matter and file names.</summary>
    public string Iso => Day is { } d ? $"{Year:D4}-{Month:D2}-{d:D2}" : Month is { } m ? $"{Year:D4}-{m:D2}" : $"{Year:D4}";

    public int CompareTo(PartialDate? other) =>
        other is null ? 1 : (Year, Month ?? 0, Day ?? 0).CompareTo((other.Year, other.Month ?? 0, other.Day ?? 0));

    public override string ToString() => Iso;
}
