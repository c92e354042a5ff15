namespace Micrositio.Render.Charts;

/// <summary>
/// A value axis from 0 to <see cref="Max"/> in steps of 1, 2, 2.5 or 5 × 10^k, with 3 to 5 intervals (4 to 6 ticks).
/// </summary>
public sealed class NiceScale
{
    private const int MinIntervals = 3;
    private const int MaxIntervals = 5;
    private static readonly decimal[] Mantissas = [1m, 2m, 2.5m, 5m];

    private NiceScale(decimal step, int intervals)
    {
        Step = step;
        Max = step * intervals;
        Decimals = DecimalsOf(step);
        Ticks = Enumerable.Range(0, intervals + 1).Select(i => step * i).ToArray();
    }

    public decimal Max { get; }

    public decimal Step { get; }

    /// <summary>Decimals needed to print every tick: 1 for a 2.5 step, 0 for 250.</summary>
    public int Decimals { get; }

    public IReadOnlyList<decimal> Ticks { get; }

    /// <summary>
    /// The smallest nice scale that reaches <paramref name="maxValue"/>. Steps never need more decimals than the data
    /// has (<paramref name="dataDecimals"/>), so a count of mesas is never ticked at 2.5.
    /// </summary>
    public static NiceScale For(decimal maxValue, int dataDecimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxValue);
        ArgumentOutOfRangeException.ThrowIfNegative(dataDecimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dataDecimals, 10);

        // All zeros (or no data) still needs an axis a reader can recognise as an axis.
        var target = maxValue > 0 ? maxValue : 1m;
        var finest = 1m;
        for (var i = 0; i < dataDecimals; i++)
        {
            finest /= 10;
        }

        for (var magnitude = finest; ; magnitude *= 10)
        {
            foreach (var mantissa in Mantissas)
            {
                var step = mantissa * magnitude;
                if (step % finest != 0)
                {
                    continue;
                }

                var intervals = Math.Ceiling(target / step);
                if (intervals <= MaxIntervals)
                {
                    // Only the finest step can land below the minimum (e.g. max 1 for whole numbers): widen to 0..3.
                    return new NiceScale(step, Math.Max((int)intervals, MinIntervals));
                }
            }
        }
    }

    private static int DecimalsOf(decimal value)
    {
        var decimals = 0;
        while (decimal.Round(value, decimals) != value)
        {
            decimals++;
        }

        return decimals;
    }
}
