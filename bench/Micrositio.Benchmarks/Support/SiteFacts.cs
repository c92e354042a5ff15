namespace Micrositio.Benchmarks.Support;

/// <summary>What a release PDF prints from sitio.yml.</summary>
internal sealed record SiteFacts(
    string Title,
    string BaseUrl,
    string Language,
    string ContactRole,
    string ContactEmail,
    IReadOnlyList<(string Title, string Text)> About);
