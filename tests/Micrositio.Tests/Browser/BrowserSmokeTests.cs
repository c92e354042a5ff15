using System.Net;
using System.Text;
using Microsoft.Playwright;

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
        await using var server = await StaticSiteServer.StartAsync(folder.Path);
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
    public async Task Server_serves_clean_urls_content_types_and_the_404_page()
    {
        using var folder = new TempFolder();
        folder.Write("index.html", "<!doctype html><title>Inicio</title>");
        folder.Write("red/index.html", "<!doctype html><title>La Red</title>");
        folder.Write("404.html", "<!doctype html><title>No encontrada</title>");
        folder.Write("logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        folder.Write("feed.xml", "<feed/>");
        folder.Write("_redirects", "/a /b 301");
        folder.Write("datos.desconocido", "?");
        await using var server = await StaticSiteServer.StartAsync(folder.Path, NetlifyHeaders.Production);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });

        var red = await http.GetAsync(server.Url("/red/"));
        Assert.Equal(HttpStatusCode.OK, red.StatusCode);
        Assert.Contains("La Red", await red.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("text/html; charset=utf-8", red.Content.Headers.ContentType?.ToString());
        Assert.Contains("default-src 'self'", string.Join(" ", red.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);

        var withoutSlash = await http.GetAsync(server.Url("/red"));
        Assert.Equal(HttpStatusCode.MovedPermanently, withoutSlash.StatusCode);
        Assert.EndsWith("/red/", withoutSlash.Headers.Location?.ToString(), StringComparison.Ordinal);

        Assert.Equal("image/svg+xml", (await http.GetAsync(server.Url("/logo.svg"))).Content.Headers.ContentType?.MediaType);
        Assert.Equal("application/xml", (await http.GetAsync(server.Url("/feed.xml"))).Content.Headers.ContentType?.MediaType);

        foreach (var missing in new[] { "/no-existe/", "/_redirects", "/datos.desconocido" })
        {
            var response = await http.GetAsync(server.Url(missing));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains("No encontrada", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
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
