namespace Micrositio.Validate;

/// <summary>
/// The type of a front-matter or data field. <see cref="Expected"/> is what an error message says was
/// expected, in Spanish.
/// </summary>
public abstract record FieldType(string Expected)
{
    public sealed record Text() : FieldType("un texto");

    public sealed record Integer(int Min = 0) : FieldType($"un número entero (mayor o igual a {Min})");

    public sealed record Number(double Min, double Max) : FieldType($"un número entre {Min} y {Max} (con punto decimal, por ejemplo 0.25)");

    public sealed record HexColor() : FieldType("un color con el formato \"#rrggbb\", entre comillas, por ejemplo \"#0b4f6c\"");

    public sealed record Sha256() : FieldType("la huella SHA-256 del archivo: 64 caracteres hexadecimales en minúsculas (la da «sha256sum archivo»)");

    public sealed record Boolean() : FieldType("«true» (sí) o «false» (no)");

    public sealed record Date() : FieldType("una fecha con el formato AAAA-MM-DD, por ejemplo 2018-11-22");

    public sealed record PartialDate() : FieldType("una fecha AAAA-MM-DD, o solo año y mes (AAAA-MM), o solo el año (AAAA)");

    public sealed record DateTimeWithOffset() : FieldType("una fecha y hora con zona horaria, por ejemplo 2018-11-22T18:00:00-06:00");

    public sealed record DateOrDateTime() : FieldType("una fecha AAAA-MM-DD o una fecha y hora con zona horaria (2018-11-22T18:00:00-06:00)");

    public sealed record AbsoluteUrl() : FieldType("una dirección web completa que empiece con https://");

    public sealed record Email() : FieldType("un correo electrónico, por ejemplo prensa@example.org");

    public sealed record TimeZoneId() : FieldType("una zona horaria IANA, por ejemplo America/Mexico_City");

    public sealed record OneOf(IReadOnlyList<string> Values) : FieldType("uno de estos valores: " + string.Join(", ", Values));

    public sealed record ListOf(FieldType Item) : FieldType($"una lista (una línea por elemento, empezando con «- ») de {Item.Expected}");

    /// <summary>A mapping whose keys the author chooses (brand ids, mesa slugs); read as a list of <see cref="NamedValue"/>.</summary>
    public sealed record MapOf(FieldType Item, string KeyMeaning) : FieldType($"un grupo de claves (cada clave es {KeyMeaning}) con {Item.Expected}");

    /// <summary>A sponsor declared in <c>input/marca/manual.yml</c>, by its key.</summary>
    public sealed record SponsorRef() : FieldType("la clave de un patrocinador declarado en «patrocinadores» de input/marca/manual.yml");

    public sealed record Record(Schema Schema) : FieldType("un grupo de claves: " + string.Join(", ", Schema.Fields.Select(f => f.Key)));

    /// <summary>A state, by slug (<c>chihuahua</c>) or INEGI code (<c>"08"</c>); read as its slug.</summary>
    public sealed record StateRef() : FieldType("el slug de un estado (por ejemplo «chihuahua») o su clave INEGI entre comillas (por ejemplo \"08\")");

    /// <summary>A mesa, by the name of its file in <c>input/mesas/</c> without <c>.md</c>.</summary>
    public sealed record MesaRef() : FieldType("el slug de una mesa: el nombre de su archivo en input/mesas/ sin «.md»");

    /// <summary>A media contact declared in <c>sitio.yml</c>, by its <c>id</c>.</summary>
    public sealed record ContactRef() : FieldType("el id de un contacto de prensa declarado en input/sitio.yml");
}
