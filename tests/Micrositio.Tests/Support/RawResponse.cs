namespace Micrositio.Tests.Support;

/// <summary>One HTTP answer as it came over the wire.</summary>
public sealed record RawResponse(int Status, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string? Header(string name) => Headers.GetValueOrDefault(name);
}
