using System.Globalization;
using Micrositio.Content;
using Micrositio.Diagnostics;
using Micrositio.Load;
using Micrositio.Text;
using YamlDotNet.RepresentationModel;

namespace Micrositio.Validate;

/// <summary>
/// Checks <c>input/datos/</c>: each dataset's description, every row of its CSV (known codes, numbers, units,
/// no duplicates), the municipality catalogue and the map's boundaries. Each problem names file, line and column.
/// </summary>
public sealed class DatasetValidator(ErrorList errors)
{
    public static IReadOnlyList<string> Columns { get; } = ["clave_estado", "clave_municipio", "indicador", "anio", "valor", "unidad", "fuente"];

    /// <summary>The charts show at most this many decimals.</summary>
    public const int MaxDecimals = 6;

    private static readonly string[] CatalogColumns = ["clave_municipio", "clave_estado", "nombre"];

    public ResultsData Read(DataFolder folder, IReadOnlyList<State> states)
    {
        var stateCodes = states.Select(s => s.Code).Append(ResultsData.NationalCode).ToHashSet(StringComparer.Ordinal);
        var municipalities = ReadCatalog(folder.Municipalities);
        var byCode = municipalities.ToDictionary(m => m.Code, StringComparer.Ordinal);
        var datasets = folder.Datasets.Select(d => ReadDataset(d, stateCodes, byCode, folder.Municipalities is not null)).OfType<Dataset>().ToList();
        return new ResultsData(datasets, municipalities, ReadBoundaries(folder));
    }

    private MapBoundaries? ReadBoundaries(DataFolder folder)
    {
        var sourcePath = "input/" + InputReader.BoundariesSourceFile;
        if (folder.Boundaries is null)
        {
            errors.Add(Stage.Validate, "input/" + InputReader.BoundariesFile, null, null, "faltan los límites estatales con los que se dibuja el mapa.",
                "copie mexico-estados.topo.json de los datos públicos (shared/data/mexico-states/) a input/datos/limites/.");
            return null;
        }

        if (folder.BoundariesSource is null)
        {
            errors.Add(Stage.Validate, sourcePath, null, null, "falta la descripción de la fuente de los límites estatales; el sitio debe citarla.",
                "cree el archivo con «titulo», «descripcion», «fuente», «fecha_consulta» y «licencia» (vea el README, sección «Datos»).");
            return null;
        }

        return ReadSource(folder.BoundariesSource, ContentSchemas.DataSource, out _) is { } source
            ? new MapBoundaries(folder.Boundaries.Path, source, folder.Boundaries.Text)
            : null;
    }

    private DataSource? ReadSource(DataFile file, Schema schema, out FieldValues? values)
    {
        values = null;
        if (file.Root is not YamlMappingNode mapping)
        {
            errors.Add(Stage.Validate, file.Path, 1, null, "se esperaba un grupo de claves (titulo, fuente, licencia…).", "vea el ejemplo del README, sección «Datos».");
            return null;
        }

        var v = values = new SchemaReader(file.Path, ReferenceIndex.Empty, errors).Read(mapping, schema);
        return v.Find<string>("titulo") is { } title && v.Find<string>("descripcion") is { } description && v.Find<string>("fuente") is { } citation &&
               v.Find<DateOnly?>("fecha_consulta") is { } takenOn && v.Find<string>("licencia") is { } license
            ? new DataSource(title, description, citation, v.Find<Uri>("url_fuente"), v.Find<string>("compilacion"), takenOn, license, v.List<string>("notas"))
            : null;
    }

