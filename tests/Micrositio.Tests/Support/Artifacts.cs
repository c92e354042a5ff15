namespace Micrositio.Tests.Support;

/// <summary>
/// Where tests leave files for people to look at (screenshots): <c>artifacts/</c> at the repository's root
/// (ignored by git), or the folder named by MICROSITIO_ARTIFACTS, which CI can upload.
/// </summary>
public static class Artifacts
{
    public static string Folder(string name)
    {
        var root = Environment.GetEnvironmentVariable("MICROSITIO_ARTIFACTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Repository.Root, "artifacts");
        var folder = Path.Combine(root, name);
        Directory.CreateDirectory(folder);
        return folder;
    }
}
