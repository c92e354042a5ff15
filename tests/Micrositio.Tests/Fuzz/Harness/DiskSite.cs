using System.Text;
using Micrositio.Build;
using Micrositio.Diagnostics;
using Micrositio.Load;
using Micrositio.Tests.Support;

namespace Micrositio.Tests.Fuzz.Harness;

/// <summary>
/// A copy of the shipped site in a temp folder, with an output/ from an earlier build and files beside the site
/// (outside its repository) that must never be read. A case damages one file, runs Load, Validate and Lint as
/// SiteBuild does and, when they failed, the build itself; then the file is put back.
/// </summary>
public sealed class DiskSite : IDisposable
{
    private const string SentinelPage = "output/index.html";
    private const string SentinelText = "<p>compilación anterior</p>";

    private readonly string _folder;

    public DiskSite()
    {
        _folder = Path.Combine(Path.GetTempPath(), "micrositio-fuzz", Guid.NewGuid().ToString("N"));
        Root = Path.Combine(_folder, "sitio");
        Outside = Path.Combine(_folder, Mutations.OutsideFolder);
        foreach (var (path, bytes) in SeedCorpus.Instance.Files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(Root, path))!);
            File.WriteAllBytes(Path.Combine(Root, path), bytes);
        }

        Directory.CreateDirectory(Path.Combine(Root, "output"));
        File.WriteAllText(Path.Combine(Root, SentinelPage), SentinelText);
        Directory.CreateDirectory(Outside);
        foreach (var name in Mutations.SecretNames)
        {
            File.WriteAllText(Path.Combine(Outside, name), $"titulo: {Mutations.OutsideMarker}\n{Mutations.OutsideMarker}\n");
        }
    }

    public string Root { get; }

    public string Outside { get; }

    /// <summary>Whether a case whose content was still usable also goes through the whole build (seconds each).</summary>
    public bool FullBuilds { get; init; }

    public ReaderOutcome Run(FuzzCase fuzzCase)
    {
        var path = Path.Combine(Root, fuzzCase.SeedPath);
        var original = SeedCorpus.Instance.Files[fuzzCase.SeedPath];
        try
        {
            File.Delete(path);
            if (fuzzCase.LinksOutside)
            {
                // The damaged file lives outside the repository and the site holds a link to it.
                var target = Path.Combine(Outside, "enlazado" + Path.GetExtension(path));
                File.WriteAllBytes(target, [.. fuzzCase.Bytes, .. Encoding.UTF8.GetBytes($"\n{Mutations.OutsideMarker}\n")]);
                File.CreateSymbolicLink(path, target);
            }
            else
            {
                File.WriteAllBytes(path, fuzzCase.Bytes);
            }

            return Check(fuzzCase);
        }
        finally
        {
            File.Delete(path);
            File.WriteAllBytes(path, original);
        }
    }

    private ReaderOutcome Check(FuzzCase fuzzCase)
    {
        var errors = new ErrorList();
        var lines = LineCounts.For(fuzzCase.SeedPath, fuzzCase.Bytes);

        // As SiteBuild: nothing is read before every entry of input/ and themes/ is known to be a plain file or folder.
        var plain = SourceTree.Check(Root, [Path.Combine(Root, "input"), Repository.Themes], errors);
        var input = plain ? new InputReader(Root, Path.Combine(Root, "input"), errors).Read() : null;
        var usable = input is not null && InMemoryInput.ValidateAndLint(input, errors);
        if (input is not null && LoadedText.Contains(input, Mutations.OutsideMarker))
        {
            return ReaderOutcome.From(errors, lines, "the Load stage read a file outside the repository");
        }

        if (errors.Sorted().Count == 0 || (usable && !FullBuilds))
        {
            return ReaderOutcome.From(errors, lines);
        }

        var before = OutputListing();
        var result = SiteBuild.Run(BuildOptions.ForRoot(Root, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)) with
        {
            ThemesDirectory = Repository.Themes,
            CacheDirectory = Path.Combine(_folder, "cache", "imagenes"),
        });
        var violation = result.Succeeded ? "the build succeeded although Load, Validate and Lint reported errors"
            : OutputListing() != before ? "a failed build changed output/"
            : Directory.EnumerateDirectories(Root).Any(d => Path.GetFileName(d).StartsWith('.') && Path.GetFileName(d).Contains("output", StringComparison.Ordinal)) ? "a failed build left a staging folder"
            : null;
        return ReaderOutcome.From(errors, lines, violation);
    }

    private string OutputListing()
    {
        var output = Path.Combine(Root, "output");
        return !Directory.Exists(output) ? "(none)" : string.Join("\n", Directory.EnumerateFileSystemEntries(output, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => File.Exists(f) ? $"{f} {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))}" : f));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A reader still holding a file open after a timeout; the temp folder is left for the system to clean.
        }
    }
}
