using Micrositio.Content;

namespace Micrositio.Assemble;

/// <summary>The site map: every public URL is made here, clean and with a trailing slash.</summary>
public static class Urls
{
    public const string Home = "/";
    public const string Mesas = "/mesas/";
    public const string States = "/estados/";
    public const string Achievements = "/logros/";
    public const string Meetings = "/encuentros/";
    public const string PressRoom = "/sala-de-prensa/";
    public const string PressLogos = "/sala-de-prensa/logotipos/";
    public const string Feed = "/feed.xml";
    public const string PressFeed = "/sala-de-prensa/feed.xml";
    public const string PressKit = "/sala-de-prensa/kit-de-prensa.zip";
    public const string PressCard = "/sala-de-prensa/tarjeta.png";
    public const string Sitemap = "/sitemap.xml";
    public const string NotFound = "/404.html";
    public const string Gone = "/410.html";
    public const string Gallery = "/galeria/";
    public const string Results = "/resultados/";
    public const string Search = "/buscar/";

    /// <summary>Photo derivatives; netlify.toml serves them with a one-year immutable cache.</summary>
    public const string Photos = "/fotos/";

    /// <summary>The brand manual's logo files (SVG and PNG).</summary>
    public const string Brand = "/marca/";

    /// <summary>The theme's static files.</summary>
    public const string Assets = "/assets/";

    public const string Robots = "/robots.txt";

    /// <summary>Netlify's redirect rules for withdrawn photos and retired URLs.</summary>
    public const string Redirects = "/_redirects";

    /// <summary>The old press room's URLs, which netlify.toml redirects to <see cref="PressRoom"/>.</summary>
    public const string OldPressRoom = "/prensa/";

    /// <summary>
    /// The first path segments of every fixed URL above (extensions dropped: «/404.html» is «404»), so a page in
    /// input/paginas/ cannot take one. A test builds a complete site and fails on any top-level output not listed here.
    /// </summary>
    public static IReadOnlySet<string> TopLevelNames { get; } = typeof(Urls)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => FirstSegment((string)f.GetRawConstantValue()!))
        .Where(s => s.Length > 0)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>Fixed sub-paths of a section whose other sub-paths are content slugs (the achievements' filtered listings).</summary>
    public static IReadOnlySet<string> FixedUnder(string section) => section == Achievements
        ? new[] { AchievementsByAxis("x"), AchievementsByState("x") }.Select(u => u[Achievements.Length..].Split('/')[0]).ToHashSet(StringComparer.Ordinal)
        : new HashSet<string>(StringComparer.Ordinal);

    /// <summary>«/404.html» → «404», «/mesas/» → «mesas», «/» → «».</summary>
    public static string FirstSegment(string url)
    {
        var segment = url.TrimStart('/').Split('/')[0];
        var dot = segment.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 ? segment[..dot] : segment;
    }

    public static string Album(string slug) => $"/galeria/{slug}/";

    public static string Mesa(string slug) => $"/mesas/{slug}/";

    /// <summary>Every derivative of a photo starts with its id, so this pattern retires them all.</summary>
    public static string PhotoDerivatives(string photoId) => $"{Photos}{photoId}-*";

    public static string State(string slug) => $"/estados/{slug}/";

    public static string Achievement(string slug) => $"/logros/{slug}/";

    public static string AchievementsByAxis(string axis) => $"/logros/eje/{axis}/";

    public static string AchievementsByState(string stateSlug) => $"/logros/estado/{stateSlug}/";

    /// <summary>The achievements listing filtered by state, axis, both or neither.</summary>
    public static string AchievementsFiltered(string? stateSlug, string? axis) => (stateSlug, axis) switch
    {
        (null, null) => Achievements,
        (null, { } a) => AchievementsByAxis(a),
        ({ } s, null) => AchievementsByState(s),
        ({ } s, { } a) => $"/logros/estado/{s}/{a}/",
    };

    public static string Release(PressRelease release) => $"/sala-de-prensa/{release.Date.Day.Year:D4}/{release.Slug}/";

    /// <summary>The release's PDF sits beside its page, named after it so a downloaded file says what it is.</summary>
    public static string ReleasePdf(PressRelease release) => $"{Release(release)}{release.Slug}.pdf";

    public static string Meeting(string slug) => $"/encuentros/{slug}/";

    public static string Page(string slug) => slug == "inicio" ? Home : $"/{slug}/";

    /// <summary>The file that serves a URL: <c>/mesas/x/</c> → <c>mesas/x/index.html</c>.</summary>
    public static string ToOutputPath(string url) =>
        url.EndsWith('/') ? url.TrimStart('/') + "index.html" : url.TrimStart('/');
}
