using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Micrositio.Tests.Render.Charts;
using Micrositio.Tests.Support;

namespace Micrositio.Tests.Validate;

/// <summary>
/// The rules for the results data of <c>input/datos/</c>: each test breaks one rule in a tiny dataset
/// (<c>x.yml</c> + <c>x.csv</c>) and checks the build names the file, the line, the column or key and the problem.
/// The last tests build valid datasets and check that a year without a row is a gap, never a zero.
/// </summary>
public sealed partial class DatasetRulesTests
{
    private const string Header = "clave_estado,clave_municipio,indicador,anio,valor,unidad,fuente";

    private const string Rate = "casos por cada 100 000 habitantes";

    /// <summary>A valid description with a charted rate («tasa», one decimal) and a count («casos»).</summary>
    private const string Metadata = """
        titulo: Datos de prueba
        descripcion: Un conjunto pequeño para las pruebas.
        fuente: Fuente de prueba, cita completa
        url_fuente: https://fuente.example.org/datos
        fecha_consulta: 2025-01-15
        licencia: Datos abiertos de prueba
        notas:
          - Una nota de prueba.
        indicadores:
          tasa:
            titulo: Casos por cada 100 000 habitantes
            unidad: casos por cada 100 000 habitantes
            decimales: 1
            grafica: true
          casos:
            titulo: Casos
            unidad: casos
        """;

    private const string Catalog = """
        -- input/datos/catalogos/municipios.csv --
        clave_municipio,clave_estado,nombre
        08037,08,Juárez
        28038,28,Tampico

        """;

    /// <summary>A valid first row (line 2), so the row under test is on line 3.</summary>
    private const string FirstRow = "28,,tasa,2019,12.5," + Rate + ",Prueba";

    /// <summary>One mesa in Tamaulipas, as a real site has: /resultados/ also charts the mesas per state.</summary>
    private const string Mesa = """
        -- input/mesas/tampico.md --
        ---
        nombre: Mesa de Tampico
        estado: tamaulipas
        resumen: Una mesa.
        ---
        Texto.

        """;

    /// <summary>The archive of a site with one mesa and a dataset x with this description and these CSV lines (header included).</summary>
    private static string Dataset(string metadata, params string[] csvLines) =>
        Mesa + $"-- input/datos/x.yml --\n{metadata}\n-- input/datos/x.csv --\n{string.Join("\n", csvLines)}\n";

    /// <summary>Builds a site whose x.csv has the header, <see cref="FirstRow"/> (line 2) and then these rows (from line 3).</summary>
    private static SiteFixture BuildRows(params string[] rows) => SiteFixture.Build(Dataset(Metadata, [Header, FirstRow, .. rows]));

    private static SiteFixture BuildRowsWithCatalog(params string[] rows) => SiteFixture.Build(Catalog + Dataset(Metadata, [Header, FirstRow, .. rows]));

    // ---- Codes -------------------------------------------------------------------------------------

    [Theory]
    [InlineData("33")]
    [InlineData("8")]
    public void An_unknown_state_code_is_an_error(string code)
    {
        using var site = BuildRows($"{code},,tasa,2019,12.5,{Rate},Prueba");

        site.AssertError($"validación: input/datos/x.csv:3: clave «clave_estado»: «{code}» no es una clave de estado conocida.",
            "de «01» a «32», con el cero inicial", "«00» para el total nacional");
    }

    [Fact]
    public void The_national_code_00_is_a_known_state_code()
    {
        using var site = BuildRows($"00,,tasa,2019,10.0,{Rate},Prueba");

        site.AssertNoErrors();
    }

    [Fact]
    public void An_unknown_municipality_code_is_an_error()
    {
        using var site = BuildRowsWithCatalog($"28,28999,tasa,2019,12.5,{Rate},Prueba");

        site.AssertError("validación: input/datos/x.csv:3: clave «clave_municipio»: «28999» no es una clave de municipio conocida.",
            "input/datos/catalogos/municipios.csv", "deje la columna vacía para un dato estatal");
    }

    [Fact]
    public void A_municipality_code_without_the_catalogue_asks_for_the_catalogue()
    {
        using var site = BuildRows($"28,28038,tasa,2019,12.5,{Rate},Prueba");

        site.AssertError("validación: input/datos/x.csv:3: clave «clave_municipio»: «28038» no es una clave de municipio conocida.",
            "agregue el catálogo input/datos/catalogos/municipios.csv");
    }