    private Dataset? ReadDataset(DatasetFiles files, HashSet<string> stateCodes, Dictionary<string, Municipality> municipalities, bool hasCatalog)
    {
        var csvPath = files.MetadataPath[..^".yml".Length] + ".csv";
        if (files.Metadata is null && files.MetadataUnreadable)
        {
            return null;
        }

        if (files.Metadata is null)
        {
            errors.Add(Stage.Validate, files.MetadataPath, null, null, $"el archivo {csvPath} no tiene su descripción; el sitio debe citar la fuente de cada dato.",
                $"cree {files.MetadataPath} con «titulo», «fuente», «fecha_consulta», «licencia» e «indicadores» (vea el README, sección «Datos»).");
            return null;
        }

        if (files.Csv is null && files.CsvUnreadable)
        {
            return null;
        }

        if (files.Csv is null)
        {
            errors.Add(Stage.Validate, csvPath, null, null, $"falta el CSV que describe {files.MetadataPath}.",
                $"agregue {csvPath} con las columnas {string.Join(",", Columns)}, o borre la descripción.");
            return null;
        }

        var source = ReadSource(files.Metadata, ContentSchemas.Dataset, out var v);
        if (v is null)
        {
            return null;
        }

        var indicators = v.List<NamedValue>("indicadores").Select(n =>
        {
            var i = (FieldValues)n.Value;
            var decimals = i.Find<int?>("decimales") ?? 0;
            if (decimals > MaxDecimals)
            {
                errors.Add(Stage.Validate, files.MetadataPath, i.LineOf("decimales"), $"indicadores.{n.Key}.decimales",
                    $"{decimals} decimales son demasiados para leerse en una gráfica o una tabla.", $"use de 0 a {MaxDecimals}.");
                return null;
            }

            return i.Find<string>("titulo") is { } title && i.Find<string>("unidad") is { } unit
                ? new Indicator(n.Key, title, unit, decimals, i.Find<string>("descripcion"), i.Find<bool?>("grafica") ?? false)
                : null;
        }).OfType<Indicator>().ToDictionary(i => i.Id, StringComparer.Ordinal);

        var observations = ReadRows(files.Csv, indicators, stateCodes, municipalities, hasCatalog, out var undeclared);
        foreach (var (id, lines) in undeclared.OrderBy(u => u.Value[0]))
        {
            // One cause, one error, where the cause is: the description lacks the indicator, however many rows use it.
            var rows = lines.Count == 1 ? $"la fila de la línea {lines[0]}" : $"{ErrorReport.Count(lines.Count)} filas (la primera en la línea {lines[0]})";
            errors.Add(Stage.Validate, files.MetadataPath, v.LineOf("indicadores"), "indicadores",
                $"el indicador «{id}», que usa{(lines.Count == 1 ? "" : "n")} {rows} de {files.Csv.Path}, no está declarado en «indicadores».",
                "declárelo con su título y unidad (revise que el archivo no se haya cortado), o corrija el nombre en el CSV" +
                Spelling.Suggestion(id, indicators.Keys) + ".");
        }

        return source is null || observations is null ? null : new Dataset(files.Id, files.MetadataPath, files.Csv.Path, source, indicators.Values.ToList(), observations);
    }

    private List<Observation>? ReadRows(SourceFile csv, Dictionary<string, Indicator> indicators, HashSet<string> stateCodes,
        Dictionary<string, Municipality> municipalities, bool hasCatalog, out Dictionary<string, List<int>> undeclared)
    {
        undeclared = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var document = CsvText.Parse(csv.Text);
        foreach (var (line, problem) in document.Problems)
        {
            errors.Add(Stage.Validate, csv.Path, line, null, problem, "corrija las comillas de la fila.");
        }

        if (!HeaderIsValid(csv.Path, document.Header, Columns))
        {
            return null;
        }

        var column = Columns.ToDictionary(c => c, c => document.Header.ToList().IndexOf(c), StringComparer.Ordinal);
        var seen = new Dictionary<(string, string, string, int), int>();
        var observations = new List<Observation>();
        foreach (var row in document.Rows)
        {
            if (row.Fields.Count != document.Header.Count)
            {
                errors.Add(Stage.Validate, csv.Path, row.Line, null, $"la fila tiene {row.Fields.Count} valores y el encabezado {document.Header.Count} columnas.",
                    "cada fila lleva un valor por columna, separados por comas; un texto con comas va entre comillas.");
                continue;
            }

            string Field(string name) => row.Fields[column[name]];
            void Error(string key, string message, string hint) => errors.Add(Stage.Validate, csv.Path, row.Line, key, message, hint);

            var ok = true;
            var state = Field("clave_estado");
            if (!stateCodes.Contains(state))
            {
                Error("clave_estado", $"«{state}» no es una clave de estado conocida.",
                    "use la clave INEGI de dos dígitos de input/estados.yml (de «01» a «32», con el cero inicial) o «00» para el total nacional.");
                ok = false;
            }

            var municipality = Field("clave_municipio");
            if (municipality.Length > 0 && !municipalities.ContainsKey(municipality))
            {
                Error("clave_municipio", $"«{municipality}» no es una clave de municipio conocida.",
                    hasCatalog
                        ? "use la clave INEGI de cinco dígitos de input/datos/catalogos/municipios.csv, o deje la columna vacía para un dato estatal."
                        : "agregue el catálogo input/datos/catalogos/municipios.csv (lo escribe «micrositio importar-datos»).");
                ok = false;
            }
            else if (municipality.Length > 0 && ok && municipalities[municipality].StateCode != state)
            {
                Error("clave_municipio", $"el municipio {municipality} ({municipalities[municipality].Name}) no pertenece al estado {state}.",
                    $"la clave de estado de ese municipio es «{municipalities[municipality].StateCode}»: son los dos primeros dígitos de su clave.");
                ok = false;
            }

            var indicatorId = Field("indicador");
            indicators.TryGetValue(indicatorId, out var indicator);
            if (indicator is null)
            {
                if (indicatorId.Length == 0)
                {
                    Error("indicador", "falta el indicador.", "escriba el id de uno de los «indicadores» de la descripción del conjunto.");
                }
                else
                {
                    (undeclared.TryGetValue(indicatorId, out var lines) ? lines : undeclared[indicatorId] = []).Add(row.Line);
                }

                ok = false;
            }

            var yearText = Field("anio");
            if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 2100)
            {
                Error("anio", yearText.Length == 0 ? "falta el año." : $"«{yearText}» no es un año.",
                    "escriba el año con cuatro cifras, por ejemplo 2019.");
                ok = false;
            }

            var valueText = Field("valor");
            if (!decimal.TryParse(valueText, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                Error("valor", valueText.Length == 0 ? "falta el valor." : $"«{valueText}» no es un número.",
                    valueText.Length == 0
                        ? "si no hay dato para ese año, borre la fila: un año sin fila es un hueco en las gráficas; nunca escriba 0 por un dato que falta."
                        : "escriba solo cifras, con punto decimal y sin separador de miles ni unidades, por ejemplo 1234.5.");
                ok = false;
            }

            if (ok && value < 0 && indicator is { Charted: true })
            {
                Error("valor", $"«{valueText}» es negativo, y «{indicator.Id}» se grafica con un eje que empieza en 0.",
                    "revise el valor; si el indicador puede ser negativo (un cambio, una diferencia), quite «grafica: true» de su declaración.");
                ok = false;
            }

            var unit = Field("unidad");
            if (unit.Length == 0)
            {
                Error("unidad", "falta la unidad.", indicator is null ? "escriba la unidad del valor." : $"escriba «{indicator.Unit}», la unidad declarada para «{indicator.Id}».");
                ok = false;
            }
            else if (indicator is not null && unit != indicator.Unit)
            {
                Error("unidad", $"la unidad «{unit}» no es la declarada para «{indicator.Id}».", $"escriba «{indicator.Unit}», o corrija la declaración del indicador.");
                ok = false;
            }

            if (Field("fuente").Length == 0)
            {
                Error("fuente", "falta la fuente de la fila.", "escriba la fuente abreviada, por ejemplo «SESNSP; CONAPO».");
                ok = false;
            }

            if (!ok)
            {
                continue;
            }

            if (seen.TryGetValue((state, municipality, indicatorId, year), out var first))
            {
                Error("anio", $"fila repetida: la línea {first} ya da «{indicatorId}» de {year} para {(municipality.Length > 0 ? "el municipio " + municipality : "el estado " + state)}.",
                    "deje una sola fila por estado, municipio, indicador y año.");
                continue;
            }

            seen[(state, municipality, indicatorId, year)] = row.Line;
            observations.Add(new Observation(state, municipality.Length > 0 ? municipality : null, indicatorId, year, value, unit, Field("fuente")));
        }

        return observations;
    }

