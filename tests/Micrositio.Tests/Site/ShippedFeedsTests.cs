using System.Xml.Linq;

namespace Micrositio.Tests.Site;

/// <summary>feed.xml, sitemap.xml and robots.txt of the shipped site.</summary>
[Collection(ShippedSiteCollection.Name)]
public sealed class ShippedFeedsTests(ShippedSite site)
{
    private const string BaseUrl = "https://micrositio-rnmsj.netlify.app";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public void Feed_is_atom_with_an_entry_per_release_and_achievement()
    {
        var feed = XDocument.Parse(site.Text("feed.xml"));

        Assert.Equal(Atom + "feed", feed.Root!.Name);
        var entries = feed.Root.Elements(Atom + "entry").ToList();
        var categories = entries.Select(e => e.Element(Atom + "category")?.Attribute("term")?.Value).ToList();
        Assert.Equal(site.Result.Statistics.PressReleases, categories.Count(c => c == "Comunicado"));
        Assert.Equal(site.Result.Statistics.Achievements, categories.Count(c => c == "Logro"));
        Assert.Equal(13, site.Result.Statistics.Achievements);
        Assert.All(entries, e => Assert.StartsWith(BaseUrl + "/", e.Element(Atom + "id")!.Value, StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Element(Atom + "id")!.Value == BaseUrl + "/sala-de-prensa/2018/tercer-encuentro-nacional-tampico/");
        var updated = entries.Select(e => DateTimeOffset.Parse(e.Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(updated.OrderDescending(), updated);
        Assert.Equal(feed.Root.Element(Atom + "updated")!.Value, entries[0].Element(Atom + "updated")!.Value);
    }

    [Fact]
    public void Feed_entries_link_to_existing_pages()
    {
        var feed = XDocument.Parse(site.Text("feed.xml"));
        var links = feed.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "link")!.Attribute("href")!.Value).ToList();

        Assert.All(links, l => Assert.Contains(l[BaseUrl.Length..].TrimStart('/') + "index.html", site.Paths));
    }

    [Fact]
    public void Sitemap_lists_every_page_by_absolute_url_except_404()
    {
        var sitemap = XDocument.Parse(site.Text("sitemap.xml"));
        var locations = sitemap.Root!.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value).ToList();

        Assert.Equal(Sitemap + "urlset", sitemap.Root.Name);
        Assert.All(locations, l => Assert.StartsWith(BaseUrl + "/", l, StringComparison.Ordinal));
        Assert.DoesNotContain(locations, l => l.Contains("404", StringComparison.Ordinal));
        var pages = site.Paths.Where(p => p.EndsWith("index.html", StringComparison.Ordinal))
            .Select(p => BaseUrl + "/" + p[..^"index.html".Length]);
        Assert.Equal(pages.Order(StringComparer.Ordinal), locations.Order(StringComparer.Ordinal));
        Assert.Contains(BaseUrl + "/", locations);
    }

    [Fact]
    public void Robots_names_the_sitemap()
    {
        Assert.Contains($"Sitemap: {BaseUrl}/sitemap.xml", site.Text("robots.txt"), StringComparison.Ordinal);
    }
}
