namespace Micrositio.Render.Charts;

/// <summary>
/// A line chart over <paramref name="Years"/> (ascending). <paramref name="Id"/> prefixes the element ids, so it must be
/// unique on the page; <paramref name="Decimals"/> is how many decimals visitors see in point titles and the summary.
/// </summary>
public sealed record LineChartSpec(
    string Id,
    string Title,
    string Description,
    string Unit,
    IReadOnlyList<int> Years,
    IReadOnlyList<ChartSeries> Series,
    int Decimals);
