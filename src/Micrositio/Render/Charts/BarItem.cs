namespace Micrositio.Render.Charts;

/// <summary>One row of a <see cref="BarChart"/>. A null <paramref name="Value"/> is shown as «sin dato», never as a zero bar.</summary>
public sealed record BarItem(string Label, decimal? Value, bool Emphasis = false, string? Url = null);