    [Fact]
    public void A_municipality_of_another_state_is_an_error()
    {
        using var site = BuildRowsWithCatalog($"08,28038,tasa,2019,12.5,{Rate},Prueba");

        site.AssertError("validación: input/datos/x.csv:3: clave «clave_municipio»: el municipio 28038 (Tampico) no pertenece al estado 08.",
            "la clave de estado de ese municipio es «28»");
    }

    [Fact]
    public void A_municipal_row_with_its_state_is_valid()
    {
        using var site = BuildRowsWithCatalog($"28,28038,tasa,2019,12.5,{Rate},Prueba");

        site.AssertNoErrors();
    }

    // ---- Indicator, value, unit, year ---------------------------------------------------------------

    [Fact]
    public void An_undeclared_indicator_is_an_error_with_a_suggestion()
    {
        using var site = BuildRows($"28,,tsaa,2019,12.5,{Rate},Prueba");

        site.AssertError("validación: input/datos/x.yml:", "clave «indicadores»: el indicador «tsaa», que usa la fila de la línea 3 de input/datos/x.csv, no está declarado en «indicadores».",
            "(¿quiso decir «tasa»?)");
    }

    [Theory]
    [InlineData("\"12,5\"", "12,5")]
    [InlineData("abc", "abc")]
    [InlineData("1,234.5", null)] // unquoted, the comma splits the value: reported as a field count (see below)
    [InlineData("12.5%", "12.5%")]
    public void A_value_that_is_not_a_plain_number_is_an_error(string written, string? reported)
    {
        using var site = BuildRows($"28,,tasa,2020,{written},{Rate},Prueba");

        if (reported is null)
        {
            site.AssertError("validación: input/datos/x.csv:3: la fila tiene 8 valores y el encabezado 7 columnas.");
            return;
        }

        site.AssertError($"validación: input/datos/x.csv:3: clave «valor»: «{reported}» no es un número.",
            "con punto decimal y sin separador de miles ni unidades");
    }

    [Fact]
    public void An_empty_value_is_an_error_whose_hint_says_to_omit_the_row_never_zero()
    {
        using var site = BuildRows($"28,,tasa,2020,,{Rate},Prueba");

        site.AssertError("validación: input/datos/x.csv:3: clave «valor»: falta el valor.", "borre la fila", "un año sin fila es un hueco", "nunca escriba 0");
    }

    [Fact]
    public void A_missing_unit_is_an_error_that_names_the_declared_unit()
    {
        using var site = BuildRows("28,,tasa,2020,12.5,,Prueba");

        site.AssertError("validación: input/datos/x.csv:3: clave «unidad»: falta la unidad.", $"escriba «{Rate}», la unidad declarada para «tasa»");
    }

    [Fact]
    public void A_unit_other_than_the_declared_one_is_an_error()
    {
        using var site = BuildRows("28,,tasa,2020,12.5,casos,Prueba");

        site.AssertError("validación: input/datos/x.csv:3: clave «unidad»: la unidad «casos» no es la declarada para «tasa».", $"escriba «{Rate}»");
    }

    [Fact]
    public void A_missing_source_is_an_error()
    {
        using var site = BuildRows($"28,,tasa,2020,12.5,{Rate},");

        site.AssertError("validación: input/datos/x.csv:3: clave «fuente»: falta la fuente de la fila.");
    }

    [Fact]
    public void A_missing_year_is_an_error()
    {
        using var site = BuildRows($"28,,tasa,,12.5,{Rate},Prueba");

        site.AssertError("validación: input/datos/x.csv:3: clave «anio»: falta el año.", "cuatro cifras");
    }

    [Theory]
    [InlineData("19")]
    [InlineData("dos mil")]
    public void A_year_that_is_not_a_year_is_an_error(string year)
    {
        using var site = BuildRows($"28,,tasa,{year},12.5,{Rate},Prueba");

        site.AssertError($"validación: input/datos/x.csv:3: clave «anio»: «{year}» no es un año.");
    }

