using System.Globalization;
using System.Text;
using System.Xml;
using Micrositio.Assemble;
using Micrositio.Content;

namespace Micrositio.Render.Feeds;

/// <summary>
/// The Atom feeds: <c>/feed.xml</c> (press releases and achievements) and <c>/sala-de-prensa/feed.xml</c>
/// (releases only, each with its PDF as an enclosure). Dates come from the content, never from the clock,
/// so the same input gives the same bytes; times are RFC 3339 with the site's offset (−06:00).
/// </summary>
public static class AtomFeed
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    /// <summary>A release's PDF as the feeds link it: its URL and its size in bytes.</summary>
    public sealed record Enclosure(string Url, long Length);

    private sealed record Entry(string Title, string Url, DateTimeOffset Updated, string Summary, string Category, Enclosure? Pdf);

    public static byte[] Site(SiteModel site, Func<PressRelease, Enclosure?> pdf) => Write(
        site,
        site.Site.Title,
        Urls.Feed,
        Urls.Home,
        Releases(site, pdf).Concat(site.AchievementsNewestFirst.Select(a =>
            new Entry(a.Title, Urls.Achievement(a.Slug), StartOfDay(a.Date.Earliest, site.Site.TimeZone), a.Summary, "Logro", null))),
        related: Urls.PressFeed);

    public static byte[] PressRoom(SiteModel site, Func<PressRelease, Enclosure?> pdf) => Write(
        site,
        $"Comunicados de prensa · {site.Site.Title}",
        Urls.PressFeed,
        Urls.PressRoom,
        Releases(site, pdf),
        related: null);

    public static string Absolute(SiteModel site, string url) => site.Site.BaseUrl.ToString().TrimEnd('/') + url;

    /// <summary>RFC 3339 with the offset of the moment's own zone, e.g. 2018-11-22T00:00:00-06:00.</summary>
    public static string Format(DateTimeOffset moment) => moment.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);

    private static IEnumerable<Entry> Releases(SiteModel site, Func<PressRelease, Enclosure?> pdf) =>
        site.PublishedReleases.Select(r => new Entry(r.Title, Urls.Release(r), r.Date.ToInstant(site.Site.TimeZone), r.Summary, "Comunicado", pdf(r)));

    private static byte[] Write(SiteModel site, string title, string self, string alternate, IEnumerable<Entry> unordered, string? related)
    {
        var entries = unordered.OrderByDescending(e => e.Updated).ThenBy(e => e.Url, StringComparer.Ordinal).ToList();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", AtomNamespace);
            xml.WriteAttributeString("xml", "lang", null, site.Site.Language);
            xml.WriteElementString("title", AtomNamespace, title);
            xml.WriteElementString("subtitle", AtomNamespace, site.Site.Description);
            xml.WriteElementString("id", AtomNamespace, Absolute(site, self));
            Link(xml, Absolute(site, self), "self", "application/atom+xml");
            Link(xml, Absolute(site, alternate), "alternate", "text/html");
            if (related is not null)
            {
                Link(xml, Absolute(site, related), "related", "application/atom+xml", "Solo los comunicados de prensa, con su PDF");
            }

            xml.WriteElementString("updated", AtomNamespace, Format(entries.Count > 0 ? entries[0].Updated : DateTimeOffset.UnixEpoch));
            xml.WriteStartElement("author", AtomNamespace);
            xml.WriteElementString("name", AtomNamespace, site.Site.Title);
            xml.WriteElementString("uri", AtomNamespace, Absolute(site, Urls.Home));
            xml.WriteEndElement();
            foreach (var entry in entries)
            {
                xml.WriteStartElement("entry", AtomNamespace);
                xml.WriteElementString("title", AtomNamespace, entry.Title);
                xml.WriteElementString("id", AtomNamespace, Absolute(site, entry.Url));
                Link(xml, Absolute(site, entry.Url), "alternate", "text/html");
                if (entry.Pdf is { } pdf)
                {
                    xml.WriteStartElement("link", AtomNamespace);
                    xml.WriteAttributeString("rel", "enclosure");
                    xml.WriteAttributeString("type", "application/pdf");
                    xml.WriteAttributeString("length", pdf.Length.ToString(CultureInfo.InvariantCulture));
                    xml.WriteAttributeString("href", Absolute(site, pdf.Url));
                    xml.WriteEndElement();
                }

                xml.WriteElementString("published", AtomNamespace, Format(entry.Updated));
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

    private static DateTimeOffset StartOfDay(DateOnly day, TimeZoneInfo zone)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, zone.GetUtcOffset(midnight));
    }

    private static void Link(XmlWriter xml, string href, string rel, string type, string? title = null)
    {
        xml.WriteStartElement("link", AtomNamespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        if (title is not null)
        {
            xml.WriteAttributeString("title", title);
        }

        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
