using System.Text;
using Micrositio.Build;
using Micrositio.Tests.Support;

namespace Micrositio.Tests.Site;

/// <summary>
/// The real site: the repository's input/ and themes/, built once (in memory) with the real clock and
/// shared by every test of <see cref="ShippedSiteCollection"/>.
/// </summary>
public sealed class ShippedSite
{
    public ShippedSite()
    {
        Options = BuildOptions.ForRoot(Repository.Root, DateTimeOffset.UtcNow);
        Result = SiteBuild.Generate(Options);
    }

    public BuildOptions Options { get; }

    public BuildResult Result { get; }

    public IEnumerable<string> Paths => Result.Files.Select(f => f.Path);

    public string Text(string path)
    {
        var file = Result.Find(path);
        Assert.True(file is not null, $"The shipped site has no {path}.");
        return Encoding.UTF8.GetString(file.Bytes);
    }
}