    [Fact]
    public void A_duplicate_row_is_an_error_that_names_the_first_line()
    {
        using var site = BuildRows(
            $"00,,tasa,2019,10.0,{Rate},Prueba",
            $"28,,tasa,2019,13.0,{Rate},Prueba");

        site.AssertError("validación: input/datos/x.csv:4: clave «anio»: fila repetida: la línea 2 ya da «tasa» de 2019 para el estado 28.",
            "una sola fila por estado, municipio, indicador y año");
    }

    [Fact]
    public void The_same_year_for_another_indicator_or_area_is_not_a_duplicate()
    {
        using var site = BuildRowsWithCatalog(
            "28,,casos,2019,400,casos,Prueba",
            $"00,,tasa,2019,10.0,{Rate},Prueba",
            $"28,28038,tasa,2019,20.0,{Rate},Prueba",
            $"28,,tasa,2020,13.0,{Rate},Prueba");

        site.AssertNoErrors();
    }

    // ---- CSV shape ---------------------------------------------------------------------------------

    [Fact]
    public void An_unknown_column_is_an_error_with_a_suggestion()
    {
        using var site = SiteFixture.Build(Dataset(Metadata,
            "clave_estado,clave_municipio,indicador,año,valor,unidad,fuente",
            FirstRow));

        site.AssertError("validación: input/datos/x.csv:1: clave «año»: la columna «año» no existe en este tipo de archivo.",
            "las columnas son: " + Header, "(¿quiso decir «anio»?)");
        site.AssertError("validación: input/datos/x.csv:1: clave «anio»: falta la columna «anio».");
    }

    [Fact]
    public void A_missing_column_is_an_error_that_gives_the_header()
    {
        using var site = SiteFixture.Build(Dataset(Metadata,
            "clave_estado,clave_municipio,indicador,anio,valor,unidad",
            "28,,tasa,2019,12.5," + Rate));

        site.AssertError("validación: input/datos/x.csv:1: clave «fuente»: falta la columna «fuente».", "la primera línea del archivo debe ser: " + Header);
    }

    [Fact]
    public void Columns_may_come_in_any_order()
    {
        using var site = SiteFixture.Build(Dataset(Metadata,
            "indicador,anio,clave_estado,clave_municipio,valor,unidad,fuente",
            $"tasa,2019,28,,12.5,{Rate},Prueba"));

        site.AssertNoErrors();
    }

    [Theory]
    [InlineData("28,,tasa,2020,12.5," + Rate, 6)]
    [InlineData("28,,tasa,2020,12.5," + Rate + ",Prueba,extra", 8)]
    public void A_row_with_the_wrong_number_of_fields_is_an_error(string row, int fields)
    {
        using var site = BuildRows(row);

        site.AssertError($"validación: input/datos/x.csv:3: la fila tiene {fields} valores y el encabezado 7 columnas.", "un texto con comas va entre comillas");
    }

    [Fact]
    public void A_quoted_source_with_commas_is_one_field()
    {
        using var site = BuildRows($"28,,tasa,2020,12.5,{Rate},\"SESNSP, víctimas; CONAPO\"");

        site.AssertNoErrors();
    }

    [Fact]
    public void An_unclosed_quote_is_an_error_on_the_line_where_it_opens()
    {
        using var site = BuildRows(
            $"28,,tasa,2020,12.5,{Rate},\"Prueba",
            $"28,,tasa,2021,12.5,{Rate},Prueba");

        site.AssertError("validación: input/datos/x.csv:3: unas comillas se abren y nunca se cierran.", "corrija las comillas");
    }

    [Fact]
    public void A_quote_inside_an_unquoted_value_is_an_error()
    {
        using var site = BuildRows($"28,,tasa,2020,12.5,{Rate},Prueba \"oficial\"");

        site.AssertError("validación: input/datos/x.csv:3: hay comillas en medio de un valor");
    }

    [Fact]
    public void Several_errors_in_one_file_are_all_reported_each_with_its_line()
    {
        using var site = BuildRows(
            $"33,,tasa,2020,12.5,{Rate},Prueba",
            $"28,,tasa,2021,abc,{Rate},Prueba",
            "28,,tasa,2022,12.5,,Prueba");

        site.AssertError("input/datos/x.csv:3: clave «clave_estado»");
        site.AssertError("input/datos/x.csv:4: clave «valor»");
        site.AssertError("input/datos/x.csv:5: clave «unidad»");
    }

