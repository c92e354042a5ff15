using Micrositio.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Micrositio.Tests.Browser;

/// <summary>
/// What the three kinds of users do, in Chromium on a phone and on a laptop: a citizen browsing by state,
/// and a journalist downloading a release and the press kit (both also with JavaScript off); the staff
/// member's journey is <see cref="PreviewJourneyTests"/>. On the laptop, axe checks each page of the way.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class JourneyTests(BrowserFixture browser, ShippedSiteServer shipped, ITestOutputHelper output)
{
    public static TheoryData<int, int, bool> Screens => new()
    {
        { 360, 740, true },
        { 1280, 800, true },
        { 360, 740, false },
        { 1280, 800, false },
    };

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task A_citizen_goes_from_the_map_to_a_state_a_mesa_and_an_achievement(int width, int height, bool javaScript)
    {
        var server = await shipped.StartAsync();
        var page = await browser.NewPageAsync(width, height, javaScript);
        await using var context = page.Context;
        // axe runs inside the page, so it checks the pages with JavaScript on (the HTML is the same without).
        var axe = width >= 1280 && javaScript;

        await page.GotoAsync(server.Url("/"));
        await CheckAsync(page, axe);
        await page.Locator("svg.mapa a[aria-label^='Tamaulipas:']").ClickAsync();
        await page.WaitForURLAsync("**/estados/tamaulipas/");
        Assert.Contains("Tamaulipas", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        await CheckAsync(page, axe);

        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Mesa de Seguridad y Justicia de Tampico-Madero-Altamira" }).First.ClickAsync();
        await page.WaitForURLAsync("**/mesas/tampico-madero-altamira/");
        Assert.Contains("Tampico-Madero-Altamira", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        await CheckAsync(page, axe);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Principal" }).GetByRole(AriaRole.Link, new() { Name = "Logros", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/logros/");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Agendas Estatales de Seguridad y Justicia" }).First.ClickAsync();
        await page.WaitForURLAsync("**/logros/agendas-estatales-de-seguridad-y-justicia/");
        Assert.StartsWith("Agendas Estatales de Seguridad y Justicia", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        await CheckAsync(page, axe);
        page.Recorder().AssertClean();
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task A_journalist_finds_a_release_and_downloads_its_pdf_and_the_press_kit(int width, int height, bool javaScript)
    {
        var server = await shipped.StartAsync();
        var page = await browser.NewPageAsync(width, height, javaScript);
        await using var context = page.Context;
        // axe runs inside the page, so it checks the pages with JavaScript on (the HTML is the same without).
        var axe = width >= 1280 && javaScript;

        await page.GotoAsync(server.Url("/"));
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Principal" }).GetByRole(AriaRole.Link, new() { Name = "Sala de prensa" }).ClickAsync();
        await page.WaitForURLAsync("**/sala-de-prensa/");
        await CheckAsync(page, axe);

        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Cancún-Isla Mujeres será la sede del Cuarto Encuentro Nacional" }).First.ClickAsync();
        await page.WaitForURLAsync("**/sala-de-prensa/2018/cancun-isla-mujeres-sede-del-cuarto-encuentro/");
        await CheckAsync(page, axe);
        var pdf = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Descargar el comunicado en PDF" }).ClickAsync());
        Assert.Equal("cancun-isla-mujeres-sede-del-cuarto-encuentro.pdf", pdf.SuggestedFilename);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(await DownloadedAsync(pdf), 0, 5), StringComparison.Ordinal);

        await page.GoBackAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Sala de prensa" }).First.ClickAsync();
        await page.WaitForURLAsync("**/sala-de-prensa/");
        var kit = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Descargue el kit de prensa" }).ClickAsync());
        Assert.Equal("kit-de-prensa.zip", kit.SuggestedFilename);
        var zip = await DownloadedAsync(kit);
        Assert.Equal("PK\u0003\u0004", System.Text.Encoding.ASCII.GetString(zip, 0, 4));
        using var archive = new System.IO.Compression.ZipArchive(new MemoryStream(zip));
        Assert.Contains(archive.Entries, e => e.FullName == "SHA256SUMS.txt");
        page.Recorder().AssertClean();
    }

    [Theory]
    [InlineData(360, 740)]
    [InlineData(1280, 800)]
    public async Task Screenshots_of_the_key_pages_are_saved_as_artifacts(int width, int height)
    {
        var server = await shipped.StartAsync();
        var page = await browser.NewPageAsync(width, height);
        await using var context = page.Context;
        var folder = Artifacts.Folder("capturas");
        foreach (var (name, path) in new[]
        {
            ("inicio", "/"), ("estado-tamaulipas", "/estados/tamaulipas/"), ("mesa-tampico-madero-altamira", "/mesas/tampico-madero-altamira/"),
            ("comunicado-tercer-encuentro", "/sala-de-prensa/2018/tercer-encuentro-nacional-tampico/"),
        })
        {
            await page.GotoAsync(server.Url(path));
            var file = Path.Combine(folder, $"{name}-{width}x{height}.png");
            await page.ScreenshotAsync(new() { Path = file, FullPage = true });
            var bytes = await File.ReadAllBytesAsync(file);
            Assert.True(bytes.Length > 10_000 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G', $"{file} is not a screenshot");
            output.WriteLine(file);
        }

        page.Recorder().AssertClean();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/sala-de-prensa/2018/tercer-encuentro-nacional-tampico/")]
    [InlineData("/resultados/")]
    public async Task Keyboard_focus_is_always_visible_and_the_skip_link_comes_first(string path)
    {
        var server = await shipped.StartAsync();
        var page = await browser.NewPageAsync(1280, 800);
        await using var context = page.Context;
        await page.GotoAsync(server.Url(path));

        var seen = new List<string>();
        for (var stop = 0; stop < 60; stop++)
        {
            await page.Keyboard.PressAsync("Tab");
            // An outline of at least 2 px; inside the map's SVG the focused state is filled instead (StateBrowsingTests).
            var focus = await page.EvaluateAsync<string>("""
                () => {
                  const e = document.activeElement;
                  if (!e || e === document.body) return 'body';
                  const name = `${e.tagName.toLowerCase()} ${(e.getAttribute('href') || e.getAttribute('aria-label') || e.id || '').slice(0, 60)}`;
                  if (e.closest('svg')) return 'ok ' + name;
                  const s = getComputedStyle(e);
                  return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 ? 'ok ' : 'INVISIBLE ') + name;
                }
                """);
            seen.Add(focus);
        }

        Assert.StartsWith("ok a #contenido", seen[0], StringComparison.Ordinal);
        Assert.DoesNotContain(seen, f => f.StartsWith("INVISIBLE", StringComparison.Ordinal));
        page.Recorder().AssertClean();
    }

    /// <summary>axe on the page as it is (on the laptop), and nothing wrong recorded so far.</summary>
    private static async Task CheckAsync(IPage page, bool axe)
    {
        if (axe)
        {
            await Accessibility.AssertNoViolationsAsync(page);
        }

        page.Recorder().AssertClean();
    }

    private static async Task<byte[]> DownloadedAsync(IDownload download) =>
        await File.ReadAllBytesAsync(await download.PathAsync() ?? throw new InvalidOperationException("The download was not saved."));

}
