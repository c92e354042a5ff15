using Micrositio.Content;

namespace Micrositio.Assemble;

/// <summary>
/// The whole site as a graph, built once before anything renders (so every template can see every page):
/// published content, newest first where it matters, with the lookups the pages need.
/// </summary>
public sealed record SiteModel(
    ContentSet Content,
    IReadOnlyList<PressRelease> PublishedReleases,
    IReadOnlyList<PressRelease> EmbargoedReleases,
    IReadOnlyDictionary<string, State> StatesBySlug,
    IReadOnlyDictionary<string, Mesa> MesasBySlug,
    ILookup<string, Mesa> MesasByState,
    IReadOnlyList<Achievement> AchievementsNewestFirst,
    ILookup<string, Achievement> AchievementsByAxis,
    ILookup<string, Achievement> AchievementsByState,
    ILookup<string, Achievement> AchievementsByMesa,
    ILookup<string, PressRelease> ReleasesByState,
    ILookup<string, PressRelease> ReleasesByMesa,
    ILookup<string, Meeting> MeetingsByMesa,
    IReadOnlyList<Meeting> MeetingsNewestFirst,
    ContentIds Ids,
    ResultsIndex Results)
{
    public SiteConfig Site => Content.Site;

    /// <summary>The states where at least one mesa of the site operates.</summary>
    public IEnumerable<State> StatesWithMesas => Content.States.Where(s => MesasByState[s.Slug].Any());
}
