using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Playwright;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Micrositio.Tests.Browser;

/// <summary>
/// Every page of the shipped site, served as Netlify serves it (CSP included), on a cheap phone's screen:
/// zero axe-core violations of WCAG 2.2 A/AA, no console error, no CSP violation, no request to any other
/// host, and every image with alt text, actually loaded. (The laptop layout is checked with axe along the
/// journeys of <see cref="JourneyTests"/>; every page at both sizes by <see cref="LogoRenderingTests"/>.)
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EveryPageTests(BrowserFixture browser, ShippedSiteServer shipped, ITestOutputHelper output)
{
    private const int TabCount = 3;

    /// <summary>Lazy images load when scrolled to; make them load now, then report those without alt or pixels.</summary>
    private const string ImageProblems = """
        async () => {
          const images = [...document.images];
          images.forEach((img) => { img.loading = 'eager'; });
          await Promise.all(images.map((img) => img.complete ? null : new Promise((done) => {
            img.addEventListener('load', done, { once: true });
            img.addEventListener('error', done, { once: true });
          })));
          return images.flatMap((img) => [
            ...(img.hasAttribute('alt') ? [] : [`${img.currentSrc || img.src}: no alt attribute`]),
            ...(img.naturalWidth > 0 ? [] : [`${img.currentSrc || img.src}: did not load`]),
          ]);
        }
        """;

    [Fact]
    public async Task Every_page_is_accessible_loads_its_images_and_stays_on_this_site()
    {
        const int width = 360, height = 740;
        var server = await shipped.StartAsync();
        var urls = shipped.PageUrls();
        var clock = Stopwatch.StartNew();
        var page = await browser.NewPageAsync(width, height);
        await using var context = page.Context;
        var problems = new ConcurrentBag<string>();
        var images = 0;
        await Tabs.VisitAllAsync(page, TabCount, urls, async (tab, url) =>
        {
            var response = await tab.GotoAsync(server.Url(url), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            if (response?.Status != 200)
            {
                problems.Add($"{url}: HTTP {response?.Status}");
            }

            Interlocked.Add(ref images, await tab.Locator("img").CountAsync());
            foreach (var problem in await tab.EvaluateAsync<string[]>(ImageProblems))
            {
                problems.Add($"{url}: image {problem}");
            }

            foreach (var violation in await Accessibility.ViolationsAsync(tab))
            {
                problems.Add($"{url}: axe {violation}");
            }
        });
        output.WriteLine($"{width}×{height}: {urls.Count} pages, {images} images, checked in {clock.Elapsed.TotalSeconds:F1} s");
        Assert.True(urls.Count > 100, $"only {urls.Count} pages found");
        if (!problems.IsEmpty)
        {
            throw new XunitException($"{problems.Count} problems at {width}×{height}:\n" + string.Join("\n", problems.Order(StringComparer.Ordinal)));
        }

        page.Recorder().AssertClean();
    }
}
