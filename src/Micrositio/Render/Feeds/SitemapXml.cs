using System.Text;
using System.Xml;
using Micrositio.Assemble;

namespace Micrositio.Render.Feeds;

/// <summary><c>/sitemap.xml</c> and <c>/robots.txt</c>, listing every public HTML page (not the 404 page).</summary>
public static class SitemapXml
{
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static byte[] Write(SiteModel site, IEnumerable<string> pageUrls)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", SitemapNamespace);
            foreach (var url in pageUrls.Where(u => u != Urls.NotFound && u != Urls.Gone).Order(StringComparer.Ordinal))
            {
                xml.WriteStartElement("url", SitemapNamespace);
                xml.WriteElementString("loc", SitemapNamespace, AtomFeed.Absolute(site, url));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return stream.ToArray();
    }

    public static byte[] Robots(SiteModel site) =>
        Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\n\nSitemap: {AtomFeed.Absolute(site, Urls.Sitemap)}\n");
}
