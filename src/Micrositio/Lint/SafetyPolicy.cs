namespace Micrositio.Lint;

/// <summary>
/// What the personal-data lint accepts and what it protects: the media contacts declared in sitio.yml,
/// the deliberate exceptions of <c>input/permitidos.yml</c>, and the names of
/// <c>input/privado/protegidos.txt</c> (or the <c>MICROSITIO_PROTEGIDOS</c> environment variable).
/// </summary>
public sealed record SafetyPolicy(
    IReadOnlyCollection<string> ContactEmails,
    IReadOnlyCollection<string> ContactPhones,
    IReadOnlyCollection<string> AllowedValues,
    IReadOnlyCollection<string> ProtectedNames)
{
    public static SafetyPolicy Empty { get; } = new([], [], [], []);

    /// <summary>Every value, labelled, one per entry: two policies are the same when these are.</summary>
    public IEnumerable<string> Describe() =>
        ContactEmails.Select(v => "correo:" + v)
            .Concat(ContactPhones.Select(v => "telefono:" + v))
            .Concat(AllowedValues.Select(v => "permitido:" + v))
            .Concat(ProtectedNames.Select(v => "protegido:" + v));
}
