using System.Globalization;

namespace Micrositio.Content;

/// <summary>
/// When a press release is dated: a day, optionally with a time and UTC offset. A plain day is not given
/// a made-up time; it is placed at the start of that day in the site's time zone when an instant is needed.
/// </summary>
public sealed record PublicationDate(DateOnly Day, DateTimeOffset? Moment)
{
    public static PublicationDate? TryParse(string text)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return new PublicationDate(day, null);
        }

        string[] formats = ["yyyy-MM-ddTHH:mm:sszzz", "yyyy-MM-ddTHH:mmzzz", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mmK"];
        return DateTimeOffset.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment)
            ? new PublicationDate(DateOnly.FromDateTime(moment.DateTime), moment)
            : null;
    }

    public DateTimeOffset ToInstant(TimeZoneInfo zone)
    {
        if (Moment is { } m)
        {
            return m;
        }

        var midnight = Day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, zone.GetUtcOffset(midnight));
    }
}
