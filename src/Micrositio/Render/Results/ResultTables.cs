using Micrositio.Assemble;
using Micrositio.Content;

namespace Micrositio.Render.Results;

/// <summary>The downloadable tables: every dataset of <c>input/datos/</c>, then the network's own figures.</summary>
public static class ResultTables
{
    private const string SiteLicense = "Contenido publicado por la Red Nacional de Mesas de Seguridad y Justicia y México SOS; cite la fuente.";

    private static readonly DataColumn StateCode = new("clave_estado", ColumnType.Text, "Clave INEGI de dos dígitos del estado; «00» es el total nacional.");
    private static readonly DataColumn StateName = new("estado", ColumnType.Text, "Nombre del estado («Nacional» para el total).");

    public static IReadOnlyList<DataTable> All(SiteModel site) =>
        site.Results.Data.Datasets.Select(Imported)
            .Concat([MesasByState(site), AchievementsByStateAndAxis(site), Meetings(site), Votes(site)])
            .ToList();

    public static DataTable Imported(Dataset dataset) => new(
        dataset.Id,
        dataset.Source,
        [
            StateCode,
            new("clave_municipio", ColumnType.Text, "Clave INEGI de cinco dígitos del municipio; vacía en los datos estatales y nacionales.", Optional: true),
            new("indicador", ColumnType.Text, "Identificador del indicador (vea «indicadores»)."),
            new("anio", ColumnType.Integer, "Año al que se refiere el valor. Un año sin fila no tiene dato."),
            new("valor", ColumnType.Number, "Valor del indicador, en la unidad de la fila."),
            new("unidad", ColumnType.Text, "Unidad del valor."),
            new("fuente", ColumnType.Text, "Fuente abreviada; la cita completa está en «fuente» del conjunto."),
        ],
        dataset.Observations.Select(o => new object?[] { o.StateCode, o.MunicipalityCode, o.Indicator, o.Year, o.Value, o.Unit, o.Source }).ToList(),
        dataset.Indicators);

    private static DataSource Counted(string title, string description, string citation) =>
        new(title, description, citation, null, null, null, SiteLicense, ["Se calcula con el contenido del sitio cada vez que se publica."]);

    private static DataTable MesasByState(SiteModel site) => new(
        "mesas-por-estado",
        Counted("Mesas por estado", "Mesas de Seguridad y Justicia con página en este sitio, por estado.",
            $"Páginas de mesas de este sitio; {site.Content.Network.Source}"),
        [StateCode, StateName, new("mesas", ColumnType.Integer, "Mesas con página en este sitio.")],
        site.Content.States.Select(s => new object?[] { s.Code, s.Name, site.MesasByState[s.Slug].Count() }).ToList(),
        []);

    private static DataTable AchievementsByStateAndAxis(SiteModel site)
    {
        var rows = site.Content.States
            .Select(s => (s.Code, s.Name, Achievements: site.AchievementsByState[s.Slug]))
            .Prepend((Code: ResultsData.NationalCode, Name: "Nacional", Achievements: site.AchievementsNewestFirst.Where(a => a.States.Count == 0)))
            .SelectMany(s => Axis.All.Select(axis => new object?[] { s.Code, s.Name, axis, s.Achievements.Count(a => a.Axis == axis) }))
            .Where(r => (int)r[3]! > 0)
            .ToList();
        return new DataTable(
            "logros-por-estado-y-eje",
            Counted("Logros por estado y eje", "Logros de México SOS y de la Red por estado y eje estratégico; los de alcance nacional llevan la clave «00».",
                "Páginas de logros de este sitio"),
            [StateCode, StateName, new("eje", ColumnType.Text, "Eje estratégico: " + string.Join(", ", Axis.All) + "."), new("logros", ColumnType.Integer, "Número de logros.")],
            rows,
            []);
    }

    private static DataTable Meetings(SiteModel site) => new(
        "encuentros",
        Counted("Encuentros nacionales", "Sede, fechas, mesas invitadas y asistentes, y cobertura de medios de cada encuentro nacional de la Red.",
            "Páginas de encuentros de este sitio; " + site.Content.Network.Source),
        [
            new("numero", ColumnType.Integer, "Número del encuentro."),
            new("encuentro", ColumnType.Text, "Nombre del encuentro."),
            new("fecha_inicio", ColumnType.Text, "Primer día (AAAA-MM-DD)."),
            new("fecha_fin", ColumnType.Text, "Último día (AAAA-MM-DD).", Optional: true),
            new("sede", ColumnType.Text, "Ciudad sede."),
            StateCode,
            new("mesas_invitadas", ColumnType.Integer, "Mesas invitadas.", Optional: true),
            new("mesas_asistentes", ColumnType.Integer, "Mesas que asistieron."),
            new("medios", ColumnType.Integer, "Medios de comunicación que cubrieron el encuentro.", Optional: true),
            new("medios_nacionales", ColumnType.Integer, "De ellos, medios nacionales.", Optional: true),
        ],
        site.MeetingsNewestFirst.OrderBy(m => m.Number).Select(m => new object?[]
        {
            m.Number, m.Title, Iso(m.Start), m.End is { } end ? Iso(end) : null, m.Venue, site.StatesBySlug[m.State].Code,
            m.MesasInvited, m.Attendees.Count, m.Media?.Total, m.Media?.National,
        }).ToList(),
        []);

    private static DataTable Votes(SiteModel site) => new(
        "votaciones",
        Counted("Votaciones de los encuentros", "Votos de las mesas en las votaciones de los encuentros nacionales.", "Páginas de encuentros de este sitio"),
        [
            new("numero", ColumnType.Integer, "Número del encuentro."),
            new("asunto", ColumnType.Text, "Qué se votó."),
            new("opcion", ColumnType.Text, "Opción."),
            new("votos", ColumnType.Integer, "Votos que recibió la opción."),
        ],
        site.MeetingsNewestFirst.OrderBy(m => m.Number).Where(m => m.Vote is not null)
            .SelectMany(m => m.Vote!.Options.Select(o => new object?[] { m.Number, m.Vote.Subject, o.Option, o.Votes }))
            .ToList(),
        []);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
