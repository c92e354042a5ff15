namespace Micrositio.Render.Charts;

internal static class SpanishList
{
    /// <summary>"2019", "2019 y 2020", "2018, 2019 y 2020".</summary>
    public static string Join(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " y " + items[^1],
    };
}
