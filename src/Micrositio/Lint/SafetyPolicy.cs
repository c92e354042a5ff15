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
}
