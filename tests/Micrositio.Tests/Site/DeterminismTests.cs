using Micrositio.Build;
using Micrositio.Tests.Support;

namespace Micrositio.Tests.Site;

/// <summary>The same input and clock give the same bytes.</summary>
[Collection(ShippedSiteCollection.Name)]
public sealed class DeterminismTests(ShippedSite site)
{
    [Fact]
    public void Two_builds_of_the_shipped_site_are_byte_identical()
    {
        var again = SiteBuild.Generate(site.Options);

        Assert.Equal(site.Paths, again.Files.Select(f => f.Path));
        Assert.All(site.Result.Files.Zip(again.Files), pair => Assert.True(pair.First.Bytes.AsSpan().SequenceEqual(pair.Second.Bytes), $"{pair.First.Path} differs"));
    }

    [Fact]
    public void Two_runs_into_two_folders_write_identical_trees()
    {
        var folder = Path.Combine(Path.GetTempPath(), "micrositio-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var first = SiteBuild.Run(site.Options with { OutputDirectory = Path.Combine(folder, "uno") });
            var second = SiteBuild.Run(site.Options with { OutputDirectory = Path.Combine(folder, "dos") });

            Assert.True(first.Succeeded && second.Succeeded);
            var one = Tree(Path.Combine(folder, "uno"));
            var two = Tree(Path.Combine(folder, "dos"));
            Assert.Equal(one.Keys, two.Keys);
            Assert.All(one, f => Assert.True(f.Value.AsSpan().SequenceEqual(two[f.Key]), $"{f.Key} differs"));
            Assert.Equal(site.Result.Files.Count + 1, one.Count); // and the output folder's marker
            Assert.Contains(Micrositio.Write.OutputLocation.MarkerFile, one.Keys);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static SortedDictionary<string, byte[]> Tree(string directory) =>
        new(Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(directory, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);
}
