namespace Micrositio.Build;

/// <summary>
/// Where a build reads and writes, and what time it is. <see cref="Now"/> is injected (never read from the
/// clock inside a stage) because embargoes depend on it and tests must control it. <see cref="Strict"/>
/// turns the lint's warnings into errors; <see cref="ProtectedNames"/> adds protected names kept outside
/// the repository (the CLI reads them from the MICROSITIO_PROTEGIDOS environment variable).
/// </summary>
public sealed record BuildOptions(string RootDirectory, string InputDirectory, string ThemesDirectory, string OutputDirectory, DateTimeOffset Now)
{
    public bool Strict { get; init; }

    /// <summary>Stops the build between stages and steps (the preview drops a build that a newer change made stale).</summary>
    public CancellationToken Cancellation { get; init; }

    public IReadOnlyList<string> ProtectedNames { get; init; } = [];

    /// <summary>Called at each step of the output's commit (fault-injection tests kill the process there).</summary>
    public Action<Write.CommitStep>? CommitHook { get; init; }

    /// <summary>Derivatives of photos, kept between builds (Netlify persists it); never published.</summary>
    public string CacheDirectory { get; init; } = "";

    public string ImageCacheDirectory => CacheDirectory.Length > 0 ? CacheDirectory : Path.Combine(RootDirectory, ".cache", "imagenes");

    /// <summary>PNGs of the brand manual's logos, kept between builds; tests share one to render each logo once.</summary>
    public string BrandCacheDirectory { get; init; } = "";

    public string LogoCacheDirectory => BrandCacheDirectory.Length > 0 ? BrandCacheDirectory : Path.Combine(RootDirectory, ".cache", "marca");

    /// <summary>
    /// Checks already passed by earlier builds of this process (the preview server keeps one between rebuilds);
    /// null checks everything, as a one-off build must.
    /// </summary>
    public PostProcess.CheckMemory? CheckMemory { get; init; }

    /// <summary>
    /// PDFs printed by earlier builds, by content: the preview keeps one between rebuilds; without it, each
    /// build uses one over <see cref="PdfCacheDirectory"/> (kept between builds, like the image cache).
    /// </summary>
    public Render.Press.Pdf.PdfMemory? PdfMemory { get; init; }

    public string PdfCacheDirectory => Path.Combine(RootDirectory, ".cache", "pdf");

    /// <summary>Press kit zips, by a key of their contents (kept between builds; safe to delete).</summary>
    public string KitCacheDirectory => Path.Combine(RootDirectory, ".cache", "kit");

    /// <summary>The output a build replaced, from which the next build starts (see <see cref="Write.StagingFolder"/>; safe to delete).</summary>
    public string RecycledOutputDirectory => Path.Combine(RootDirectory, ".cache", "salida-anterior");

    /// <summary>Search indexes, by a key of the documents they index (kept between builds; safe to delete).</summary>
    public string SearchCacheDirectory => Path.Combine(RootDirectory, ".cache", "busqueda");

    /// <summary>Files that passed the PostProcess checks in the last build without errors (see <see cref="PostProcess.CheckMemory"/>).</summary>
    public string CheckCachePath => Path.Combine(RootDirectory, ".cache", "revision", "memoria.bin");

    public static BuildOptions ForRoot(string root, DateTimeOffset now) => new(
        root,
        Path.Combine(root, "input"),
        Path.Combine(root, "themes"),
        Path.Combine(root, "output"),
        now);
}
