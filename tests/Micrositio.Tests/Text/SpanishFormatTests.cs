using Micrositio.Content;
using Micrositio.Text;

namespace Micrositio.Tests.Text;

public sealed class SpanishFormatTests
{
    [Theory]
    [InlineData(2020, 1, 1, "1 de enero de 2020")]
    [InlineData(2013, 5, 3, "3 de mayo de 2013")]
    [InlineData(2018, 11, 22, "22 de noviembre de 2018")]
    [InlineData(2016, 9, 30, "30 de septiembre de 2016")]
    public void Dates_have_no_leading_zero_and_lower_case_months(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, SpanishFormat.Date(new DateOnly(year, month, day)));
    }

    [Fact]
    public void Partial_dates_never_invent_a_day_or_month()
    {
        Assert.Equal("diciembre de 2016", SpanishFormat.Date(new PartialDate(2016, 12, null)));
        Assert.Equal("2012", SpanishFormat.Date(new PartialDate(2012, null, null)));
        Assert.Equal("14 de julio de 2014", SpanishFormat.Date(new PartialDate(2014, 7, 14)));
    }

    [Theory]
    [InlineData("2018-11-21", "2018-11-22", "21 y 22 de noviembre de 2018")]
    [InlineData("2018-11-20", "2018-11-22", "20 al 22 de noviembre de 2018")]
    [InlineData("2018-11-30", "2018-12-02", "30 de noviembre al 2 de diciembre de 2018")]
    [InlineData("2018-12-31", "2019-01-01", "31 de diciembre de 2018 al 1 de enero de 2019")]
    [InlineData("2018-11-21", "2018-11-21", "21 de noviembre de 2018")]
    [InlineData("2018-11-21", null, "21 de noviembre de 2018")]
    public void Date_ranges_read_naturally(string start, string? end, string expected)
    {
        Assert.Equal(expected, SpanishFormat.DateRange(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
            end is null ? null : DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Numbers_group_thousands_with_commas_and_use_a_decimal_point()
    {
        Assert.Equal("1,234", SpanishFormat.Number(1234));
        Assert.Equal("47.2", SpanishFormat.Number(47.22m, 1));
    }

    [Theory]
    [InlineData("2016-12", 2016, 12, null)]
    [InlineData("2012", 2012, null, null)]
    [InlineData("2014-07-14", 2014, 7, 14)]
    public void Partial_dates_parse_the_three_precisions(string text, int year, int? month, int? day)
    {
        Assert.Equal(new PartialDate(year, month, day), PartialDate.TryParse(text));
    }

    [Theory]
    [InlineData("2016-13")]
    [InlineData("2018-02-30")]
    [InlineData("dic 2016")]
    public void Impossible_partial_dates_do_not_parse(string text)
    {
        Assert.Null(PartialDate.TryParse(text));
    }
}