    // ---- Pairs and description ----------------------------------------------------------------------

    [Fact]
    public void A_csv_without_its_description_is_an_error()
    {
        using var site = SiteFixture.Build(Mesa + $"-- input/datos/x.csv --\n{Header}\n{FirstRow}\n");

        site.AssertError("validación: input/datos/x.yml: el archivo input/datos/x.csv no tiene su descripción; el sitio debe citar la fuente de cada dato.",
            "cree input/datos/x.yml");
    }

    [Fact]
    public void A_description_without_its_csv_is_an_error()
    {
        using var site = SiteFixture.Build(Mesa + $"-- input/datos/x.yml --\n{Metadata}\n");

        site.AssertError("validación: input/datos/x.csv: falta el CSV que describe input/datos/x.yml.", "agregue input/datos/x.csv con las columnas " + Header);
    }

    [Fact]
    public void A_description_without_a_license_is_an_error()
    {
        using var site = SiteFixture.Build(Dataset(Metadata.Replace("licencia: Datos abiertos de prueba\n", "", StringComparison.Ordinal), Header, FirstRow));

        site.AssertError("validación: input/datos/x.yml:1: clave «licencia»: falta esta clave obligatoria", "agregue una línea como «licencia:");
    }

    [Fact]
    public void An_unknown_key_in_the_description_is_an_error_with_a_suggestion()
    {
        using var site = SiteFixture.Build(Dataset(Metadata.Replace("descripcion:", "descripción:", StringComparison.Ordinal), Header, FirstRow));

        site.AssertError("validación: input/datos/x.yml:2: clave «descripción»: esta clave no existe en un conjunto de datos (input/datos/<id>.yml).",
            "¿quiso decir «descripcion»?");
    }

    [Fact]
    public void An_indicator_without_a_unit_is_an_error()
    {
        using var site = SiteFixture.Build(Dataset(Metadata.Replace("    titulo: Casos\n    unidad: casos", "    titulo: Casos", StringComparison.Ordinal), Header, FirstRow));

        site.AssertError("validación: input/datos/x.yml:", "clave «indicadores.casos.unidad»: falta esta clave obligatoria");
    }

    [Fact]
    public void A_date_that_is_not_a_date_is_an_error()
    {
        using var site = SiteFixture.Build(Dataset(Metadata.Replace("2025-01-15", "15/01/2025", StringComparison.Ordinal), Header, FirstRow));

        site.AssertError("validación: input/datos/x.yml:5: clave «fecha_consulta»: se esperaba una fecha con el formato AAAA-MM-DD", "«15/01/2025»");
    }

    [Fact]
    public void A_description_that_is_not_a_mapping_is_reported_not_thrown()
    {
        using var site = SiteFixture.Build(Dataset("- titulo: Datos de prueba\n- licencia: Libre", Header, FirstRow));

        site.AssertError("validación: input/datos/x.yml:1: se esperaba un grupo de claves");
    }

    // ---- What the validator must not let through to the charts --------------------------------------

    [Fact]
    public void Charted_decimals_beyond_what_a_chart_can_show_are_reported_not_thrown()
    {
        using var site = SiteFixture.Build(Dataset(Metadata.Replace("decimales: 1", "decimales: 9", StringComparison.Ordinal), Header, FirstRow));

        site.AssertError("input/datos/x.yml:", "clave «indicadores.tasa.decimales»");
    }

    [Fact]
    public void A_negative_value_of_a_charted_indicator_is_reported_not_thrown()
    {
        using var site = BuildRows($"28,,tasa,2020,-3.5,{Rate},Prueba");

        site.AssertError("input/datos/x.csv:3:", "clave «valor»");
    }

    [Fact]
    public void A_charted_indicator_whose_id_starts_with_a_digit_is_charted()
    {
        using var site = SiteFixture.Build(Dataset(Metadata.Replace("  tasa:", "  2024-tasa:", StringComparison.Ordinal), Header,
            $"28,,2024-tasa,2019,12.5,{Rate},Prueba"));

        site.AssertNoErrors();
        Assert.Equal([("2019", "12.5", true)], Points(Chart(site.Text("estados/tamaulipas/index.html"), "2024-tasa-tamaulipas")));
    }

