using System.Globalization;
using System.Text;
using Micrositio.Diagnostics;
using Micrositio.Import;
using Micrositio.Load;
using Micrositio.Tests.Support;

namespace Micrositio.Tests.Import;

/// <summary>
/// The import of the public figures (SESNSP, CONAPO) into <c>input/datos/</c>: rates checked by hand against the
/// source files, every rate against the compilation's own annual file, and the committed CSVs reproduced byte for byte.
/// Tests marked <see cref="SharedDataFactAttribute"/> need the shared data folder (<c>../shared/data</c>) and are
/// skipped, saying so, where it is absent; the tests on small made-up files always run.
/// </summary>
public sealed class PublicDataImporterTests(PublicDataImporterTests.ImportedData import) : IClassFixture<PublicDataImporterTests.ImportedData>
{
    public static readonly string SharedData = Path.GetFullPath(Path.Combine(Repository.Root, "..", "shared", "data"));

    private static string Crime(string file) => Path.Combine(SharedData, "crime", file);

    /// <summary>Runs the import once, as <c>micrositio importar-datos ../shared/data</c> does, into a temp folder.</summary>
    public sealed class ImportedData : IDisposable
    {
        public ImportedData()
        {
            if (!SharedDataFactAttribute.Available)
            {
                return;
            }

            Folder = Path.Combine(Path.GetTempPath(), "micrositio-tests", "importar-" + Guid.NewGuid().ToString("N"));
            var input = new InputReader(Repository.Root, Repository.Input, new ErrorList()).Read();
            Result = PublicDataImporter.Run(SharedData, Folder, MesaMunicipalities.From(input));
        }

        public string? Folder { get; }

        public ImportResult? Result { get; }

        /// <summary>The rows of an output file, keyed by state code, indicator and year (state-level rows only).</summary>
        public Dictionary<(string State, string Indicator, int Year), string> StateRows(string file) =>
            CsvText.Parse(Text(file)).Rows
                .Where(r => r.Fields[1].Length == 0)
                .ToDictionary(r => (r.Fields[0], r.Fields[2], int.Parse(r.Fields[3], CultureInfo.InvariantCulture)), r => r.Fields[4]);

        public string Text(string file) => File.ReadAllText(Path.Combine(Folder!, file), Encoding.UTF8);

        public void Dispose()
        {
            if (Folder is not null && Directory.Exists(Folder))
            {
                Directory.Delete(Folder, recursive: true);
            }
        }
    }

    // ---- (a) Rates checked by hand against the source files -----------------------------------------

    [SharedDataFact]
    public void Colima_homicide_rate_2024_matches_the_hand_computation()
    {
        // Colima (INEGI 06), «Homicidio doloso», 2024.
        // sesnsp_victimas_estatal_mensual_2015-2024.csv, the twelve rows «2024-MM-01,Colima,Homicidio doloso,<total>»:
        //   69 + 43 + 54 + 101 + 81 + 78 + 75 + 63 + 67 + 69 + 86 + 53 = 839 victims.
        // conapo_poblacion_estatal_1970-2070.csv, row «Colima», column 2024: 762,387 inhabitants (mid-year).
        // 839 × 100,000 / 762,387 = 110.04909… → 110.05 per 100,000 (the compilation's README says 110.05 too).
        const long victims = 839;
        const long population = 762_387;
        const decimal rate = 110.05m;

        // The source files still say what the comment says.
        var months = File.ReadLines(Crime("sesnsp_victimas_estatal_mensual_2015-2024.csv"))
            .Select(l => l.Split(','))
            .Where(f => f[0].StartsWith("2024-", StringComparison.Ordinal) && f[1] == "Colima" && f[2] == "Homicidio doloso")
            .Select(f => long.Parse(f[3], CultureInfo.InvariantCulture))
            .ToList();
        Assert.Equal([69, 43, 54, 101, 81, 78, 75, 63, 67, 69, 86, 53], months);
        Assert.Equal(victims, months.Sum());
        Assert.Equal(population, ConapoPopulation("Colima", 2024));

        Assert.Equal(rate, PublicDataImporter.RatePer100k(victims, population));
        var rows = import.StateRows("victimas.csv");
        Assert.Equal("839", rows[("06", "homicidio-doloso", 2024)]);
        Assert.Equal("110.05", rows[("06", "homicidio-doloso-tasa", 2024)]);
    }

