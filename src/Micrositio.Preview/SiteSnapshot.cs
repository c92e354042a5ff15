using Micrositio.Write;

namespace Micrositio.Preview;

/// <summary>
/// One generated site as the preview serves it: the files (by path inside output/, forward slashes) of the
/// last good build, and the errors of the latest build when it failed — the last good site stays served
/// and the errors are shown on top of it.
/// </summary>
public sealed record SiteSnapshot(IReadOnlyDictionary<string, OutputFile> Files, int Version, IReadOnlyList<string> Errors)
{
    public static readonly SiteSnapshot Empty = new(new Dictionary<string, OutputFile>(), 0, []);

    public bool Failed => Errors.Count > 0;

    public static SiteSnapshot Of(IEnumerable<OutputFile> files, int version) =>
        new(files.ToDictionary(f => f.Path, StringComparer.Ordinal), version, []);

    /// <summary>This snapshot with <paramref name="files"/> added or replaced at their paths.</summary>
    public SiteSnapshot With(IEnumerable<OutputFile> files, int version)
    {
        var merged = new Dictionary<string, OutputFile>(Files, StringComparer.Ordinal);
        foreach (var file in files)
        {
            merged[file.Path] = file;
        }

        return this with { Files = merged, Version = version };
    }

    /// <summary>A folder already built (or hand-made), read once.</summary>
    public static SiteSnapshot FromDirectory(string directory) => Of(
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Select(path => new OutputFile(
            Path.GetRelativePath(directory, path).Replace(Path.DirectorySeparatorChar, '/'),
            File.ReadAllBytes(path))),
        1);

    /// <summary>The files (paths inside output/) whose bytes differ between two snapshots: added, changed or removed.</summary>
    public static IReadOnlyList<string> ChangedPaths(SiteSnapshot before, SiteSnapshot after) =>
        after.Files.Values
            .Where(f => !before.Files.TryGetValue(f.Path, out var old) || !old.SameBytes(f))
            .Select(f => f.Path)
            .Concat(before.Files.Keys.Where(p => !after.Files.ContainsKey(p)))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>«mesas/x/index.html» → «/mesas/x/»; other files keep their name.</summary>
    public static string UrlOf(string path) => PostProcess.ParsedPage.UrlOf(path);
}
