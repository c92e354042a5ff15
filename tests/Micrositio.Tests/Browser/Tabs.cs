using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Micrositio.Tests.Browser;

/// <summary>
/// Visits many URLs with a few tabs of one context, each tab taking the next URL when it is free: a
/// context per URL would cost more than the checks, and a single tab spends most of its time waiting
/// (about 3× slower on 2 cores).
/// </summary>
public static class Tabs
{
    public static async Task VisitAllAsync(IPage first, int count, IEnumerable<string> urls, Func<IPage, string, Task> visit)
    {
        var tabs = new List<IPage> { first };
        while (tabs.Count < count)
        {
            tabs.Add(await first.Context.NewPageAsync());
        }

        var queue = new ConcurrentQueue<string>(urls);
        await Task.WhenAll(tabs.Select(async tab =>
        {
            while (queue.TryDequeue(out var url))
            {
                await visit(tab, url);
            }
        }));
    }
}
