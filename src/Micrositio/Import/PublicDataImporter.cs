using System.Globalization;
using System.Text;
using Micrositio.Load;

namespace Micrositio.Import;

/// <summary>A municipality a mesa works in, as written in its front matter, and the state's INEGI code.</summary>
public sealed record MesaMunicipality(string Mesa, string StateCode, string Name);

/// <summary>What an import wrote, and the mesa municipalities it could not find in CONAPO's list.</summary>
public sealed record ImportResult(IReadOnlyList<string> WrittenFiles, IReadOnlyList<string> Warnings);

/// <summary>
/// Turns the public figures of the shared data folder (SESNSP crimes and victims, CONAPO population) into the
/// tidy CSVs of <c>input/datos/</c>. It runs by hand (<c>./micrositio importar-datos</c>) when the sources are
/// updated; the build only reads its output, so the site never depends on files outside the repository.
/// Rates are computed here, from the raw counts and CONAPO's mid-year population.
/// </summary>
public static class PublicDataImporter
{
    public const string National = "00";
    public const int FirstYear = 2015;
    public const int LastYear = 2024;

    /// <summary>SESNSP victim categories published, with the indicator id they get.</summary>
    public static IReadOnlyList<(string Category, string Indicator)> VictimIndicators { get; } =
    [
        ("Homicidio doloso", "homicidio-doloso"),
        ("Feminicidio", "feminicidio"),
        ("Secuestro", "secuestro"),
        ("Extorsión", "extorsion"),
    ];

    public const string CrimeIndicator = "delitos-fuero-comun";
    public const string PopulationIndicator = "poblacion";
    public const string RateSuffix = "-tasa";

    public static readonly string[] Header = ["clave_estado", "clave_municipio", "indicador", "anio", "valor", "unidad", "fuente"];

