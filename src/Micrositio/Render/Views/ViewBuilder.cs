using System.Globalization;
using Micrositio.Assemble;
using Micrositio.Content;
using Micrositio.Images;
using Micrositio.Load;
using Micrositio.Text;

namespace Micrositio.Render.Views;

/// <summary>Maps the assembled site to the theme's view models. Bodies are rendered from Markdown when a template shows them.</summary>
public sealed class ViewBuilder(SiteModel site, GalleryResult gallery, Func<MarkdownSource, string> html,
    IReadOnlyDictionary<string, Feeds.AtomFeed.Enclosure> pdfByRelease)
{
    private const string GallerySizes = "(min-width: 60rem) 30rem, (min-width: 40rem) 50vw, 100vw";

    public MarkdownHtml Html(MarkdownSource body) => new(body, html);

    /// <summary>The photos of an album that are published (consented, not withdrawn, processed).</summary>
    public IReadOnlyList<PhotoView> Photos(IEnumerable<Photo> photos) =>
        photos.Select(gallery.Find).OfType<ProcessedPhoto>().Select((p, i) => Photo(p, lazy: i >= 2)).ToList();

    public static PhotoView Photo(ProcessedPhoto photo, bool lazy)
    {
        var jpegs = photo.Variants.Where(v => v.MimeType == "image/jpeg").OrderBy(v => v.Width).ToList();
        var webps = photo.Variants.Where(v => v.MimeType == "image/webp").OrderBy(v => v.Width).ToList();
        var fallback = jpegs.LastOrDefault(v => v.Width <= 960) ?? jpegs[0];
        static string Srcset(IEnumerable<ImageVariant> variants) => string.Join(", ", variants.Select(v => $"{v.Url} {v.Width}w"));
        return new PhotoView(photo.Photo.Alt, photo.Photo.Caption, photo.Photo.Credit, fallback.Width, fallback.Height, fallback.Url,
            Srcset(jpegs), Srcset(webps), GallerySizes, lazy);
    }

    public AlbumView Album(Album album) => new(
        album.Title,
        Urls.Album(album.Slug),
        SpanishFormat.Date(album.Date),
        album.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        album.Description,
        album.Mesa is null ? null : MesaLink(album.Mesa),
        album.State is null ? null : StateLink(album.State),
        Photos(album.Photos));

    public LinkView StateLink(string slug) => new(site.StatesBySlug[slug].Name, Urls.State(slug));

    public LinkView MesaLink(Mesa mesa) => new(mesa.Name, Urls.Mesa(mesa.Slug), site.StatesBySlug[mesa.State].Name);

    public LinkView MesaLink(string slug) => MesaLink(site.MesasBySlug[slug]);

    public LinkView ReleaseLink(PressRelease r) => new(r.Title, Urls.Release(r), SpanishFormat.Date(r.Date.Day));

    public LinkView MeetingLink(Meeting m) => new(m.Title, Urls.Meeting(m.Slug), SpanishFormat.DateRange(m.Start, m.End));

    public ContactView Contact(string id)
    {
        var c = site.Site.MediaContacts.First(c => c.Id == id);
        return new ContactView(c.Role, c.Email, c.Phone);
    }

    public AchievementView Achievement(Achievement a) => new(
        a.Title,
        Urls.Achievement(a.Slug),
        SpanishFormat.Date(a.Date),
        a.Date.Iso,
        a.Axis,
        Axis.Title(a.Axis),
        Urls.AchievementsByAxis(a.Axis),
        a.States.Select(StateLink).ToList(),
        a.Mesas.Select(MesaLink).ToList(),
        a.Summary,
        a.Source,
        Html(a.Body));

    public MesaView Mesa(Mesa m) => new(
        m.Name,
        Urls.Mesa(m.Slug),
        StateLink(m.State),
        m.Municipalities,
        m.Founded is null ? null : SpanishFormat.Date(m.Founded),
        m.Committees,
        m.Active,
        m.Summary,
        Html(m.Body),
        site.AchievementsByMesa[m.Slug].Select(Achievement).ToList(),
        site.MeetingsByMesa[m.Slug].Select(MeetingLink).ToList(),
        site.ReleasesByMesa[m.Slug].Select(ReleaseLink).ToList(),
        Photos(site.Content.Albums.Where(a => a.Mesa == m.Slug).SelectMany(a => a.Photos)));

    public StateView State(State s)
    {
        var achievements = site.AchievementsByState[s.Slug].Select(Achievement).ToList();
        return new StateView(
            s.Code,
            s.Name,
            s.OfficialName,
            Urls.State(s.Slug),
            Html(s.Intro),
            site.Content.Network.StatesInReport.Contains(s.Slug),
            site.MesasByState[s.Slug].Select(MesaLink).ToList(),
            achievements,
            achievements.Count > 0 ? Urls.AchievementsByState(s.Slug) : null,
            site.ReleasesByState[s.Slug].Select(ReleaseLink).ToList(),
            Photos(site.Content.Albums
                .Where(a => a.State == s.Slug || (a.Mesa is not null && site.MesasBySlug.TryGetValue(a.Mesa, out var mesa) && mesa.State == s.Slug))
                .SelectMany(a => a.Photos)));
    }

    public ReleaseView Release(PressRelease r) => new(
        r.Title,
        Urls.Release(r),
        SpanishFormat.Date(r.Date.Day),
        r.Date.ToInstant(site.Site.TimeZone).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
        $"{r.Place}, {SpanishFormat.Date(r.Date.Day)}.",
        r.Place,
        r.Summary,
        Html(r.Body),
        Contact(r.Contact),
        r.States.Select(StateLink).ToList(),
        r.Mesas.Select(MesaLink).ToList(),
        pdfByRelease.GetValueOrDefault(r.SourcePath)?.Url,
        pdfByRelease.GetValueOrDefault(r.SourcePath) is { } pdf ? FileSize(pdf.Length) : null,
        ReleasePhotos(r),
        site.Site.About.Select(a => new AboutView(a.Title, a.Text)).ToList());

    /// <summary>The release's photos that are published (a withdrawn one simply disappears).</summary>
    private IReadOnlyList<PhotoView> ReleasePhotos(PressRelease r) =>
        Photos(r.Photos.Select(reference => site.Content.Albums.SelectMany(a => a.Photos).FirstOrDefault(p => p.Reference == reference)).OfType<Photo>());

    /// <summary>"48 KB", "1.2 MB": what a journalist downloads.</summary>
    public static string FileSize(long bytes) => bytes < 1024 * 1024
        ? $"{SpanishFormat.Number(Math.Max(1, (decimal)Math.Round(bytes / 1024.0)))} KB"
        : $"{SpanishFormat.Number((decimal)(bytes / (1024.0 * 1024)), 1)} MB";

    public MeetingView Meeting(Meeting m)
    {
        var byState = m.Attendees
            .Select(slug => site.MesasBySlug[slug])
            .GroupBy(mesa => mesa.State)
            .OrderBy(g => site.StatesBySlug[g.Key].Name, StringComparer.Ordinal)
            .Select(g => new StateGroupView(StateLink(g.Key), g.Select(MesaLink).ToList()))
            .ToList();
        var related = site.PublishedReleases.Where(r => r.Date.Day >= m.Start && r.Date.Day <= (m.End ?? m.Start)).Select(ReleaseLink).ToList();
        return new MeetingView(
            m.Title,
            Urls.Meeting(m.Slug),
            m.Number,
            SpanishFormat.DateRange(m.Start, m.End),
            m.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            m.Venue,
            StateLink(m.State),
            m.Host is null ? null : MesaLink(m.Host),
            m.MesasInvited,
            m.Attendees.Count,
            byState,
            m.Media?.Total,
            m.Media?.National,
            m.Vote is null ? null : Vote(m.Vote),
            m.Summary,
            Html(m.Body),
            related);
    }

    private static VoteView Vote(Vote vote)
    {
        var total = vote.Options.Sum(o => o.Votes);
        var max = vote.Options.Count == 0 ? 0 : vote.Options.Max(o => o.Votes);
        var winners = vote.Options.Where(o => o.Votes == max).ToList();
        var options = vote.Options
            .OrderByDescending(o => o.Votes)
            .Select(o => new VoteOptionView(o.Option, o.Votes, total == 0 ? "0" : SpanishFormat.Number(100m * o.Votes / total, 1),
                winners.Count == 1 && o == winners[0]))
            .ToList();
        return new VoteView(vote.Subject, total, winners.Count == 1 ? winners[0].Option : "empate", options);
    }
}
