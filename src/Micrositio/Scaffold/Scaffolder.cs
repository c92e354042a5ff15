using System.Text;
using Micrositio.Brand;
using Micrositio.Text;
using Micrositio.Validate;

namespace Micrositio.Scaffold;

/// <summary>
/// <c>new mesa|logro|comunicado</c>: writes a new content file whose front matter lists every key of its
/// schema with a comment, required keys filled with valid values and optional ones commented out.
/// </summary>
public static class Scaffolder
{
    public static IReadOnlyList<string> Kinds { get; } = ["mesa", "logro", "comunicado"];

    /// <param name="Files">Other files to create (a new mesa's example logos), by path from the repository root.</param>
    /// <param name="ManualEntry">Lines to add under «mesas: logotipos:» of the brand manual, if any.</param>
    public sealed record Scaffold(string RelativePath, string Text)
    {
        public IReadOnlyList<(string Path, string Text)> Files { get; init; } = [];

        public string? ManualEntry { get; init; }
    }

    /// <param name="kind">One of <see cref="Kinds"/>.</param>
    /// <param name="title">The name of the mesa or the title of the achievement or release.</param>
    /// <param name="today">The date for dated content, in the site's time zone.</param>
    /// <param name="contactId">A media contact id from sitio.yml, for releases.</param>
    public static Scaffold Create(string kind, string title, DateOnly today, string contactId)
    {
        var slug = Slugs.From(title);
        var date = today.ToString("yyyy-MM-dd");
        return kind switch
        {
            "mesa" => new($"input/mesas/{slug}.md", Render(ContentSchemas.Mesa, new()
            {
                ["nombre"] = Quote(title),
                ["resumen"] = Quote("Escriba aquí una frase que describa la mesa."),
            }, "Describa aquí la mesa: dónde trabaja, con quién y qué ha logrado. Use «## » para las secciones."))
            {
                Files = ExampleLogo.Variants.Select(v => ("input/marca/" + ExampleLogo.MesaFile(slug, v), ExampleLogo.Mesa(slug, title, v))).ToList(),
                ManualEntry = $"    {slug}:\n" + string.Concat(ExampleLogo.Variants.Select(v =>
                    $"      {v}: {{archivo: {ExampleLogo.MesaFile(slug, v)}, sha256: {ExampleLogo.Sha256(Encoding.UTF8.GetBytes(ExampleLogo.Mesa(slug, title, v)))}}}\n")),
            },
            "logro" => new($"input/logros/{date}-{slug}.md", Render(ContentSchemas.Achievement, new()
            {
                ["titulo"] = Quote(title),
                ["fecha"] = date,
                ["resumen"] = Quote("Escriba aquí una frase que resuma el logro."),
            }, "Cuente aquí el logro con sus fechas y fuentes. Enlace mesas y estados con `[texto](mesa:slug)` o `[texto](estado:slug)`.")),
            "comunicado" => new($"input/prensa/{date}-{slug}.md", Render(ContentSchemas.PressRelease, new()
            {
                ["titulo"] = Quote(title),
                ["fecha"] = date,
                ["contacto"] = contactId,
                ["resumen"] = Quote("Escriba aquí una o dos frases que resuman el comunicado."),
            }, "Escriba aquí el cuerpo del comunicado. El lugar y la fecha del encabezado se añaden solos.")),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown content kind"),
        };
    }

    private static string Render(Schema schema, Dictionary<string, string> values, string body)
    {
        var text = new StringBuilder("---\n");
        foreach (var field in schema.Fields)
        {
            text.Append("# ").Append(char.ToUpperInvariant(field.Description[0])).Append(field.Description[1..])
                .Append(field.Required ? " (obligatoria). " : " (opcional). ")
                .Append("Se espera ").Append(field.Type.Expected).Append(".\n");
            var value = values.GetValueOrDefault(field.Key) ?? (field.Required ? field.Example : null);
            text.Append(value is null ? $"# {field.Key}: {field.Example}\n" : $"{field.Key}: {value}\n");
        }

        return text.Append("---\n\n").Append(body).Append('\n').ToString();
    }

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
