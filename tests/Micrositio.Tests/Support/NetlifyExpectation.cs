namespace Micrositio.Tests.Support;

/// <summary>What Netlify answers for a request: a status and either a Location or the file whose bytes it serves.</summary>
public sealed record NetlifyExpectation(int Status, string? Location, string? File, IReadOnlyDictionary<string, string> Headers)
{
    public override string ToString() => $"{Status} {Location ?? File ?? "(sin cuerpo)"}";
}