    // ---- Valid data: gaps, not zeros -----------------------------------------------------------------

    /// <summary>
    /// Tamaulipas (28) and the country (00), 2019-2023. 2021 has no row at all (a gap for both series);
    /// 2022 has a row for the country only (a gap for Tamaulipas). Values use the thousands separator on purpose.
    /// </summary>
    private static string GapSite() => Dataset(Metadata,
        Header,
        $"28,,tasa,2019,1234.5,{Rate},Prueba",
        $"00,,tasa,2019,800.0,{Rate},Prueba",
        $"28,,tasa,2020,1300.25,{Rate},Prueba",
        $"00,,tasa,2020,810.5,{Rate},Prueba",
        $"00,,tasa,2022,820.0,{Rate},Prueba",
        $"28,,tasa,2023,1100.0,{Rate},Prueba",
        $"00,,tasa,2023,830.0,{Rate},Prueba",
        "28,,casos,2019,40,casos,Prueba");

    [Fact]
    public void A_valid_dataset_builds_and_is_offered_for_download()
    {
        using var site = SiteFixture.Build(GapSite());

        site.AssertNoErrors();
        site.AssertFile("resultados/index.html", """
            Datos de prueba
            href="/resultados/datos/x.csv"
            href="/resultados/datos/x.json"
            href="/resultados/datos/x.schema.json"
            Fuente de prueba, cita completa
            Datos abiertos de prueba
            15 de enero de 2025
            Una nota de prueba.
            """);
        Assert.Equal(9, site.Text("resultados/datos/x.csv").Trim().Split('\n').Length);
    }

    [Fact]
    public void A_year_without_a_row_is_a_gap_on_the_state_chart_never_a_zero()
    {
        using var site = SiteFixture.Build(GapSite());
        site.AssertNoErrors();
        var page = site.Text("estados/tamaulipas/index.html");

        var chart = Chart(page, "tasa-tamaulipas");
        var points = Points(chart);

        // 2021: no row for either series, so no point at all.
        Assert.DoesNotContain(points, p => p.Year == "2021");
        // 2022: the country has a point, Tamaulipas (the emphasised series) does not.
        Assert.Equal(["2019", "2020", "2023"], points.Where(p => p.Emphasis).Select(p => p.Year));
        Assert.Equal(["1234.5", "1300.25", "1100.0"], points.Where(p => p.Emphasis).Select(p => p.Value));
        Assert.Equal(["2019", "2020", "2022", "2023"], points.Where(p => !p.Emphasis).Select(p => p.Year));
        Assert.DoesNotContain(points, p => decimal.Parse(p.Value, System.Globalization.CultureInfo.InvariantCulture) == 0);

        // The line breaks at the gap: Tamaulipas' only path joins 2019 and 2020 (2023 stands alone).
        var statePaths = chart.Descendants(ChartSvg.Svg + "g").Single(g => ChartSvg.HasClass(g, "grafica__serie") && ChartSvg.HasClass(g, "grafica__serie--enfasis"))
            .Elements(ChartSvg.Svg + "path").ToList();
        var path = Assert.Single(statePaths);
        Assert.Equal(2, ((string)path.Attribute("d")!).Count(c => c is 'M' or 'L'));

        // The table beside the chart has every year of the range; a gap reads «sin dato», es-MX numbers otherwise.
        var rows = TableRows(page, "tasa-tamaulipas");
        Assert.Equal(["2019", "2020", "2021", "2022", "2023"], rows.Keys);
        Assert.Equal(["1,234.5", "800.0"], rows["2019"]);
        Assert.Equal(["1,300.3", "810.5"], rows["2020"]); // one decimal, as declared; rounded away from zero
        Assert.Equal(["sin dato", "sin dato"], rows["2021"]);
        Assert.Equal(["sin dato", "820.0"], rows["2022"]);
        Assert.Equal(["1,100.0", "830.0"], rows["2023"]);
        Assert.DoesNotContain(rows.Values.SelectMany(c => c), c => c is "0" or "0.0");
    }

