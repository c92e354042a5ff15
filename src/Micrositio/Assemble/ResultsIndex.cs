using Micrositio.Content;

namespace Micrositio.Assemble;

/// <summary>An indicator that is charted, with the dataset that holds it (for its source and notes).</summary>
public sealed record ChartedIndicator(Indicator Indicator, Dataset Dataset);

/// <summary>
/// The results data indexed for the pages: the series of an indicator for a state (or the country) or a
/// municipality, by year. A year without a row is absent from a series: a gap, never a zero.
/// </summary>
public sealed class ResultsIndex
{
    private readonly Dictionary<(string Indicator, string Area), SortedDictionary<int, decimal>> _series = [];

    public ResultsIndex(ResultsData data)
    {
        Data = data;
        foreach (var dataset in data.Datasets)
        {
            foreach (var o in dataset.Observations)
            {
                var key = (o.Indicator, o.MunicipalityCode ?? o.StateCode);
                if (!_series.TryGetValue(key, out var series))
                {
                    _series[key] = series = [];
                }

                series[o.Year] = o.Value;
            }
        }

        Charted = data.Datasets.SelectMany(d => d.Indicators.Where(i => i.Charted).Select(i => new ChartedIndicator(i, d))).ToList();
        MunicipalitiesByState = data.Municipalities.ToLookup(m => m.StateCode, StringComparer.Ordinal);
    }

    public ResultsData Data { get; }

    public IReadOnlyList<ChartedIndicator> Charted { get; }

    public ILookup<string, Municipality> MunicipalitiesByState { get; }

    /// <summary>The indicator's values for a state code ("00" = national) or a five-digit municipality code.</summary>
    public IReadOnlyDictionary<int, decimal> Series(string indicator, string area) =>
        _series.TryGetValue((indicator, area), out var series) ? series : new SortedDictionary<int, decimal>();

    /// <summary>Every year from the first to the last with data for the indicator, gaps included.</summary>
    public IReadOnlyList<int> Years(string indicator)
    {
        var years = _series.Where(s => s.Key.Indicator == indicator).SelectMany(s => s.Value.Keys).ToList();
        return years.Count == 0 ? [] : Enumerable.Range(years.Min(), years.Max() - years.Min() + 1).ToList();
    }

    /// <summary>The municipality of a state with this name (as the mesas write it: accents and case aside).</summary>
    public Municipality? FindMunicipality(string stateCode, string name) =>
        MunicipalitiesByState[stateCode].FirstOrDefault(m => Text.Slugs.From(m.Name) == Text.Slugs.From(name));
}
