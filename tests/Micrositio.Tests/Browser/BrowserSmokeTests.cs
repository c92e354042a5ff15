using System.Text;
using Micrositio.Preview;
using Micrositio.Preview.Netlify;
using Micrositio.Tests.Support;

namespace Micrositio.Tests.Browser;

/// <summary>The browser test infrastructure itself: a built site served and opened in Chromium, and the guard against other hosts.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BrowserSmokeTests(BrowserFixture browser)
{
    [Fact]
    public async Task Built_home_page_opens_on_a_phone_without_errors()
    {
        await using var site = await ServedSite.BuildAsync("""
            -- input/paginas/inicio.md --
            ---
            titulo: Inicio de prueba
            ---
            Bienvenida a la prueba del navegador.
            """);
        var page = await browser.NewPageAsync(360, 740);
        await using var context = page.Context;

        var response = await page.GotoAsync(site.Url("/"));

        Assert.Equal(200, response?.Status);
        Assert.Contains("Sitio de prueba", await page.TitleAsync(), StringComparison.Ordinal);
        Assert.Equal("es-MX", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Empty(page.Recorder().ConsoleErrors);
        Assert.Empty(page.Recorder().BlockedRequests);
        page.Recorder().AssertClean();
    }

    [Fact]
    public async Task Request_to_another_host_is_blocked_and_recorded()
    {
        // A hand-made page without the production CSP, which would stop the fetch before it reached the route.
        using var folder = new TempFolder();
        folder.Write("index.html", """<!doctype html><html lang="es-MX"><head><meta charset="utf-8"><title>Prueba</title></head><body><p>Hola</p></body></html>""");
        await using var server = await PreviewServer.StartAsync(SiteSnapshot.FromDirectory(folder.Path), NetlifyConfig.Empty, liveReload: false);
        var page = await browser.NewPageAsync(360, 740);
        await using var context = page.Context;
        await page.GotoAsync(server.Url("/"));

        var outcome = await page.EvaluateAsync<string>("""
            () => fetch('https://example.com/rastreo.js').then(() => 'loaded', e => 'failed: ' + e.message)
            """);

        Assert.StartsWith("failed", outcome, StringComparison.Ordinal);
        Assert.Equal(["https://example.com/rastreo.js"], page.Recorder().BlockedRequests);
        Assert.Empty(page.Recorder().PageErrors);
    }

    [Fact]
    public async Task An_inline_style_under_the_production_csp_is_recorded_as_a_violation()
    {
        using var folder = new TempFolder();
        folder.Write("index.html", """<!doctype html><html lang="es-MX"><head><meta charset="utf-8"><title>Prueba</title><style>p{color:red}</style></head><body><p>Hola</p></body></html>""");
        await using var server = await PreviewServer.StartAsync(SiteSnapshot.FromDirectory(folder.Path), Netlify.Production, liveReload: false);
        var page = await browser.NewPageAsync(360, 740);
        await using var context = page.Context;

        await page.GotoAsync(server.Url("/"));

        Assert.Contains(page.Recorder().CspViolations, v => v.Contains("style-src", StringComparison.Ordinal) && v.Contains("inline", StringComparison.Ordinal));
        Assert.Throws<Xunit.Sdk.XunitException>(() => page.Recorder().AssertClean());
    }

    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "micrositio-tests", Guid.NewGuid().ToString("N"));

        public void Write(string name, string text)
        {
            var full = System.IO.Path.Combine(Path, name);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text, new UTF8Encoding(false));
        }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
