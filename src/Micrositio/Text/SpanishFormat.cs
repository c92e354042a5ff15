using System.Globalization;
using Micrositio.Content;

namespace Micrositio.Text;

/// <summary>
/// es-MX dates and numbers, written out here rather than taken from ICU so output is byte-identical on
/// every machine: "22 de noviembre de 2018" (day without leading zero, month in lower case), 24 h times.
/// </summary>
public static class SpanishFormat
{
    private static readonly string[] Months =
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];

    public static string Month(int month) => Months[month - 1];

    public static string Date(DateOnly date) => $"{date.Day} de {Month(date.Month)} de {date.Year}";

    public static string Date(PartialDate date) => date switch
    {
        { Month: { } m, Day: { } d } => $"{d} de {Month(m)} de {date.Year}",
        { Month: { } m } => $"{Month(m)} de {date.Year}",
        _ => date.Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>"21 y 22 de noviembre de 2018", "30 de noviembre al 2 de diciembre de 2018".</summary>
    public static string DateRange(DateOnly start, DateOnly? end)
    {
        if (end is not { } e || e == start)
        {
            return Date(start);
        }

        if (start.Year != e.Year)
        {
            return $"{Date(start)} al {Date(e)}";
        }

        if (start.Month != e.Month)
        {
            return $"{start.Day} de {Month(start.Month)} al {Date(e)}";
        }

        var joiner = e.Day == start.Day + 1 ? "y" : "al";
        return $"{start.Day} {joiner} {Date(e)}";
    }

    /// <summary>es-MX groups thousands with a comma and uses a decimal point: 1,234.5.</summary>
    public static string Number(decimal value, int decimals = 0) =>
        value.ToString("N" + decimals, CultureInfo.InvariantCulture);

    public static string Number(int value) => Number((decimal)value);
}
