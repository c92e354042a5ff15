namespace Micrositio.Render.Views;

// The theme's model: what templates can read. Property names are the template's vocabulary
// (read case-insensitively: `mesa.bodyHtml`). Values are already formatted for es-MX; every
// "...Html" property is trusted HTML produced by the Markdown stage, everything else is encoded.

/// <summary>
/// A Markdown body as trusted HTML, rendered when a template shows it. The views of every page are made before the
/// first page is rendered; bodies rendered up front would keep the whole site's HTML in memory until the last page
/// is written (a fifth of a 5,000-page build's heap), and views that list others (a state's achievements) never
/// show their bodies at all.
/// </summary>
public sealed class MarkdownHtml(Load.MarkdownSource source, Func<Load.MarkdownSource, string> render)
{
    public override string ToString() => render(source);
}

public sealed record LinkView(string Title, string Url, string? Note = null);

public sealed record NavItemView(string Title, string Url, bool Current);

public sealed record ContactView(string Role, string Email, string? Phone);

public sealed record FigureView(string Value, string Label, string? Note = null);

public sealed record SiteView(
    string Title,
    string ShortTitle,
    string Description,
    string BaseUrl,
    string Language,
    string Stylesheet,
    string? FilterScript,
    string? SearchScript,
    string FeedUrl,
    IReadOnlyList<ContactView> Contacts,
    IReadOnlyList<LinkView> Socials,
    LockupVariantsView Lockup);

public sealed record PageView(
    string Title,
    string Description,
    string Url,
    string CanonicalUrl,
    string Kind,
    IReadOnlyList<LinkView> Breadcrumbs,
    IReadOnlyList<NavItemView> Nav,
    LockupVariantsView? Lockup)
{
    /// <summary>Absolute URL of the Open Graph image; the release's photo or the press room's card.</summary>
    public string? Image { get; init; }

    public string? ImageAlt { get; init; }

    /// <summary>schema.org JSON-LD (trusted: written by the generator, with &lt; escaped).</summary>
    public string? JsonLd { get; init; }
}

public sealed record AchievementView(
    string Title,
    string Url,
    string Date,
    string DateIso,
    string Axis,
    string AxisTitle,
    string AxisUrl,
    IReadOnlyList<LinkView> States,
    IReadOnlyList<LinkView> Mesas,
    string Summary,
    string? Source,
    MarkdownHtml BodyHtml);

public sealed record MesaView(
    string Name,
    string Url,
    LinkView State,
    IReadOnlyList<string> Municipalities,
    string? Founded,
    IReadOnlyList<string> Committees,
    bool Active,
    string Summary,
    MarkdownHtml BodyHtml,
    IReadOnlyList<AchievementView> Achievements,
    IReadOnlyList<LinkView> Meetings,
    IReadOnlyList<LinkView> Releases,
    IReadOnlyList<PhotoView> Photos);

public sealed record StateView(
    string Code,
    string Name,
    string OfficialName,
    string Url,
    MarkdownHtml IntroHtml,
    bool InReport,
    IReadOnlyList<LinkView> Mesas,
    IReadOnlyList<AchievementView> Achievements,
    string? AchievementsUrl,
    IReadOnlyList<LinkView> Releases,
    IReadOnlyList<PhotoView> Photos);

/// <summary>The SVG map (trusted markup) and the same states as a list of links, with their mesa counts as notes.</summary>
public sealed record MapView(string Svg, IReadOnlyList<LinkView> States, string Source);

public sealed record StateGroupView(LinkView State, IReadOnlyList<LinkView> Mesas);

public sealed record StateRowView(string Code, LinkView State, int MesaCount, bool InReport);

public sealed record ReleaseView(
    string Title,
    string Url,
    string Date,
    string DateIso,
    string Dateline,
    string Place,
    string Summary,
    MarkdownHtml BodyHtml,
    ContactView Contact,
    IReadOnlyList<LinkView> States,
    IReadOnlyList<LinkView> Mesas,
    string? PdfUrl,
    string? PdfSize,
    IReadOnlyList<PhotoView> Photos,
    IReadOnlyList<AboutView> About);