    [SharedDataFact]
    public void National_crime_rate_2023_matches_the_hand_computation()
    {
        // Whole country («00»), every crime of the fuero común, 2023.
        // sesnsp_idefc_estatal_2015-2024_raw_latin1.csv: the 3,136 rows of 2023 (32 states × 98 type/subtype/modality
        // rows), summed over Enero…Diciembre = 2,173,506 crimes (the shared README's sanity check says 2,173,506).
        // conapo_poblacion_estatal_1970-2070.csv, row «Estados Unidos Mexicanos», column 2023: 131,135,337 inhabitants.
        // 2,173,506 × 100,000 / 131,135,337 = 1,657.45255… → 1,657.45 per 100,000.
        const long crimes = 2_173_506;
        const long population = 131_135_337;
        const decimal rate = 1657.45m;

        Assert.Equal(population, ConapoPopulation("Estados Unidos Mexicanos", 2023));
        var raw = CsvText.Parse(File.ReadAllText(Crime("sesnsp_idefc_estatal_2015-2024_raw_latin1.csv"), Encoding.Latin1));
        var rows2023 = raw.Rows.Where(r => r.Fields[0] == "2023").ToList();
        Assert.Equal(3136, rows2023.Count);
        Assert.Equal(crimes, rows2023.Sum(r => r.Fields.Skip(7).Take(12).Sum(m => long.Parse(m, CultureInfo.InvariantCulture))));

        Assert.Equal(rate, PublicDataImporter.RatePer100k(crimes, population));
        var output = import.StateRows("incidencia.csv");
        Assert.Equal("2173506", output[("00", "delitos-fuero-comun", 2023)]);
        Assert.Equal("1657.45", output[("00", "delitos-fuero-comun-tasa", 2023)]);
    }

