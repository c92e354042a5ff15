namespace Micrositio.Content;

// Results data: the tidy CSVs of input/datos/ with the YAML file that says where each comes from.

/// <summary>Where a dataset comes from, as the site cites it.</summary>
public sealed record DataSource(
    string Title,
    string Description,
    string Citation,
    Uri? Url,
    string? Compilation,
    DateOnly? TakenOn,
    string License,
    IReadOnlyList<string> Notes);

/// <summary>A measure a dataset holds (e.g. homicide victims per 100 000 inhabitants).</summary>
public sealed record Indicator(string Id, string Title, string Unit, int Decimals, string? Description, bool Charted);

/// <summary>
/// One row of a dataset: a value for a state ("00" is the whole country), optionally a municipality, and a year.
/// A year without a row is a gap in the series, never a zero.
/// </summary>
public sealed record Observation(string StateCode, string? MunicipalityCode, string Indicator, int Year, decimal Value, string Unit, string Source);

public sealed record Dataset(
    string Id,
    string SourcePath,
    string CsvPath,
    DataSource Source,
    IReadOnlyList<Indicator> Indicators,
    IReadOnlyList<Observation> Observations);

/// <summary>A municipality of INEGI's catalogue (<c>input/datos/catalogos/municipios.csv</c>).</summary>
public sealed record Municipality(string Code, string StateCode, string Name);

/// <summary>The state boundaries the map is drawn from (TopoJSON), and their source.</summary>
public sealed record MapBoundaries(string SourcePath, DataSource Source, string TopoJson);

/// <summary>Everything under <c>input/datos/</c>.</summary>
public sealed record ResultsData(IReadOnlyList<Dataset> Datasets, IReadOnlyList<Municipality> Municipalities, MapBoundaries? Boundaries)
{
    public const string NationalCode = "00";

    public static ResultsData Empty { get; } = new([], [], null);
}
