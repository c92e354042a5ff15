namespace Micrositio.Build;

/// <summary>
/// Where a build reads and writes, and what time it is. <see cref="Now"/> is injected (never read from the
/// clock inside a stage) because embargoes depend on it and tests must control it.
/// </summary>
public sealed record BuildOptions(string RootDirectory, string InputDirectory, string ThemesDirectory, string OutputDirectory, DateTimeOffset Now)
{
    public static BuildOptions ForRoot(string root, DateTimeOffset now) => new(
        root,
        Path.Combine(root, "input"),
        Path.Combine(root, "themes"),
        Path.Combine(root, "output"),
        now);
}
