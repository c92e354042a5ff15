using System.Globalization;
using System.Text;
using System.Xml;
using Micrositio.Assemble;

namespace Micrositio.Render.Feeds;

/// <summary>
/// <c>/feed.xml</c>: an Atom feed of press releases and achievements, newest first. Its dates come from
/// the content, never from the clock, so the same input gives the same bytes.
/// </summary>
public static class AtomFeed
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    private sealed record Entry(string Title, string Url, DateTimeOffset Updated, string Summary, string Category);

    public static byte[] Write(SiteModel site)
    {
        var zone = site.Site.TimeZone;
        var entries = site.PublishedReleases
            .Select(r => new Entry(r.Title, Urls.Release(r), r.Date.ToInstant(zone), r.Summary, "Comunicado"))
            .Concat(site.AchievementsNewestFirst.Select(a => new Entry(a.Title, Urls.Achievement(a.Slug), StartOfDay(a.Date.Earliest, zone), a.Summary, "Logro")))
            .OrderByDescending(e => e.Updated)
            .ThenBy(e => e.Url, StringComparer.Ordinal)
            .ToList();

        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", AtomNamespace);
            xml.WriteAttributeString("xml", "lang", null, site.Site.Language);
            xml.WriteElementString("title", AtomNamespace, site.Site.Title);
            xml.WriteElementString("subtitle", AtomNamespace, site.Site.Description);
            xml.WriteElementString("id", AtomNamespace, Absolute(site, Urls.Home));
            Link(xml, Absolute(site, Urls.Feed), "self", "application/atom+xml");
            Link(xml, Absolute(site, Urls.Home), "alternate", "text/html");
            xml.WriteElementString("updated", AtomNamespace, Format(entries.Count > 0 ? entries[0].Updated : DateTimeOffset.UnixEpoch));
            xml.WriteStartElement("author", AtomNamespace);
            xml.WriteElementString("name", AtomNamespace, site.Site.Title);
            xml.WriteEndElement();
            foreach (var entry in entries)
            {
                xml.WriteStartElement("entry", AtomNamespace);
                xml.WriteElementString("title", AtomNamespace, entry.Title);
                xml.WriteElementString("id", AtomNamespace, Absolute(site, entry.Url));
                Link(xml, Absolute(site, entry.Url), "alternate", "text/html");
                xml.WriteElementString("updated", AtomNamespace, Format(entry.Updated));
                xml.WriteStartElement("category", AtomNamespace);
                xml.WriteAttributeString("term", entry.Category);
                xml.WriteEndElement();
                xml.WriteStartElement("summary", AtomNamespace);
                xml.WriteAttributeString("type", "text");
                xml.WriteString(entry.Summary);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return stream.ToArray();
    }

    public static string Absolute(SiteModel site, string url) => site.Site.BaseUrl.ToString().TrimEnd('/') + url;

    private static DateTimeOffset StartOfDay(DateOnly day, TimeZoneInfo zone)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, zone.GetUtcOffset(midnight));
    }

    private static string Format(DateTimeOffset moment) => moment.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);

    private static void Link(XmlWriter xml, string href, string rel, string type)
    {
        xml.WriteStartElement("link", AtomNamespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