    [Theory]
    [InlineData(839, 762_387, "110.05")]
    [InlineData(1, 20_000_000, "0.01")] // exactly 0.005: half rounds away from zero
    [InlineData(5, 20_000_000, "0.03")] // exactly 0.025: away from zero, not to even (0.02)
    [InlineData(0, 1_000, "0")]
    [InlineData(1, 3, "33333.33")]
    public void Rates_are_per_100_000_rounded_to_two_decimals_half_away_from_zero(long count, long population, string expected)
    {
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), PublicDataImporter.RatePer100k(count, population));
    }

    // ---- (b) Every rate against the compilation's annual file ----------------------------------------

    [SharedDataFact]
    public void Every_victim_rate_equals_the_annual_file_of_the_compilation()
    {
        var categories = PublicDataImporter.VictimIndicators.ToDictionary(v => v.Category, v => v.Indicator, StringComparer.Ordinal);
        var annual = CsvText.Parse(File.ReadAllText(Crime("victimas_estatal_anual_2015-2024.csv"), Encoding.UTF8));
        Assert.Equal(["anio", "cve_ent", "entidad", "delito", "victimas", "poblacion", "tasa_100k"], annual.Header);
        var expected = annual.Rows
            .Where(r => categories.ContainsKey(r.Fields[3]))
            .ToDictionary(r => (r.Fields[1], categories[r.Fields[3]], int.Parse(r.Fields[0], CultureInfo.InvariantCulture)),
                r => (Victims: r.Fields[4], Rate: decimal.Parse(r.Fields[6], CultureInfo.InvariantCulture)));
        var output = import.StateRows("victimas.csv");
        var rates = output.Where(o => o.Key.Indicator.EndsWith(PublicDataImporter.RateSuffix, StringComparison.Ordinal)).ToList();

        // 33 areas (32 states and the country) × 4 categories × 10 years, and no rate the compilation lacks.
        Assert.Equal(33 * 4 * 10, expected.Count);
        Assert.Equal(expected.Count, rates.Count);
        var mismatches = new List<string>();
        foreach (var ((state, indicator, year), value) in rates)
        {
            var count = indicator[..^PublicDataImporter.RateSuffix.Length];
            if (!expected.TryGetValue((state, count, year), out var source))
            {
                mismatches.Add($"{state} {indicator} {year}: not in the annual file");
                continue;
            }

            if (decimal.Parse(value, CultureInfo.InvariantCulture) != source.Rate || output[(state, count, year)] != source.Victims)
            {
                mismatches.Add($"{state} {indicator} {year}: import {output[(state, count, year)]} victims, {value}; annual file {source.Victims}, {source.Rate}");
            }
        }

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} rate(s) differ from victimas_estatal_anual_2015-2024.csv:\n" + string.Join("\n", mismatches.Take(20)));
    }

    [SharedDataFact]
    public void Every_crime_count_equals_the_annual_file_of_the_compilation()
    {
        // The annual file sums the same raw rows by subtype; summed again by state and year, it must give the import's totals.
        var annual = CsvText.Parse(File.ReadAllText(Crime("incidencia_estatal_anual_2015-2024.csv"), Encoding.UTF8));
        var totals = annual.Rows
            .Where(r => r.Fields[7] == "12")
            .GroupBy(r => (r.Fields[1], int.Parse(r.Fields[0], CultureInfo.InvariantCulture)))
            .ToDictionary(g => g.Key, g => g.Sum(r => long.Parse(r.Fields[6], CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture));
        var output = import.StateRows("incidencia.csv")
            .Where(o => o.Key.Indicator == PublicDataImporter.CrimeIndicator)
            .ToDictionary(o => (o.Key.State, o.Key.Year), o => o.Value);

        Assert.Equal(33 * 9, output.Count);
        Assert.Equal(totals.OrderBy(t => t.Key), output.OrderBy(o => o.Key));
    }

    // ---- (c) The committed data is reproducible ------------------------------------------------------

    [SharedDataFact]
    public void The_import_reproduces_the_committed_csvs_byte_for_byte()
    {
        Assert.Empty(import.Result!.Warnings);
        string[] files = ["victimas.csv", "incidencia.csv", "poblacion.csv", "catalogos/municipios.csv"];
        Assert.Equal(files.Select(f => Path.Combine(import.Folder!, f)).Order(StringComparer.Ordinal), import.Result.WrittenFiles.Order(StringComparer.Ordinal));
        foreach (var file in files)
        {
            var committed = File.ReadAllBytes(Path.Combine(Repository.Input, "datos", file));
            var imported = File.ReadAllBytes(Path.Combine(import.Folder!, file));
            Assert.True(committed.AsSpan().SequenceEqual(imported),
                $"input/datos/{file} is not what «micrositio importar-datos ../shared/data» writes; run it and commit the result. " + FirstDifference(committed, imported));
        }
    }

    // ---- (d) An incomplete year is a gap --------------------------------------------------------------

    [SharedDataFact]
    public void Crimes_of_2024_are_a_gap_because_december_is_not_published()
    {
        // The raw file has 2024 rows, but none with December.
        var raw = CsvText.Parse(File.ReadAllText(Crime("sesnsp_idefc_estatal_2015-2024_raw_latin1.csv"), Encoding.Latin1));
        Assert.Equal("Diciembre", raw.Header[18]);
        var rows2024 = raw.Rows.Where(r => r.Fields[0] == "2024").ToList();
        Assert.NotEmpty(rows2024);
        Assert.All(rows2024, r => Assert.Equal("", r.Fields[18]));

        var output = import.StateRows("incidencia.csv");
        Assert.DoesNotContain(output.Keys, k => k.Year == 2024);
        Assert.Equal(Enumerable.Range(2015, 9), output.Keys.Select(k => k.Year).Distinct().Order());
        // Every area has every complete year, for the count and the rate: the gap is 2024 only.
        Assert.Equal(33 * 9 * 2, output.Count);
        Assert.DoesNotContain(",2024,", File.ReadAllText(Path.Combine(Repository.Input, "datos", "incidencia.csv")), StringComparison.Ordinal);

        // The victims series has all twelve months of 2024, so 2024 is there.
        Assert.Equal("110.05", import.StateRows("victimas.csv")[("06", "homicidio-doloso-tasa", 2024)]);
    }

    [Fact]
    public void A_year_with_an_empty_month_is_left_out_of_the_crimes_not_annualised()
    {
        using var folder = new TempFolder();
        var months2023 = string.Join(',', Enumerable.Repeat("1", 12));
        var months2024 = string.Join(',', Enumerable.Repeat("2", 11)) + ",";
        var raw = folder.Write("raw.csv",
            "Año,Clave_Ent,Entidad,Bien jurídico afectado,Tipo de delito,Subtipo de delito,Modalidad,Enero,Febrero,Marzo,Abril,Mayo,Junio,Julio,Agosto,Septiembre,Octubre,Noviembre,Diciembre\n" +
            $"2023,6,Colima,La vida,Homicidio,Homicidio doloso,Con arma de fuego,{months2023}\n" +
            $"2023,6,Colima,La vida,Homicidio,Homicidio doloso,Con arma blanca,{months2023}\n" +
            $"2024,6,Colima,La vida,Homicidio,Homicidio doloso,Con arma de fuego,{months2024}\n",
            Encoding.Latin1);
        var population = new Dictionary<(string, int), long> { [("06", 2023)] = 1000, [("00", 2023)] = 2000, [("06", 2024)] = 1000, [("00", 2024)] = 2000 };

        var rows = PublicDataImporter.CrimeRows(raw, population).Select(r => string.Join(',', r)).ToList();

        Assert.Equal(
        [
            "00,,delitos-fuero-comun,2023,24,delitos,SESNSP (incidencia); CONAPO",
            "00,,delitos-fuero-comun-tasa,2023,1200.00,delitos por cada 100 000 habitantes,SESNSP (incidencia); CONAPO",
            "06,,delitos-fuero-comun,2023,24,delitos,SESNSP (incidencia); CONAPO",
            "06,,delitos-fuero-comun-tasa,2023,2400.00,delitos por cada 100 000 habitantes,SESNSP (incidencia); CONAPO",
        ], rows);
    }

    [Fact]
    public void A_victim_series_with_fewer_than_twelve_months_is_left_out()
    {
        using var folder = new TempFolder();
        var text = new StringBuilder("isodate,entidad,delito,total\n");
        for (var month = 1; month <= 12; month++)
        {
            text.Append(CultureInfo.InvariantCulture, $"2023-{month:00}-01,Colima,Homicidio doloso,10\n");
            text.Append(CultureInfo.InvariantCulture, $"2023-{month:00}-01,Colima,Aborto,1\n"); // not published
            if (month <= 11)
            {
                text.Append(CultureInfo.InvariantCulture, $"2024-{month:00}-01,Colima,Homicidio doloso,10\n");
            }
        }

        var monthly = folder.Write("victimas.csv", text.ToString(), Encoding.UTF8);
        var population = new Dictionary<(string, int), long> { [("06", 2023)] = 731_391, [("06", 2024)] = 762_387 };

        var rows = PublicDataImporter.VictimRows(monthly, new Dictionary<string, string> { ["Colima"] = "06" }, population).Select(r => string.Join(',', r)).ToList();

        // 120 × 100 000 / 731 391 = 16.4069… → 16.41
        Assert.Equal(
        [
            "06,,homicidio-doloso,2023,120,víctimas,SESNSP (víctimas); CONAPO",
            "06,,homicidio-doloso-tasa,2023,16.41,víctimas por cada 100 000 habitantes,SESNSP (víctimas); CONAPO",
        ], rows);
    }

    // ---- Helpers --------------------------------------------------------------------------------------

    private static long ConapoPopulation(string entity, int year)
    {
        var lines = File.ReadLines(Crime("conapo_poblacion_estatal_1970-2070.csv")).Select(l => l.Split(',')).ToList();
        var column = Array.IndexOf(lines[0], year.ToString(CultureInfo.InvariantCulture));
        return long.Parse(lines.Single(l => l[0] == entity)[column], CultureInfo.InvariantCulture);
    }

    private static string FirstDifference(byte[] committed, byte[] imported)
    {
        var a = Encoding.UTF8.GetString(committed).Split('\n');
        var b = Encoding.UTF8.GetString(imported).Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "(end of file)";
            var right = i < b.Length ? b[i] : "(end of file)";
            if (left != right)
            {
                return $"First difference on line {i + 1}: committed «{left}», imported «{right}».";
            }
        }

        return "The lines are equal; the bytes differ (line endings or BOM?).";
    }

    private sealed class TempFolder : IDisposable
    {
        private readonly string _path = Path.Combine(Path.GetTempPath(), "micrositio-tests", "importar-" + Guid.NewGuid().ToString("N"));

        public TempFolder() => Directory.CreateDirectory(_path);

        public string Write(string name, string text, Encoding encoding)
        {
            var path = Path.Combine(_path, name);
            File.WriteAllBytes(path, encoding.GetBytes(text));
            return path;
        }

        public void Dispose() => Directory.Delete(_path, recursive: true);
    }
}

/// <summary>A fact that needs the shared public data folder (<c>../shared/data</c>); skipped, saying why, without it.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public static bool Available =>
        Directory.Exists(Path.Combine(PublicDataImporterTests.SharedData, "crime")) &&
        Directory.Exists(Path.Combine(PublicDataImporterTests.SharedData, "mexico-states"));

    public SharedDataFactAttribute()
    {
        if (!Available)
        {
            Skip = $"The shared public data folder ({PublicDataImporterTests.SharedData}) is not there; these tests check the import against it.";
        }
    }
}
