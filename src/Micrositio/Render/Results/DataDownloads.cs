using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Micrositio.Load;
using Micrositio.Write;

namespace Micrositio.Render.Results;

/// <summary>
/// Each table as files a journalist can open: CSV (UTF-8, RFC 4180), JSON (the source and the rows) and a
/// JSON Schema (draft 2020-12) that describes the JSON's fields.
/// </summary>
public static class DataDownloads
{
    // Accents stay readable: these files are never embedded in HTML.
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Indented = Compact with { Indented = true };

    public static IEnumerable<OutputFile> Files(IEnumerable<DataTable> tables, string baseUrl) =>
        tables.SelectMany(t => new[]
        {
            new OutputFile(t.CsvUrl.TrimStart('/'), Csv(t)),
            new OutputFile(t.JsonUrl.TrimStart('/'), JsonDocument(t, baseUrl)),
            new OutputFile(t.SchemaUrl.TrimStart('/'), Schema(t, baseUrl)),
        });

    public static byte[] Csv(DataTable table)
    {
        var text = new StringBuilder().Append(CsvText.Line(table.Columns.Select(c => c.Name))).Append('\n');
        foreach (var row in table.Rows)
        {
            text.Append(CsvText.Line(row.Select(Invariant))).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public static byte[] JsonDocument(DataTable table, string baseUrl) => Write(Compact, json =>
    {
        json.WriteStartObject();
        json.WriteString("$schema", baseUrl + table.SchemaUrl);
        WriteSource(json, table);
        if (table.Indicators.Count > 0)
        {
            json.WriteStartArray("indicadores");
            foreach (var i in table.Indicators)
            {
                json.WriteStartObject();
                json.WriteString("id", i.Id);
                json.WriteString("titulo", i.Title);
                json.WriteString("unidad", i.Unit);
                json.WriteNumber("decimales", i.Decimals);
                if (i.Description is not null)
                {
                    json.WriteString("descripcion", i.Description);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteStartArray("filas");
        foreach (var row in table.Rows)
        {
            json.WriteStartObject();
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var name = table.Columns[c].Name;
                switch (row[c])
                {
                    case null: json.WriteNull(name); break;
                    case int n: json.WriteNumber(name, n); break;
                    case decimal d: json.WriteNumber(name, d); break;
                    case var value: json.WriteString(name, Invariant(value)); break;
                }
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    public static byte[] Schema(DataTable table, string baseUrl) => Write(Indented, json =>
    {
        json.WriteStartObject();
        json.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
        json.WriteString("$id", baseUrl + table.SchemaUrl);
        json.WriteString("title", table.Source.Title);
        json.WriteString("description", table.Source.Description);
        json.WriteString("type", "object");
        json.WriteStartArray("required");
        foreach (var key in new[] { "titulo", "fuente", "licencia", "filas" })
        {
            json.WriteStringValue(key);
        }

        json.WriteEndArray();
        json.WriteStartObject("properties");
        foreach (var (key, description) in SourceKeys)
        {
            json.WriteStartObject(key);
            if (key == "notas")
            {
                json.WriteString("type", "array");
                json.WriteStartObject("items");
                json.WriteString("type", "string");
                json.WriteEndObject();
            }
            else
            {
                json.WriteString("type", "string");
            }

            json.WriteString("description", description);
            json.WriteEndObject();
        }

        json.WriteStartObject("$schema");
        json.WriteString("type", "string");
        json.WriteEndObject();
        if (table.Indicators.Count > 0)
        {
            json.WriteStartObject("indicadores");
            json.WriteString("type", "array");
            json.WriteString("description", "Indicadores del conjunto: identificador, título, unidad y decimales con que se muestran.");
            json.WriteEndObject();
        }

        json.WriteStartObject("filas");
        json.WriteString("type", "array");
        json.WriteStartObject("items");
        json.WriteString("type", "object");
        json.WriteBoolean("additionalProperties", false);
        json.WriteStartArray("required");
        foreach (var column in table.Columns)
        {
            json.WriteStringValue(column.Name);
        }

        json.WriteEndArray();
        json.WriteStartObject("properties");
        foreach (var column in table.Columns)
        {
            json.WriteStartObject(column.Name);
            var type = column.Type switch { ColumnType.Integer => "integer", ColumnType.Number => "number", _ => "string" };
            if (column.Optional)
            {
                json.WriteStartArray("type");
                json.WriteStringValue(type);
                json.WriteStringValue("null");
                json.WriteEndArray();
            }
            else
            {
                json.WriteString("type", type);
            }

            json.WriteString("description", column.Description);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    });

    private static readonly (string Key, string Description)[] SourceKeys =
    [
        ("titulo", "Nombre del conjunto de datos."),
        ("descripcion", "Qué contiene."),
        ("fuente", "Cita completa de la fuente original."),
        ("url_fuente", "Dirección de la fuente original."),
        ("compilacion", "De dónde se tomaron los archivos, si no fue de la fuente original."),
        ("fecha_consulta", "Fecha en que se tomaron los datos (AAAA-MM-DD)."),
        ("licencia", "Licencia o términos de uso."),
        ("notas", "Advertencias para leer los datos."),
    ];

    private static void WriteSource(Utf8JsonWriter json, DataTable table)
    {
        var s = table.Source;
        json.WriteString("titulo", s.Title);
        json.WriteString("descripcion", s.Description);
        json.WriteString("fuente", s.Citation);
        if (s.Url is not null)
        {
            json.WriteString("url_fuente", s.Url.ToString());
        }

        if (s.Compilation is not null)
        {
            json.WriteString("compilacion", s.Compilation);
        }

        if (s.TakenOn is { } taken)
        {
            json.WriteString("fecha_consulta", taken.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        json.WriteString("licencia", s.License);
        json.WriteStartArray("notas");
        foreach (var note in s.Notes)
        {
            json.WriteStringValue(note);
        }

        json.WriteEndArray();
    }

    private static byte[] Write(JsonWriterOptions options, Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, options))
        {
            body(json);
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static string Invariant(object? value) => value switch
    {
        null => "",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