    private List<Municipality> ReadCatalog(SourceFile? csv)
    {
        if (csv is null)
        {
            return [];
        }

        var document = CsvText.Parse(csv.Text);
        if (!HeaderIsValid(csv.Path, document.Header, CatalogColumns))
        {
            return [];
        }

        var municipalities = new List<Municipality>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in document.Rows)
        {
            if (row.Fields.Count != 3 || row.Fields[0].Length != 5 || !row.Fields[0].All(char.IsAsciiDigit) || row.Fields[0][..2] != row.Fields[1])
            {
                errors.Add(Stage.Validate, csv.Path, row.Line, "clave_municipio", "se esperaba clave de cinco dígitos, clave de su estado (los dos primeros) y nombre.",
                    "vuelva a generar el catálogo con «micrositio importar-datos».");
                continue;
            }

            // The rows are looked up by code, so a second row with one must be an error, not a lookup that throws.
            if (!seen.TryAdd(row.Fields[0], row.Line))
            {
                errors.Add(Stage.Validate, csv.Path, row.Line, "clave_municipio", $"la clave {row.Fields[0]} ya aparece en la línea {seen[row.Fields[0]]}.",
                    "deje una sola fila por municipio; si el catálogo viene de «micrositio importar-datos», vuelva a generarlo.");
                continue;
            }

            municipalities.Add(new Municipality(row.Fields[0], row.Fields[1], row.Fields[2]));
        }

        return municipalities;
    }

    private bool HeaderIsValid(string path, IReadOnlyList<string> header, IReadOnlyList<string> expected)
    {
        var valid = true;
        foreach (var name in header.Where(h => !expected.Contains(h, StringComparer.Ordinal)))
        {
            errors.Add(Stage.Validate, path, 1, name, $"la columna «{name}» no existe en este tipo de archivo.",
                "las columnas son: " + string.Join(",", expected) + Spelling.Suggestion(name, expected) + ".");
            valid = false;
        }

        foreach (var name in expected.Where(e => !header.Contains(e, StringComparer.Ordinal)))
        {
            errors.Add(Stage.Validate, path, 1, name, $"falta la columna «{name}».", "la primera línea del archivo debe ser: " + string.Join(",", expected) + ".");
            valid = false;
        }

        return valid;
    }
}
