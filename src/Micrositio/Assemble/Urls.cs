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

    public static string Album(string slug) => $"/galeria/{slug}/";

    public static string Mesa(string slug) => $"/mesas/{slug}/";

    /// <summary>Every derivative of a photo starts with its id, so this pattern retires them all.</summary>
    public static string PhotoDerivatives(string photoId) => $"/fotos/{photoId}-*";

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
