namespace Micrositio.Render.Charts;

/// <summary>One line of a <see cref="LineChart"/>. A year absent from <paramref name="ValuesByYear"/> is drawn as a gap.</summary>
public sealed record ChartSeries(string Name, IReadOnlyDictionary<int, decimal> ValuesByYear, bool Emphasis = false);