    [Fact]
    public void A_state_without_rows_gets_no_chart_and_the_latest_year_bar_chart_marks_it_without_data()
    {
        using var site = SiteFixture.Build(GapSite());
        site.AssertNoErrors();

        site.AssertFile("estados/chihuahua/index.html", "! tasa-chihuahua");
        var bars = Chart(site.Text("resultados/index.html"), "tasa-estados");
        var values = bars.Descendants().Where(e => ChartSvg.HasClass(e, "grafica__barra"))
            .ToDictionary(e => (string)e.Attribute("data-etiqueta")!, e => (string?)e.Attribute("data-valor"));
        Assert.Equal("1100.0", values["Tamaulipas"]);
        Assert.Equal("830.0", values["Nacional"]);
        Assert.DoesNotContain(values, v => v.Value is "0" or "0.0");

        var rows = TableRows(site.Text("resultados/index.html"), "tasa-estados");
        Assert.Equal(["sin dato"], rows["Chihuahua"]);
        Assert.Equal(["1,100.0"], rows["Tamaulipas"]);
    }

    [Fact]
    public void A_site_without_datasets_builds_and_has_a_results_page()
    {
        using var site = SiteFixture.Build(Mesa);

        site.AssertNoErrors();
        site.AssertFile("resultados/index.html", """
            Resultados
            Todavía no hay indicadores con gráfica en input/datos/.
            href="/resultados/datos/mesas-por-estado.csv"
            """);
        Assert.Equal(33, site.Text("resultados/datos/mesas-por-estado.csv").Trim().Split('\n').Length);
        site.AssertFile("estados/tamaulipas/index.html", "! grafica--lineas");
    }

    [Fact]
    public void A_site_without_datasets_or_mesas_builds_and_has_a_results_page()
    {
        using var site = SiteFixture.Build("");

        site.AssertNoErrors();
        site.AssertFile("resultados/index.html", """
            Todavía no hay indicadores con gráfica en input/datos/.
            href="/resultados/datos/mesas-por-estado.csv"
            """);
    }

    // ---- Reading charts and tables out of a page ------------------------------------------------------

    /// <summary>The inlined SVG of the chart of <c>{indicator}-{area}</c> (its title has the id <c>grafica-{id}-titulo</c>), parsed as XML.</summary>
    internal static XElement Chart(string page, string id)
    {
        id = "grafica-" + id;
        var title = page.IndexOf($"id=\"{id}-titulo\"", StringComparison.Ordinal);
        Assert.True(title > 0, $"the page has no chart «{id}»");
        var start = page.LastIndexOf("<svg", title, StringComparison.Ordinal);
        var end = page.IndexOf("</svg>", title, StringComparison.Ordinal) + "</svg>".Length;
        return XElement.Parse(page[start..end]);
    }

    internal static List<(string Year, string Value, bool Emphasis)> Points(XElement chart) =>
        chart.Descendants(ChartSvg.Svg + "g")
            .Where(g => ChartSvg.HasClass(g, "grafica__serie"))
            .SelectMany(g => g.Elements(ChartSvg.Svg + "circle").Select(c =>
                ((string)c.Attribute("data-anio")!, (string)c.Attribute("data-valor")!, ChartSvg.HasClass(g, "grafica__serie--enfasis"))))
            .ToList();

    /// <summary>The data table of the chart section <c>{id}</c>: row label → cells, HTML-decoded.</summary>
    internal static Dictionary<string, List<string>> TableRows(string page, string id)
    {
        id = "grafica-" + id;
        var start = page.IndexOf($"aria-labelledby=\"{id}-encabezado\"", StringComparison.Ordinal);
        Assert.True(start > 0, $"the page has no chart section «{id}»");
        var section = page[start..page.IndexOf("</section>", start, StringComparison.Ordinal)];
        var body = section[section.IndexOf("<tbody>", StringComparison.Ordinal)..section.IndexOf("</tbody>", StringComparison.Ordinal)];
        return TableRow().Matches(body).ToDictionary(
            m => WebUtility.HtmlDecode(Tag().Replace(m.Groups["label"].Value, "")).Trim(),
            m => Cell().Matches(m.Groups["cells"].Value).Select(c => WebUtility.HtmlDecode(c.Groups[1].Value).Trim()).ToList(),
            StringComparer.Ordinal);
    }

    [GeneratedRegex(@"<tr>\s*<th scope=""row"">(?<label>.*?)</th>(?<cells>.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex TableRow();

    [GeneratedRegex(@"<td[^>]*>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex Cell();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
