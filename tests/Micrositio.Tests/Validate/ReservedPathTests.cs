using System.Text.RegularExpressions;
using Micrositio.Assemble;
using Micrositio.Build;
using Micrositio.Tests.Support;
using Micrositio.Validate;

namespace Micrositio.Tests.Validate;

/// <summary>
/// A page or achievement cannot take a path the site generates (issue 22: pages «fotos», «prensa», «404», «sitemap»,
/// «marca» and achievements «eje», «estado» were accepted, and /fotos/ pages got a one-year immutable cache). The reserved
/// names come from <see cref="Urls"/>; a complete build of the repository fails this test when a new top-level path appears.
/// </summary>
public sealed partial class ReservedPathTests
{
    [Theory]
    [InlineData("fotos")]
    [InlineData("prensa")]
    [InlineData("404")]
    [InlineData("410")]
    [InlineData("sitemap")]
    [InlineData("marca")]
    [InlineData("robots")]
    [InlineData("feed")]
    [InlineData("assets")]
    [InlineData("buscar")]
    public void A_page_cannot_take_a_path_the_site_generates(string slug)
    {
        using var site = SiteFixture.Build($"-- input/paginas/{slug}.md --\n---\ntitulo: Una página\n---\nTexto.\n");

        var error = Assert.Single(site.Result.Errors);
        Assert.Equal($"validación: input/paginas/{slug}.md: la dirección /{slug}/ la genera el sitio y no puede ser una página. Cómo corregirlo: elija otro nombre de archivo.", error.ToString());
    }

    [Theory]
    [InlineData("eje")]
    [InlineData("estado")]
    public void An_achievement_cannot_take_a_listing_path(string slug)
    {
        using var site = SiteFixture.Build($"-- input/logros/2014-{slug}.md --\n---\ntitulo: Una ley\nfecha: 2014\neje: legislativo\nresumen: Se aprobó.\n---\n");

        var error = Assert.Single(site.Result.Errors);
        Assert.Equal($"input/logros/2014-{slug}.md", error.File);
        Assert.Contains($"la dirección /logros/{slug}/ la genera el sitio", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_top_level_path_and_fixed_sub_path_of_a_complete_site_is_reserved()
    {
        var options = BuildOptions.ForRoot(Repository.Root, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)) with
        {
            CacheDirectory = Path.Combine(Repository.Root, ".cache", "imagenes"),
            BrandCacheDirectory = TestBrand.SharedCache,
        };
        var result = SiteBuild.Generate(options);
        Assert.True(result.Succeeded, string.Join('\n', result.Errors));
        var pages = Names(Path.Combine(Repository.Input, "paginas"));
        var achievements = Names(Path.Combine(Repository.Input, "logros")).Select(n => DatePrefix().Replace(n, "")).ToHashSet();

        var unreserved = result.Files.Select(f => f.Path).Where(p => p != "index.html")
            .Select(p => Urls.FirstSegment("/" + p)).Distinct()
            .Where(s => !ContentValidator.ReservedSlugs.Contains(s) && !pages.Contains(s)).ToList();
        var listings = result.Files.Select(f => f.Path).Where(p => p.StartsWith("logros/", StringComparison.Ordinal) && p.Count(c => c == '/') > 1)
            .Select(p => p.Split('/')[1]).Distinct()
            .Where(s => !achievements.Contains(s) && !Urls.FixedUnder(Urls.Achievements).Contains(s)).ToList();

        Assert.True(unreserved.Count == 0, "top-level outputs a page could take; add them to Urls: " + string.Join(", ", unreserved));
        Assert.True(listings.Count == 0, "sub-paths of /logros/ an achievement could take; add them to Urls.FixedUnder: " + string.Join(", ", listings));
    }

    [Fact]
    public void Every_path_netlify_toml_names_is_reserved()
    {
        var patterns = NetlifyPath().Matches(File.ReadAllText(Path.Combine(Repository.Root, "netlify.toml"))).Select(m => Urls.FirstSegment(m.Groups[1].Value))
            .Where(s => s.Length > 0 && s != "*").ToList();

        Assert.NotEmpty(patterns);
        Assert.All(patterns, segment => Assert.Contains(segment, ContentValidator.ReservedSlugs));
    }

    private static HashSet<string> Names(string folder) => Directory.EnumerateFiles(folder, "*.md").Select(Path.GetFileNameWithoutExtension).OfType<string>().ToHashSet();

    [GeneratedRegex(@"^\d{4}(-\d{2}){0,2}-")]
    private static partial Regex DatePrefix();

    [GeneratedRegex("(?:for|from|to) = \"(/[^\"]*)\"")]
    private static partial Regex NetlifyPath();
}