    public static ImportResult Run(string sharedDataDirectory, string datasetsDirectory, IReadOnlyList<MesaMunicipality> mesaMunicipalities)
    {
        var crime = Path.Combine(sharedDataDirectory, "crime");
        var codesByName = StateCodesByName(Path.Combine(sharedDataDirectory, "mexico-states", "estados-claves.csv"));
        var population = StatePopulation(Path.Combine(crime, "conapo_poblacion_estatal_1970-2070.csv"), codesByName);
        var municipal = CsvText.Parse(File.ReadAllText(Path.Combine(crime, "conapo_poblacion_municipal_1990-2040.csv"), Encoding.UTF8));
        var warnings = new List<string>();
        var written = new List<string>();

        void Write(string relative, IEnumerable<string[]> rows, string[]? header = null)
        {
            var path = Path.Combine(datasetsDirectory, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var text = new StringBuilder().Append(CsvText.Line(header ?? Header)).Append('\n');
            foreach (var row in rows)
            {
                text.Append(CsvText.Line(row)).Append('\n');
            }

            File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
            written.Add(path);
        }

        Write("victimas.csv", VictimRows(Path.Combine(crime, "sesnsp_victimas_estatal_mensual_2015-2024.csv"), codesByName, population));
        Write("incidencia.csv", CrimeRows(Path.Combine(crime, "sesnsp_idefc_estatal_2015-2024_raw_latin1.csv"), population));
        Write("poblacion.csv", PopulationRows(population).Concat(MunicipalRows(municipal, mesaMunicipalities, warnings)));
        Write("catalogos/municipios.csv",
            municipal.Rows.Select(r => new[] { r.Fields[0], r.Fields[0][..2], r.Fields[2] }).OrderBy(r => r[0], StringComparer.Ordinal),
            ["clave_municipio", "clave_estado", "nombre"]);
        return new ImportResult(written, warnings);
    }

    /// <summary>Victims per 100 000 inhabitants, rounded to two decimals the way SESNSP-based reports do.</summary>
    public static decimal RatePer100k(long count, long population) =>
        Math.Round(count * 100_000m / population, 2, MidpointRounding.AwayFromZero);

    /// <summary>Victims of each category by state and year: the sum of SESNSP's twelve monthly figures.</summary>
    internal static IEnumerable<string[]> VictimRows(string monthlyFile, IReadOnlyDictionary<string, string> codesByName,
        IReadOnlyDictionary<(string, int), long> population)
    {
        var csv = CsvText.Parse(File.ReadAllText(monthlyFile, Encoding.UTF8));
        var wanted = VictimIndicators.ToDictionary(v => v.Category, v => v.Indicator, StringComparer.Ordinal);
        var totals = new SortedDictionary<(string Code, string Indicator, int Year), long>();
        var months = new Dictionary<(string, string, int), int>();
        foreach (var row in csv.Rows)
        {
            if (!wanted.TryGetValue(row.Fields[2], out var indicator))
            {
                continue;
            }

            var key = (codesByName[row.Fields[1]], indicator, int.Parse(row.Fields[0][..4], CultureInfo.InvariantCulture));
            totals[key] = totals.GetValueOrDefault(key) + long.Parse(row.Fields[3], CultureInfo.InvariantCulture);
            months[key] = months.GetValueOrDefault(key) + 1;
        }

        const string source = "SESNSP (víctimas); CONAPO";
        foreach (var ((code, indicator, year), victims) in totals)
        {
            if (months[(code, indicator, year)] != 12)
            {
                continue; // an incomplete year is left out: a gap in the series, never a partial figure
            }

            yield return Row(code, "", indicator, year, victims.ToString(CultureInfo.InvariantCulture), "víctimas", source);
            yield return Row(code, "", indicator + RateSuffix, year, Format(RatePer100k(victims, population[(code, year)])),
                "víctimas por cada 100 000 habitantes", source);
        }
    }

    /// <summary>
    /// Crimes of the fuero común by state and year, summed over every type, subtype, modality and month of SESNSP's
    /// raw file. A year with a month not yet published (December 2024 in this cut) is left out, not annualised.
    /// </summary>
    internal static IEnumerable<string[]> CrimeRows(string rawLatin1File, IReadOnlyDictionary<(string, int), long> population)
    {
        var csv = CsvText.Parse(File.ReadAllText(rawLatin1File, Encoding.Latin1));
        var totals = new SortedDictionary<(string Code, int Year), long>(Comparer<(string, int)>.Create((a, b) =>
            string.CompareOrdinal(a.Item1, b.Item1) is var c and not 0 ? c : a.Item2.CompareTo(b.Item2)));
        var incomplete = new HashSet<int>();
        foreach (var row in csv.Rows)
        {
            var year = int.Parse(row.Fields[0], CultureInfo.InvariantCulture);
            var code = int.Parse(row.Fields[1], CultureInfo.InvariantCulture).ToString("00", CultureInfo.InvariantCulture);
            var months = row.Fields.Skip(7).Take(12).ToList();
            if (months.Any(m => m.Length == 0))
            {
                incomplete.Add(year);
            }

            var sum = months.Where(m => m.Length > 0).Sum(m => long.Parse(m, CultureInfo.InvariantCulture));
            totals[(code, year)] = totals.GetValueOrDefault((code, year)) + sum;
            totals[(National, year)] = totals.GetValueOrDefault((National, year)) + sum;
        }

        const string source = "SESNSP (incidencia); CONAPO";
        foreach (var ((code, year), crimes) in totals.Where(t => !incomplete.Contains(t.Key.Year)))
        {
            yield return Row(code, "", CrimeIndicator, year, crimes.ToString(CultureInfo.InvariantCulture), "delitos", source);
            yield return Row(code, "", CrimeIndicator + RateSuffix, year, Format(RatePer100k(crimes, population[(code, year)])),
                "delitos por cada 100 000 habitantes", source);
        }
    }

    private static IEnumerable<string[]> PopulationRows(IReadOnlyDictionary<(string Code, int Year), long> population) =>
        population
            .Where(p => p.Key.Year is >= FirstYear and <= LastYear)
            .OrderBy(p => p.Key.Code, StringComparer.Ordinal).ThenBy(p => p.Key.Year)
            .Select(p => Row(p.Key.Code, "", PopulationIndicator, p.Key.Year, p.Value.ToString(CultureInfo.InvariantCulture), "habitantes", "CONAPO"));

    /// <summary>Population of the municipalities the mesas name, matched by state and name (accents and case aside).</summary>
    private static IEnumerable<string[]> MunicipalRows(CsvDocument municipal, IReadOnlyList<MesaMunicipality> mesaMunicipalities, List<string> warnings)
    {
        var years = municipal.Header.Select((h, i) => (h, i)).Where(c => int.TryParse(c.h, out var y) && y is >= FirstYear and <= LastYear).ToList();
        var rows = new SortedDictionary<string, CsvRow>(StringComparer.Ordinal);
        foreach (var wanted in mesaMunicipalities)
        {
            var match = municipal.Rows.FirstOrDefault(r => r.Fields[0][..2] == wanted.StateCode && Text.Slugs.From(r.Fields[2]) == Text.Slugs.From(wanted.Name));
            if (match is null)
            {
                warnings.Add($"{wanted.Mesa}: el municipio «{wanted.Name}» no está en la lista de CONAPO para el estado {wanted.StateCode}.");
                continue;
            }

            rows[match.Fields[0]] = match;
        }

        return rows.Values.SelectMany(r => years.Select(y =>
            Row(r.Fields[0][..2], r.Fields[0], PopulationIndicator, int.Parse(y.h, CultureInfo.InvariantCulture), r.Fields[y.i], "habitantes", "CONAPO")));
    }

    /// <summary>CONAPO's mid-year population by state code ("00" for the country) and year.</summary>
    internal static Dictionary<(string Code, int Year), long> StatePopulation(string file, IReadOnlyDictionary<string, string> codesByName)
    {
        var csv = CsvText.Parse(File.ReadAllText(file, Encoding.UTF8));
        var population = new Dictionary<(string, int), long>();
        foreach (var row in csv.Rows)
        {
            var code = codesByName[row.Fields[0]];
            for (var i = 1; i < csv.Header.Count; i++)
            {
                population[(code, int.Parse(csv.Header[i], CultureInfo.InvariantCulture))] = long.Parse(row.Fields[i], CultureInfo.InvariantCulture);
            }
        }

        return population;
    }

    /// <summary>Official state names (as SESNSP and CONAPO write them) to INEGI codes; both national labels map to "00".</summary>
    internal static Dictionary<string, string> StateCodesByName(string keysFile)
    {
        var csv = CsvText.Parse(File.ReadAllText(keysFile, Encoding.UTF8));
        var codes = csv.Rows.ToDictionary(r => r.Fields[1], r => r.Fields[0], StringComparer.Ordinal);
        codes["Nacional"] = National;
        codes["Estados Unidos Mexicanos"] = National;
        return codes;
    }

    private static string[] Row(string state, string municipality, string indicator, int year, string value, string unit, string source) =>
        [state, municipality, indicator, year.ToString(CultureInfo.InvariantCulture), value, unit, source];

    private static string Format(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
