using System.Diagnostics;
using Micrositio.Build;
using Micrositio.Preview;
using Micrositio.Tests.Support;
using Xunit.Abstractions;

namespace Micrositio.Tests.Browser;

/// <summary>
/// A staff member previewing an edit: <c>micrositio serve</c> (a <see cref="PreviewSession"/>) on a copy of the
/// shipped content, the mesa's page open in Chromium, its Markdown edited. Its own collection, run after the
/// others and alone, so the two-second bound measures the preview, not the rest of the suite sharing 2 cores.
/// </summary>
[Collection(Name)]
public sealed class PreviewJourneyTests(BrowserFixture browser, ITestOutputHelper output)
{
    public const string Name = "Vista previa";

    [Fact]
    public async Task A_staff_member_sees_their_markdown_edit_in_the_open_preview_within_two_seconds()
    {
        // The photo and logo caches are shared with the other tests; the PDF cache lives in the copy.
        var root = Path.Combine(Path.GetTempPath(), "micrositio-tests", "vista-previa-" + Guid.NewGuid().ToString("N"));
        SiteFixture.CopyDirectory(Repository.Input, Path.Combine(root, "input"));
        try
        {
            var options = BuildOptions.ForRoot(root, DateTimeOffset.UtcNow) with
            {
                ThemesDirectory = Repository.Themes,
                CacheDirectory = Path.Combine(Repository.Root, ".cache", "imagenes"),
                BrandCacheDirectory = Path.Combine(Repository.Root, ".cache", "marca"),
            };
            await using var session = await PreviewSession.StartAsync(options, Netlify.Production);
            var page = await browser.NewPageAsync(1280, 800);
            await using var context = page.Context;
            await page.GotoAsync(session.Server.Url("/mesas/tampico-madero-altamira/"));
            await WaitForAsync(() => session.Server.LiveReloadListeners > 0);
            var mesa = Path.Combine(root, "input", "mesas", "tampico-madero-altamira.md");

            // Two edits, as a person makes them; the second one, after the process has run a rebuild once, is timed.
            foreach (var (edit, sentence) in new[] { (1, "Primera nota de la prueba de la vista previa."), (2, "La mesa actualizó esta página durante la prueba de la vista previa.") })
            {
                var clock = Stopwatch.StartNew();
                await File.AppendAllTextAsync(mesa, $"\n{sentence}\n");
                await page.GetByText(sentence).WaitForAsync(new() { Timeout = edit == 1 ? 10_000 : 2_000 });
                output.WriteLine($"edit {edit} shown after {clock.ElapsedMilliseconds} ms");
            }

            Assert.EndsWith("/mesas/tampico-madero-altamira/", page.Url, StringComparison.Ordinal);
            page.Recorder().AssertClean();
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), "the page did not connect to the preview's live reload");
            await Task.Delay(20);
        }
    }
}

[CollectionDefinition(PreviewJourneyTests.Name, DisableParallelization = true)]
public sealed class PreviewJourneyCollection : ICollectionFixture<BrowserFixture>;
