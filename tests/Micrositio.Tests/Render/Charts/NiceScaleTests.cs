using Micrositio.Render.Charts;

namespace Micrositio.Tests.Render.Charts;

public sealed class NiceScaleTests
{
    [Theory]
    [InlineData("27.29", 2, "30", "10")]
    [InlineData("1234", 0, "1250", "250")]
    [InlineData("1000", 0, "1000", "200")]
    [InlineData("9", 0, "10", "2")]
    [InlineData("11", 1, "12.5", "2.5")]
    [InlineData("98.6", 1, "100", "20")]
    [InlineData("0.37", 2, "0.4", "0.1")]
    public void Picks_the_smallest_nice_scale_that_reaches_the_maximum(string max, int decimals, string expectedMax, string expectedStep)
    {
        var scale = NiceScale.For(decimal.Parse(max, System.Globalization.CultureInfo.InvariantCulture), decimals);

        Assert.Equal(decimal.Parse(expectedMax, System.Globalization.CultureInfo.InvariantCulture), scale.Max);
        Assert.Equal(decimal.Parse(expectedStep, System.Globalization.CultureInfo.InvariantCulture), scale.Step);
    }

    [Theory]
    [InlineData("0.01")]
    [InlineData("1")]
    [InlineData("3.3")]
    [InlineData("27.29")]
    [InlineData("1234")]
    [InlineData("99999")]
    [InlineData("123456789")]
    public void Has_four_to_six_ticks_from_zero_that_cover_the_maximum(string max)
    {
        var value = decimal.Parse(max, System.Globalization.CultureInfo.InvariantCulture);
        var scale = NiceScale.For(value, 2);

        Assert.InRange(scale.Ticks.Count, 4, 6);
        Assert.Equal(0m, scale.Ticks[0]);
        Assert.Equal(scale.Max, scale.Ticks[^1]);
        Assert.True(scale.Max >= value);
        Assert.All(scale.Ticks.Zip(scale.Ticks.Skip(1)), pair => Assert.Equal(scale.Step, pair.Second - pair.First));
    }

    [Fact]
    public void Whole_numbers_are_never_ticked_at_fractions()
    {
        // Eleven mesas: 2.5-mesa steps would be nonsense.
        var scale = NiceScale.For(11m, 0);

        Assert.Equal(5m, scale.Step);
        Assert.Equal(15m, scale.Max);
        Assert.Equal(0, scale.Decimals);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void All_zeros_still_get_a_real_axis(int decimals)
    {
        var scale = NiceScale.For(0m, decimals);

        Assert.True(scale.Max > 0);
        Assert.True(scale.Step > 0);
        Assert.InRange(scale.Ticks.Count, 4, 6);
    }

    [Fact]
    public void Reports_the_decimals_its_ticks_need()
    {
        Assert.Equal(1, NiceScale.For(11m, 1).Decimals);
        Assert.Equal(0, NiceScale.For(27.29m, 2).Decimals);
        Assert.Equal(1, NiceScale.For(0.37m, 2).Decimals);
    }

    [Fact]
    public void A_negative_maximum_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => NiceScale.For(-1m, 0));
}
