using System.Text;
using System.Text.Json;
using Micrositio.Assemble;
using Micrositio.Content;
using Micrositio.Render.Views;

namespace Micrositio.Render.Press;

/// <summary>A release's schema.org <c>NewsArticle</c>, for the JSON-LD of its page.</summary>
public static class NewsArticleJson
{
    /// <summary>
    /// Written field by field (no reflection); the writer's default encoder escapes &lt;, &gt; and &amp;, so the
    /// JSON can never close the script element it sits in.
    /// </summary>
    public static string Write(SiteModel site, PressRelease release, ReleaseView view, string image)
    {
        string Absolute(string url) => site.Site.BaseUrl.ToString().TrimEnd('/') + url;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            void Organization(string name)
            {
                json.WriteStartObject(name);
                json.WriteString("@type", "Organization");
                json.WriteString("name", site.Site.Title);
                json.WriteString("url", Absolute(Urls.Home));
                json.WriteEndObject();
            }

            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "NewsArticle");
            json.WriteString("headline", release.Title);
            json.WriteString("description", release.Summary);
            json.WriteString("datePublished", view.DateIso);
            json.WriteString("dateModified", view.DateIso);
            json.WriteString("inLanguage", site.Site.Language);
            json.WriteString("url", Absolute(view.Url));
            json.WriteString("mainEntityOfPage", Absolute(view.Url));
            json.WriteStartArray("image");
            json.WriteStringValue(Absolute(image));
            json.WriteEndArray();
            json.WriteStartObject("locationCreated");
            json.WriteString("@type", "Place");
            json.WriteString("name", release.Place);
            json.WriteEndObject();
            Organization("author");
            Organization("publisher");
            if (view.PdfUrl is not null)
            {
                json.WriteStartObject("encoding");
                json.WriteString("@type", "MediaObject");
                json.WriteString("contentUrl", Absolute(view.PdfUrl));
                json.WriteString("encodingFormat", "application/pdf");
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
