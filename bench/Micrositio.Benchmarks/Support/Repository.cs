namespace Micrositio.Benchmarks.Support;

/// <summary>Paths of the repository, found from the benchmark's folder, so benchmarks read the shipped site and theme.</summary>
public static class Repository
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The folder that holds Micrositio.sln.</summary>
    public static string Root => RootPath.Value;

    public static string Input => Path.Combine(Root, "input");

    public static string Themes => Path.Combine(Root, "themes");

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Micrositio.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} contains Micrositio.sln.");
    }
}
