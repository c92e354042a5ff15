using Micrositio.Content;

namespace Micrositio.Render.Results;

public enum ColumnType
{
    Text,
    Integer,
    Number,
}

/// <summary>A column of a downloadable table; <see cref="Optional"/> columns may be empty (null in JSON).</summary>
public sealed record DataColumn(string Name, ColumnType Type, string Description, bool Optional = false);

/// <summary>
/// A table offered for download on <c>/resultados/</c> as CSV and JSON, with a JSON Schema: an imported
/// dataset, or figures the build counts from the content (mesas, achievements, meetings).
/// </summary>
public sealed record DataTable(string Id, DataSource Source, IReadOnlyList<DataColumn> Columns, IReadOnlyList<object?[]> Rows, IReadOnlyList<Indicator> Indicators)
{
    public string CsvUrl => $"/resultados/datos/{Id}.csv";

    public string JsonUrl => $"/resultados/datos/{Id}.json";

    public string SchemaUrl => $"/resultados/datos/{Id}.schema.json";
}
