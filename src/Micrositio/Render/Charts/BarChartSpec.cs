namespace Micrositio.Render.Charts;

/// <summary>
/// A horizontal bar chart; <paramref name="Items"/> are drawn in the given order (the caller sorts).
/// <paramref name="Id"/> prefixes the element ids, so it must be unique on the page.
/// </summary>
public sealed record BarChartSpec(string Id, string Title, string Description, string Unit, IReadOnlyList<BarItem> Items, int Decimals);