public sealed record AboutView(string Title, string Text);

public sealed record VoteOptionView(string Option, int Votes, string Percent, bool Winner);

public sealed record VoteView(string Subject, int Total, string Winner, IReadOnlyList<VoteOptionView> Options);

public sealed record MeetingView(
    string Title,
    string Url,
    int Number,
    string Dates,
    string StartIso,
    string Venue,
    LinkView State,
    LinkView? Host,
    int? MesasInvited,
    int AttendeeCount,
    IReadOnlyList<StateGroupView> AttendeesByState,
    int? MediaTotal,
    int? MediaNational,
    VoteView? Vote,
    string Summary,
    MarkdownHtml BodyHtml,
    IReadOnlyList<LinkView> Releases);

/// <summary>A filter link with how many achievements it leads to; a combination with none is shown without a link.</summary>
public sealed record FilterOptionView(string Title, string Url, int Count, bool Current);

public sealed record AchievementFilterView(string Title, IReadOnlyList<FilterOptionView> Axes, IReadOnlyList<FilterOptionView> States);

/// <summary>
/// A photo as a responsive <c>&lt;picture&gt;</c>: WebP and JPEG srcsets of the same widths, the JPEG
/// fallback's URL and size for <c>width</c>/<c>height</c>, and lazy loading below the fold.
/// </summary>
public sealed record PhotoView(
    string Alt,
    string? Caption,
    string? Credit,
    int Width,
    int Height,
    string Src,
    string JpegSrcset,
    string WebpSrcset,
    string Sizes,
    bool Lazy);

public sealed record AlbumView(
    string Title,
    string Url,
    string Date,
    string DateIso,
    string? Description,
    LinkView? Mesa,
    LinkView? State,
    IReadOnlyList<PhotoView> Photos);

public sealed record StaticPageView(string Title, string? Description, MarkdownHtml BodyHtml);

/// <summary>One logo as the theme's logo piece draws it: the approved file, its size from the manual, its alt text.</summary>
public sealed record LogoView(string Src, int Width, int Height, string Alt);

/// <summary>A lockup in one variant: <see cref="Kind"/> is the manual's name for it (institucional, coedicion).</summary>
public sealed record LockupView(string Kind, string Label, IReadOnlyList<LogoView> Logos);

/// <summary>A lockup in each variant the manual approves for all its members (null where one lacks it).</summary>
public sealed record LockupVariantsView(LockupView? Color, LockupView? Monochrome, LockupView? Reversed);

/// <summary>One approved variant in the press kit: its files to download.</summary>
public sealed record LogoDownloadView(string Variant, string Backgrounds, string Svg, IReadOnlyList<LinkView> Pngs);

/// <summary>A brand in the press kit, with the manual's rules a journalist must follow.</summary>
public sealed record BrandDownloadView(string Name, string Alt, int MinHeight, string ClearSpace, IReadOnlyList<LogoDownloadView> Variants);

/// <summary>A row of the table beside a chart: the label (a year, a state) and one formatted cell per column.</summary>
public sealed record ChartRowView(string Label, IReadOnlyList<string> Cells, string? Url = null);

/// <summary>A chart as the theme shows it: the SVG (trusted markup), the same data as a table, and its source.</summary>
public sealed record ChartView(
    string Id,
    string Title,
    string Svg,
    string RowHeader,
    IReadOnlyList<string> Columns,
    IReadOnlyList<ChartRowView> Rows,
    string Source,
    string? SourceUrl,
    IReadOnlyList<string> Notes);

/// <summary>A dataset on /resultados/: what it is, where it comes from and its files.</summary>
public sealed record DownloadView(string Title, string Description, string Source, string? SourceUrl, string? Compilation, string? TakenOn,
    string License, IReadOnlyList<string> Notes, string Csv, string Json, string Schema, int Rows);
