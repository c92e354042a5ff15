namespace Micrositio.Write;

/// <summary>
/// Where a build may put the site. A commit replaces the output folder whole, so it must never be the repository, a
/// folder that holds it, or input/, themes/, .git (or a folder inside them); and a folder given with --output must be
/// absent, empty, or one this program wrote (it holds <see cref="MarkerFile"/>). Paths are compared after resolving
/// symbolic links, so a link to the repository is refused too.
/// </summary>
public static class OutputLocation
{
    /// <summary>Written into every output folder by <see cref="StagingFolder.Commit"/>.</summary>
    public const string MarkerFile = ".micrositio-salida";

    public const string MarkerText = "Carpeta generada por Micrositio: cada compilación la reemplaza entera. No guarde nada aquí.\n";

    /// <summary>Why <paramref name="output"/> cannot receive the site, or null when it can.</summary>
    /// <param name="given">The folder was named with --output (the default output/ of an older version has no marker yet).</param>
    public static string? Problem(string output, string root, string input, string themes, bool given)
    {
        var target = RealPath(output);
        if (IsSameOrInside(target, RealPath(root)))
        {
            return $"«{output}» es la raíz del repositorio o una carpeta que la contiene; el sitio la reemplazaría entera, con input/ y .git";
        }

        foreach (var (name, folder) in new[] { ("input/", input), ("themes/", themes), (".git", Path.Combine(root, ".git")) })
        {
            var real = RealPath(folder);
            if (IsSameOrInside(target, real) || IsSameOrInside(real, target))
            {
                return $"«{output}» es {name} ({folder}), está dentro o la contiene; el sitio la reemplazaría";
            }
        }

        if (File.Exists(target))
        {
            return $"«{output}» es un archivo, no una carpeta";
        }

        if (given && Directory.Exists(target) && !File.Exists(Path.Combine(target, MarkerFile)) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            return $"«{output}» ya tiene archivos que no generó este programa (falta {MarkerFile}); el sitio los borraría";
        }

        return null;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or inside it (both full, link-free paths).</summary>
    private static bool IsSameOrInside(string folder, string path) =>
        path == folder || path.StartsWith(folder.EndsWith('/') ? folder : folder + "/", StringComparison.Ordinal);

    /// <summary>The absolute path with every symbolic link resolved, for the part of it that exists.</summary>
    public static string RealPath(string path, int depth = 0)
    {
        var full = Path.GetFullPath(path);
        var parts = full.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        var current = Path.GetPathRoot(full) ?? "/";
        foreach (var part in parts)
        {
            var next = Path.Combine(current, part);
            var info = new FileInfo(next);
            if (depth < 40 && info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
            {
                next = RealPath(target.FullName, depth + 1);
            }

            current = next;
        }

        return current.Length > 1 ? current.TrimEnd(Path.DirectorySeparatorChar) : current;
    }
}
