namespace Micrositio.Tests.Fuzz.Harness;

/// <summary>How many lines each file has, the highest count any reader could see (YAML also breaks lines at CR, NEL, LS and PS).</summary>
public static class LineCounts
{
    private static readonly Lazy<Dictionary<string, int>> Shipped = new(() =>
        SeedCorpus.Instance.Files.ToDictionary(f => f.Key, f => Count(f.Value), StringComparer.Ordinal));

    /// <summary>The shipped files' counts, with <paramref name="path"/> counted from <paramref name="bytes"/>.</summary>
    public static IReadOnlyDictionary<string, int> For(string path, byte[] bytes) =>
        new Dictionary<string, int>(Shipped.Value, StringComparer.Ordinal) { [path] = Count(bytes) };

    public static int Count(byte[] bytes)
    {
        var text = InMemoryInput.Decode(bytes);
        return 1 + text.Count(c => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029');
    }
}
