using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Micrositio.Load;
using Micrositio.Tests.Render.Charts;
using Micrositio.Tests.Site;
using Micrositio.Tests.Support;
using Micrositio.Tests.Validate;

namespace Micrositio.Tests.Render;

/// <summary>
/// The results on the shipped site (built once, shared with the other shipped-site tests): a page per state, the
/// charts showing exactly the committed figures, and the downloads of /resultados/ (CSV, JSON and JSON Schema) agreeing
/// with the data and with their own schemas.
/// </summary>
[Collection(ShippedSiteCollection.Name)]
public sealed partial class ResultsPagesTests(ShippedSite site)
{
    private static readonly NumberFormatInfo EsMx = new() { NumberGroupSeparator = ",", NumberDecimalSeparator = ".", NumberGroupSizes = [3] };

    private static IEnumerable<string> DatasetIds =>
        Directory.EnumerateFiles(Path.Combine(Repository.Input, "datos"), "*.yml").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal);

    private static CsvDocument InputCsv(string id) => CsvText.Parse(File.ReadAllText(Path.Combine(Repository.Input, "datos", id + ".csv"), Encoding.UTF8));

    private IEnumerable<string> Downloads => site.Paths.Where(p => p.StartsWith("resultados/datos/", StringComparison.Ordinal));

    private IEnumerable<string> Tables => Downloads.Where(p => p.EndsWith(".csv", StringComparison.Ordinal))
        .Select(p => p["resultados/datos/".Length..^".csv".Length]).Order(StringComparer.Ordinal);

    [Fact]
    public void The_shipped_site_builds_without_errors()
    {
        Assert.True(site.Result.Errors.Count == 0, "Errors:\n" + string.Join("\n", site.Result.Errors));
    }

    [Fact]
    public void Every_state_has_a_page()
    {
        var slugs = StateSlug().Matches(File.ReadAllText(Path.Combine(Repository.Input, "estados.yml"))).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(32, slugs.Count);
        Assert.Equal(slugs.Select(s => $"estados/{s}/index.html").Order(StringComparer.Ordinal),
            site.Paths.Where(p => StatePage().IsMatch(p)).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("estados/index.html")]
    public void The_map_has_exactly_the_32_states_as_links_with_their_names_and_mesa_counts(string page)
    {
        var states = YamlText.Parse(File.ReadAllText(Path.Combine(Repository.Input, "estados.yml")), "estados.yml", 1, new Micrositio.Diagnostics.ErrorList())
            as YamlDotNet.RepresentationModel.YamlSequenceNode;
        var mesasByState = Directory.EnumerateFiles(Path.Combine(Repository.Input, "mesas"), "*.md")
            .Select(f => MesaState().Match(File.ReadAllText(f)).Groups[1].Value)
            .GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
        var expected = states!.Children.Cast<YamlDotNet.RepresentationModel.YamlMappingNode>().Select(state =>
        {
            string Value(string key) => ((YamlDotNet.RepresentationModel.YamlScalarNode)state.Children[key]).Value!;
            var mesas = mesasByState.GetValueOrDefault(Value("slug"));
            var label = mesas switch { 0 => $"{Value("nombre")}: sin mesas con página", 1 => $"{Value("nombre")}: 1 mesa", _ => $"{Value("nombre")}: {mesas} mesas" };
            return $"/estados/{Value("slug")}/ {label}";
        }).ToList();

        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(site.Text(page));
        var links = document.QuerySelectorAll("svg.mapa a").Select(a => $"{a.GetAttribute("href")} {a.GetAttribute("aria-label")}").ToList();

        Assert.Equal(32, expected.Count);
        Assert.Equal(expected, links);
        Assert.Equal(mesasByState.Count, document.QuerySelectorAll("svg.mapa a circle.mapa__marca").Length);
        Assert.True(document.QuerySelector("svg.mapa")!.OuterHtml.Length <= 80 * 1024, "The map must weigh at most 80 KB.");
        Assert.Equal(expected.Select(e => e.Split(' ')[0]), document.QuerySelectorAll(".lista-estados a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Every_state_page_charts_the_homicide_rate_against_the_country()
    {
        foreach (var slug in StateSlug().Matches(File.ReadAllText(Path.Combine(Repository.Input, "estados.yml"))).Select(m => m.Groups[1].Value))
        {
            var chart = DatasetRulesTests.Chart(site.Text($"estados/{slug}/index.html"), $"homicidio-doloso-tasa-{slug}");
            Assert.Equal(2, chart.Descendants(ChartSvg.Svg + "g").Count(g => ChartSvg.HasClass(g, "grafica__serie")));
        }
    }

    [Fact]
    public void Tamaulipas_homicide_chart_shows_the_csv_values_for_the_state_and_the_country()
    {
        var csv = Series("victimas", "homicidio-doloso-tasa");
        var tamaulipas = csv["28"];
        var national = csv["00"];
        Assert.Equal(Enumerable.Range(2015, 10), tamaulipas.Keys);

        var page = site.Text("estados/tamaulipas/index.html");
        var points = DatasetRulesTests.Points(DatasetRulesTests.Chart(page, "homicidio-doloso-tasa-tamaulipas"));

        Assert.Equal(tamaulipas.Select(p => (p.Key.ToString(CultureInfo.InvariantCulture), p.Value)),
            points.Where(p => p.Emphasis).Select(p => (p.Year, p.Value)));
        Assert.Equal(national.Select(p => (p.Key.ToString(CultureInfo.InvariantCulture), p.Value)),
            points.Where(p => !p.Emphasis).Select(p => (p.Year, p.Value)));

        // The table beside the chart: one row per year, Tamaulipas then the country, in es-MX with two decimals.
        var rows = DatasetRulesTests.TableRows(page, "homicidio-doloso-tasa-tamaulipas");
        Assert.Equal(tamaulipas.Keys.Select(y => y.ToString(CultureInfo.InvariantCulture)), rows.Keys);
        foreach (var (year, value) in tamaulipas)
        {
            Assert.Equal([EsMxNumber(value), EsMxNumber(national[year])], rows[year.ToString(CultureInfo.InvariantCulture)]);
        }

        // One known figure written out: Tamaulipas 2019 as the CSV has it, and as the reader sees it.
        var decoded = WebUtility.HtmlDecode(page);
        Assert.Contains($"<th scope=\"row\">2019</th><td class=\"alinear-derecha\">{EsMxNumber(tamaulipas[2019])}</td>", decoded, StringComparison.Ordinal);
    }

    [Fact]
    public void The_crimes_charts_end_in_2023_without_a_zero_for_the_unpublished_2024()
    {
        var csv = Series("incidencia", "delitos-fuero-comun-tasa");
        Assert.DoesNotContain(csv.Values.SelectMany(s => s.Keys), y => y == 2024);

        // No dataset has a 2024 crime figure, so the charts end in 2023: no point, no table row, no zero for 2024.
        var chart = DatasetRulesTests.Chart(site.Text("resultados/index.html"), "delitos-fuero-comun-tasa-nacional");
        var points = DatasetRulesTests.Points(chart);
        Assert.Equal(csv["00"].Select(p => (p.Key.ToString(CultureInfo.InvariantCulture), p.Value)), points.Select(p => (p.Year, p.Value)));
        var rows = DatasetRulesTests.TableRows(site.Text("estados/tamaulipas/index.html"), "delitos-fuero-comun-tasa-tamaulipas");
        Assert.Equal(Enumerable.Range(2015, 9).Select(y => y.ToString(CultureInfo.InvariantCulture)), rows.Keys);
        Assert.DoesNotContain(rows.Values.SelectMany(c => c), c => c is "0" or "0.00");
    }

    [Fact]
    public void The_results_page_links_every_download()
    {
        var page = site.Text("resultados/index.html");

        Assert.NotEmpty(Downloads);
        foreach (var path in Downloads)
        {
            Assert.Contains($"href=\"/{path}\"", page, StringComparison.Ordinal);
        }

        foreach (var id in DatasetIds.Concat(["mesas-por-estado", "logros-por-estado-y-eje", "encuentros"]))
        {
            foreach (var extension in new[] { ".csv", ".json", ".schema.json" })
            {
                Assert.Contains($"href=\"/resultados/datos/{id}{extension}\"", page, StringComparison.Ordinal);
            }
        }

        Assert.Equal(Tables.Count() * 3, Downloads.Count());
    }

    [Fact]
    public void Every_download_csv_parses_and_each_dataset_csv_has_the_dataset_rows()
    {
        foreach (var table in Tables)
        {
            var csv = CsvText.Parse(site.Text($"resultados/datos/{table}.csv"));
            Assert.Empty(csv.Problems);
            Assert.NotEmpty(csv.Header);
            Assert.All(csv.Rows, r => Assert.Equal(csv.Header.Count, r.Fields.Count));
        }

        foreach (var id in DatasetIds)
        {
            var input = InputCsv(id);
            var download = CsvText.Parse(site.Text($"resultados/datos/{id}.csv"));
            Assert.Equal(input.Header, download.Header);
            Assert.Equal(input.Rows.Count, download.Rows.Count);
            for (var i = 0; i < input.Rows.Count; i++)
            {
                Assert.True(input.Rows[i].Fields.SequenceEqual(download.Rows[i].Fields),
                    $"{id}.csv row {i + 1}: input «{string.Join(",", input.Rows[i].Fields)}», download «{string.Join(",", download.Rows[i].Fields)}»");
            }
        }
    }

    [Fact]
    public void Every_json_has_as_many_rows_as_its_csv_each_with_exactly_the_fields_and_types_of_the_schema()
    {
        foreach (var table in Tables)
        {
            using var json = JsonDocument.Parse(site.Text($"resultados/datos/{table}.json"));
            using var schema = JsonDocument.Parse(site.Text($"resultados/datos/{table}.schema.json"));
            var csv = CsvText.Parse(site.Text($"resultados/datos/{table}.csv"));

            Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.RootElement.GetProperty("$schema").GetString());
            Assert.EndsWith($"/resultados/datos/{table}.schema.json", json.RootElement.GetProperty("$schema").GetString(), StringComparison.Ordinal);
            Assert.Equal(schema.RootElement.GetProperty("$id").GetString(), json.RootElement.GetProperty("$schema").GetString());

            // The document itself: its required keys are there, and nothing the schema does not describe.
            var properties = schema.RootElement.GetProperty("properties");
            foreach (var key in schema.RootElement.GetProperty("required").EnumerateArray())
            {
                Assert.True(json.RootElement.TryGetProperty(key.GetString()!, out _), $"{table}.json lacks «{key}»");
            }

            Assert.All(json.RootElement.EnumerateObject(), p => Assert.True(properties.TryGetProperty(p.Name, out _), $"{table}.json: «{p.Name}» is not in the schema"));

            // The rows.
            var items = properties.GetProperty("filas").GetProperty("items");
            var required = items.GetProperty("required").EnumerateArray().Select(e => e.GetString()!).ToList();
            var types = items.GetProperty("properties").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetProperty("type"));
            Assert.False(items.GetProperty("additionalProperties").GetBoolean());
            Assert.Equal(required.Order(StringComparer.Ordinal), types.Keys.Order(StringComparer.Ordinal));
            Assert.Equal(csv.Header, required);

            var rows = json.RootElement.GetProperty("filas").EnumerateArray().ToList();
            Assert.Equal(csv.Rows.Count, rows.Count);
            for (var i = 0; i < rows.Count; i++)
            {
                var names = rows[i].EnumerateObject().Select(p => p.Name).ToList();
                Assert.True(names.SequenceEqual(required), $"{table}.json row {i + 1} has [{string.Join(", ", names)}], the schema requires [{string.Join(", ", required)}]");
                foreach (var property in rows[i].EnumerateObject())
                {
                    Assert.True(Matches(property.Value, types[property.Name]),
                        $"{table}.json row {i + 1}: «{property.Name}» is {property.Value.ValueKind} ({property.Value.GetRawText()}), the schema says {types[property.Name].GetRawText()}");
                    Assert.Equal(csv.Rows[i].Fields[required.IndexOf(property.Name)], Csv(property.Value));
                }
            }
        }
    }

    [Fact]
    public void Every_dataset_json_cites_its_source_and_lists_its_indicators()
    {
        foreach (var id in DatasetIds)
        {
            using var json = JsonDocument.Parse(site.Text($"resultados/datos/{id}.json"));
            var yml = File.ReadAllText(Path.Combine(Repository.Input, "datos", id + ".yml"));
            var root = json.RootElement;

            Assert.Contains("licencia: " + root.GetProperty("licencia").GetString(), yml, StringComparison.Ordinal);
            Assert.Contains("fecha_consulta: " + root.GetProperty("fecha_consulta").GetString(), yml, StringComparison.Ordinal);
            var indicators = root.GetProperty("indicadores").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();
            Assert.Equal(InputCsv(id).Rows.Select(r => r.Fields[2]).Distinct().Order(StringComparer.Ordinal), indicators.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Mesas_per_state_add_up_to_the_mesa_files()
    {
        var mesaFiles = Directory.EnumerateFiles(Path.Combine(Repository.Input, "mesas"), "*.md")
            .Count(f => !Path.GetFileName(f).StartsWith('_') && !Path.GetFileName(f).StartsWith('.'));
        var csv = CsvText.Parse(site.Text("resultados/datos/mesas-por-estado.csv"));

        Assert.Equal(["clave_estado", "estado", "mesas"], csv.Header);
        Assert.Equal(32, csv.Rows.Count);
        Assert.Equal(mesaFiles, csv.Rows.Sum(r => int.Parse(r.Fields[2], CultureInfo.InvariantCulture)));
        Assert.Equal(31, mesaFiles);
    }

    // ---- Helpers --------------------------------------------------------------------------------------

    /// <summary>A state-level indicator of an input CSV: state code → year → value as written.</summary>
    private static Dictionary<string, SortedDictionary<int, string>> Series(string dataset, string indicator) =>
        InputCsv(dataset).Rows
            .Where(r => r.Fields[1].Length == 0 && r.Fields[2] == indicator)
            .GroupBy(r => r.Fields[0])
            .ToDictionary(g => g.Key, g => new SortedDictionary<int, string>(g.ToDictionary(r => int.Parse(r.Fields[3], CultureInfo.InvariantCulture), r => r.Fields[4])));

    /// <summary>«1234.5» as a reader in Mexico reads it with two decimals: «1,234.50».</summary>
    private static string EsMxNumber(string invariant) => decimal.Parse(invariant, CultureInfo.InvariantCulture).ToString("N2", EsMx);

    /// <summary>Whether a JSON value has a type the schema allows: "string", "integer", "number", or a list such as ["string", "null"].</summary>
    private static bool Matches(JsonElement value, JsonElement type) => type.ValueKind == JsonValueKind.Array
        ? type.EnumerateArray().Any(t => Matches(value, t.GetString()!))
        : Matches(value, type.GetString()!);

    private static bool Matches(JsonElement value, string type) => type switch
    {
        "string" => value.ValueKind == JsonValueKind.String,
        "null" => value.ValueKind == JsonValueKind.Null,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var d) && d == decimal.Truncate(d),
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        _ => throw new InvalidOperationException($"the checker does not know the JSON Schema type «{type}»"),
    };

    /// <summary>A JSON value as the CSV writes it (null is an empty field, numbers as written).</summary>
    private static string Csv(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => "",
        JsonValueKind.String => value.GetString()!,
        _ => value.GetRawText(),
    };

    [GeneratedRegex(@"^estado: (\S+)$", RegexOptions.Multiline)]
    private static partial Regex MesaState();

    [GeneratedRegex(@"^\s*slug: ([a-z0-9-]+)\s*$", RegexOptions.Multiline)]
    private static partial Regex StateSlug();

    [GeneratedRegex(@"^estados/[a-z0-9-]+/index\.html$")]
    private static partial Regex StatePage();
}
