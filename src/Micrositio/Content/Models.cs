using Micrositio.Load;

namespace Micrositio.Content;

// The typed content of input/, produced by the Validate stage. Keys of the front matter are Spanish;
// names here are English. Slugs are already validated; references are resolved to slugs.

public sealed record MediaContact(string Id, string Role, string Email, string? Phone);

public sealed record SocialLink(string Name, Uri Url);

/// <summary>A boilerplate («Acerca de México SOS») that closes every press release.</summary>
public sealed record AboutText(string Title, string Text);

public sealed record SiteConfig(
    string Title,
    string ShortTitle,
    string Description,
    Uri BaseUrl,
    string Language,
    string Theme,
    TimeZoneInfo TimeZone,
    IReadOnlyList<MediaContact> MediaContacts,
    IReadOnlyList<SocialLink> SocialLinks,
    Images.ImageLimits ImageLimits)
{
    public IReadOnlyList<AboutText> About { get; init; } = [];
}

public sealed record NetworkFacts(int MesasInNetwork, int People, IReadOnlyList<string> StatesInReport, string Source);

public sealed record State(string Code, string Name, string OfficialName, string Slug, string Abbreviation, MarkdownSource Intro);

public sealed record Mesa(
    string Slug,
    string SourcePath,
    string Name,
    string State,
    IReadOnlyList<string> Municipalities,
    PartialDate? Founded,
    IReadOnlyList<string> Committees,
    bool Active,
    string Summary,
    MarkdownSource Body)
{
    /// <summary>Sponsors (keys of the brand manual's «patrocinadores»), whose logos join the mesa's lockup.</summary>
    public IReadOnlyList<string> Sponsors { get; init; } = [];
}

public sealed record Achievement(
    string Slug,
    string SourcePath,
    string Title,
    PartialDate Date,
    string Axis,
    IReadOnlyList<string> States,
    IReadOnlyList<string> Mesas,
    string Summary,
    string? Source,
    MarkdownSource Body);

public sealed record PressRelease(
    string Slug,
    string SourcePath,
    string Title,
    PublicationDate Date,
    string Place,
    DateTimeOffset? Embargo,
    string Contact,
    string Summary,
    IReadOnlyList<string> States,
    IReadOnlyList<string> Mesas,
    MarkdownSource Body)
{
    /// <summary>Gallery photos shown with the release, as «álbum/archivo»; checked against the gallery by the Images stage.</summary>
    public IReadOnlyList<string> Photos { get; init; } = [];
}

public sealed record VoteOption(string Option, int Votes);

public sealed record Vote(string Subject, IReadOnlyList<VoteOption> Options);

public sealed record MediaCoverage(int Total, int? National);

public sealed record Meeting(
    string Slug,
    string SourcePath,
    string Title,
    int Number,
    DateOnly Start,
    DateOnly? End,
    string Venue,
    string State,
    string? Host,
    int? MesasInvited,
    IReadOnlyList<string> Attendees,
    MediaCoverage? Media,
    Vote? Vote,
    string Summary,
    MarkdownSource Body);

public sealed record StaticPage(string Slug, string SourcePath, string Title, string? Description, MarkdownSource Body);

public sealed record HiddenArea(int X, int Y, int Width, int Height, string? Reason);

/// <summary>
/// A photo of an album. <see cref="FullPath"/> is where its bytes are; they are never published, only
/// pixels re-encoded from them. <see cref="HasConsent"/> is false when album.yml has no consent record.
/// </summary>
public sealed record Photo(
    string Album,
    string FileName,
    string SourcePath,
    string FullPath,
    int Line,
    string Alt,
    string? Caption,
    string? Credit,
    bool HasConsent,
    IReadOnlyList<HiddenArea> HiddenAreas)
{
    /// <summary>Chosen for the press kit (with its caption and credit).</summary>
    public bool InPressKit { get; init; }

    /// <summary>How releases refer to it: «álbum/archivo».</summary>
    public string Reference => $"{Album}/{FileName}";
}

public sealed record Album(
    string Slug,
    string SourcePath,
    string Title,
    DateOnly Date,
    string? Mesa,
    string? State,
    string? Description,
    IReadOnlyList<Photo> Photos);

/// <summary>Everything in <c>input/</c>, validated and typed.</summary>
public sealed record ContentSet(
    SiteConfig Site,
    NetworkFacts Network,
    IReadOnlyList<State> States,
    IReadOnlyList<Mesa> Mesas,
    IReadOnlyList<Achievement> Achievements,
    IReadOnlyList<PressRelease> PressReleases,
    IReadOnlyList<Meeting> Meetings,
    IReadOnlyList<StaticPage> Pages,
    IReadOnlyList<string> AllowedExceptions,
    IReadOnlyList<Album> Albums,
    IReadOnlyList<Withdrawal> WithdrawnPhotos,
    Brand.BrandManual BrandManual,
    ResultsData Data)
{
    /// <summary>Content ids («mesa:slug») of files left out for their own errors; links to them are not errors of their own.</summary>
    public IReadOnlySet<string> FailedIds { get; init; } = new HashSet<string>(StringComparer.Ordinal);
}

/// <summary>A line of input/galeria/retiradas.txt: «álbum/archivo» or a photo id.</summary>
public sealed record Withdrawal(int Line, string Entry);
