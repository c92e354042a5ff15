namespace Micrositio.Validate;

/// <summary>
/// The type of a front-matter or data field. <see cref="Expected"/> is what an error message says was
/// expected, in Spanish.
/// </summary>
public abstract record FieldType(string Expected)
{
    public sealed record Text() : FieldType("un texto");

    public sealed record Integer(int Min = 0) : FieldType($"un número entero (mayor o igual a {Min})");

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

    public sealed record Record(Schema Schema) : FieldType("un grupo de claves: " + string.Join(", ", Schema.Fields.Select(f => f.Key)));

    /// <summary>A state, by slug (<c>chihuahua</c>) or INEGI code (<c>"08"</c>); read as its slug.</summary>
    public sealed record StateRef() : FieldType("el slug de un estado (por ejemplo «chihuahua») o su clave INEGI entre comillas (por ejemplo \"08\")");

    /// <summary>A mesa, by the name of its file in <c>input/mesas/</c> without <c>.md</c>.</summary>
    public sealed record MesaRef() : FieldType("el slug de una mesa: el nombre de su archivo en input/mesas/ sin «.md»");

    /// <summary>A media contact declared in <c>sitio.yml</c>, by its <c>id</c>.</summary>
    public sealed record ContactRef() : FieldType("el id de un contacto de prensa declarado en input/sitio.yml");
}
