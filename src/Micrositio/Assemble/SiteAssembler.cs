using System.Globalization;
using Micrositio.Content;
using Micrositio.Diagnostics;

namespace Micrositio.Assemble;

/// <summary>
/// The Assemble stage: drops what must not be published yet (releases under embargo), orders content
/// and builds the lookups and the id → URL map. Nothing is rendered here.
/// </summary>
public sealed class SiteAssembler(DateTimeOffset now, ErrorList errors)
{
    public SiteModel Assemble(ContentSet content)
    {
        var published = new List<PressRelease>();
        var embargoed = new List<PressRelease>();
        var unpublished = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var release in content.PressReleases)
        {
            if (release.Embargo is { } embargo && embargo > now)
            {
                var local = TimeZoneInfo.ConvertTime(embargo, content.Site.TimeZone);
                unpublished[$"comunicado:{release.Slug}"] =
                    $"el comunicado está bajo embargo hasta el {local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} ({content.Site.TimeZone.Id})";
                embargoed.Add(release);
                continue;
            }

            published.Add(release);
        }

        published = published
            .OrderByDescending(r => r.Date.ToInstant(content.Site.TimeZone))
            .ThenBy(r => r.Slug, StringComparer.Ordinal)
            .ToList();

        var achievements = content.Achievements
            .OrderByDescending(a => a.Date)
            .ThenBy(a => a.Slug, StringComparer.Ordinal)
            .ToList();
        var mesas = content.Mesas.OrderBy(m => m.Name, StringComparer.Ordinal).ToList();
        var meetings = content.Meetings.OrderByDescending(m => m.Start).ToList();

        return new SiteModel(
            content,
            published,
            embargoed.OrderBy(r => r.SourcePath, StringComparer.Ordinal).ToList(),
            content.States.ToDictionary(s => s.Slug, StringComparer.Ordinal),
            mesas.ToDictionary(m => m.Slug, StringComparer.Ordinal),
            mesas.ToLookup(m => m.State, StringComparer.Ordinal),
            achievements,
            achievements.ToLookup(a => a.Axis, StringComparer.Ordinal),
            achievements.SelectMany(a => a.States.Select(s => (s, a))).ToLookup(p => p.s, p => p.a, StringComparer.Ordinal),
            achievements.SelectMany(a => a.Mesas.Select(m => (m, a))).ToLookup(p => p.m, p => p.a, StringComparer.Ordinal),
            published.SelectMany(r => r.States.Select(s => (s, r))).ToLookup(p => p.s, p => p.r, StringComparer.Ordinal),
            published.SelectMany(r => r.Mesas.Select(m => (m, r))).ToLookup(p => p.m, p => p.r, StringComparer.Ordinal),
            meetings.SelectMany(m => m.Attendees.Select(a => (a, m))).ToLookup(p => p.a, p => p.m, StringComparer.Ordinal),
            meetings,
            new ContentIds(BuildUrlMap(content, published), unpublished, content.FailedIds),
            new ResultsIndex(content.Data));
    }

    private Dictionary<string, string> BuildUrlMap(ContentSet content, List<PressRelease> published)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var state in content.States)
        {
            map[$"estado:{state.Slug}"] = Urls.State(state.Slug);
        }

        foreach (var mesa in content.Mesas)
        {
            map[$"mesa:{mesa.Slug}"] = Urls.Mesa(mesa.Slug);
        }

        foreach (var achievement in content.Achievements)
        {
            map[$"logro:{achievement.Slug}"] = Urls.Achievement(achievement.Slug);
        }

        foreach (var meeting in content.Meetings)
        {
            map[$"encuentro:{meeting.Slug}"] = Urls.Meeting(meeting.Slug);
        }

        foreach (var page in content.Pages)
        {
            map[$"pagina:{page.Slug}"] = Urls.Page(page.Slug);
        }

        foreach (var group in published.GroupBy(r => r.Slug))
        {
            if (group.Count() > 1)
            {
                foreach (var release in group)
                {
                    errors.Add(Stage.Assemble, release.SourcePath, null, null,
                        $"el id «comunicado:{group.Key}» es ambiguo: hay comunicados con ese slug en varios años.",
                        "use un slug distinto para cada comunicado.");
                }
            }

            map[$"comunicado:{group.Key}"] = Urls.Release(group.First());
        }

        return map;
    }
}
