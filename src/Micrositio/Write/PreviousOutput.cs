namespace Micrositio.Write;

/// <summary>The output a commit replaced, kept for the next build to start from.</summary>
internal static class PreviousOutput
{
    /// <summary>
    /// Deletes every file of <paramref name="previous"/> that the new output does not hold exactly as it is: a withdrawn
    /// photo's derivatives, or a page that showed its caption, must not outlive the build that removed them. A file
    /// that cannot be read or deleted takes the whole folder with it.
    /// </summary>
    public static void KeepOnly(string previous, string output, IReadOnlySet<string> written)
    {
        var failed = 0;
        var files = Directory.EnumerateFiles(previous, "*", SearchOption.AllDirectories).ToList();
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = 4 }, file =>
        {
            var relative = Path.GetRelativePath(previous, file).Replace('\\', '/');
            try
            {
                if (!written.Contains(relative) || !FileContent.Same(file, Path.Combine(output, relative)))
                {
                    File.Delete(file);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Interlocked.Exchange(ref failed, 1);
            }
        });
        if (failed != 0)
        {
            OutputWriter.DeleteQuietly(previous);
        }
    }
}
