using System.Collections.Concurrent;
using Micrositio.Diagnostics;

namespace Micrositio.PostProcess;

/// <summary>
/// What <see cref="LogoCheck"/> found, by message: a theme mistake repeats on every page, and is reported once
/// with the pages it is on.
/// </summary>
public sealed class LogoFindings
{
    private readonly ConcurrentDictionary<(string Message, string Hint), ConcurrentBag<(string File, string Url)>> _found = new();

    public void Add(string message, string hint, string file, string url) => _found.GetOrAdd((message, hint), _ => []).Add((file, url));

    /// <summary>Reports every finding once, naming its first page and how many more share it.</summary>
    public void Report(ErrorList errors)
    {
        foreach (var ((message, hint), where) in _found)
        {
            var found = where.Distinct().OrderBy(w => w.Url, StringComparer.Ordinal).ToList();
            var others = found.Count == 1 ? "" : $" (y {found.Count - 1} página{(found.Count == 2 ? "" : "s")} más: {string.Join(", ", found.Skip(1).Take(5).Select(p => p.Url))}{(found.Count > 6 ? ", …" : "")})";
            errors.Add(Stage.PostProcess, found[0].File, null, null, $"página {found[0].Url}{others}: {message}", hint);
        }
    }
}
