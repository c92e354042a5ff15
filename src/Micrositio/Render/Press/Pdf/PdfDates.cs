using System.Globalization;

namespace Micrositio.Render.Press.Pdf;

/// <summary>
/// Dates written with the given offset, never the machine's, so the bytes do not depend on where the
/// build runs.
/// </summary>
internal static class PdfDates
{
    /// <summary>PDF date string, e.g. "D:20181122100000-06'00'".</summary>
    public static string Pdf(DateTimeOffset date)
    {
        var offset = date.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        return string.Create(CultureInfo.InvariantCulture,
            $"D:{date:yyyyMMddHHmmss}{sign}{Math.Abs(offset.Hours):00}'{Math.Abs(offset.Minutes):00}'");
    }

    /// <summary>XMP (ISO 8601) date, e.g. "2018-11-22T10:00:00-06:00".</summary>
    public static string Xmp(DateTimeOffset date) =>
        date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
