using System.Net;
using System.Text;
using Micrositio.Preview;
using Micrositio.Preview.Netlify;
using Micrositio.Tests.Support;
using Micrositio.Write;

namespace Micrositio.Tests.Preview;

/// <summary>The preview server over HTTP: Netlify's headers, routing and content types, and the live-reload additions.</summary>
public sealed class PreviewServerTests
{
    private const string Page = "<!DOCTYPE html>\n<html lang=\"es-MX\">\n<head>\n<title>Inicio</title>\n</head>\n<body class=\"tipo-inicio\">\n<p>Hola</p>\n</body>\n</html>\n";

    private static SiteSnapshot Site(int version = 1, string page = Page) => SiteSnapshot.Of(
    [
        new OutputFile("index.html", Encoding.UTF8.GetBytes(page)),
        new OutputFile("red/index.html", Encoding.UTF8.GetBytes(Page.Replace("Hola", "La Red", StringComparison.Ordinal))),
        new OutputFile("404.html", Encoding.UTF8.GetBytes(Page.Replace("Hola", "No encontrada", StringComparison.Ordinal))),
        new OutputFile("410.html", Encoding.UTF8.GetBytes(Page.Replace("Hola", "Foto retirada", StringComparison.Ordinal))),
        new OutputFile("assets/sitio.0123456789.css", Encoding.UTF8.GetBytes("body{}")),
        new OutputFile("fotos/abc-def-480.webp", [1, 2, 3]),
        new OutputFile("feed.xml", Encoding.UTF8.GetBytes("<feed/>")),
        new OutputFile("_redirects", Encoding.UTF8.GetBytes("/fotos/abc-*  /410.html  410!\n")),
    ], version);

    private static HttpClient Http() => new(new HttpClientHandler { AllowAutoRedirect = false });

    [Fact]
    public async Task Answers_as_netlify_with_the_headers_of_netlify_toml()
    {
        await using var server = await PreviewServer.StartAsync(Site(), Netlify.Production, liveReload: false);
        using var http = Http();

        var home = await http.GetAsync(server.Url("/"));
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("text/html; charset=utf-8", home.Content.Headers.ContentType?.ToString());
        Assert.Contains("default-src 'self'", home.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", home.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("public, max-age=0, must-revalidate", home.Headers.NonValidated["Cache-Control"].ToString());
        Assert.Equal(Page, await home.Content.ReadAsStringAsync());

        var css = await http.GetAsync(server.Url("/assets/sitio.0123456789.css"));
        Assert.Equal("public, max-age=31536000, immutable", css.Headers.NonValidated["Cache-Control"].ToString());
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);

        var red = await http.GetAsync(server.Url("/red"));
        Assert.Equal(HttpStatusCode.MovedPermanently, red.StatusCode);
        Assert.Equal("/red/", red.Headers.Location?.ToString());

        var press = await http.GetAsync(server.Url("/prensa/algo?x=1"));
        Assert.Equal(HttpStatusCode.MovedPermanently, press.StatusCode);
        Assert.Equal("/sala-de-prensa/?x=1", press.Headers.Location?.ToString());

        var withdrawn = await http.GetAsync(server.Url("/fotos/abc-def-480.webp"));
        Assert.Equal(HttpStatusCode.Gone, withdrawn.StatusCode);
        Assert.Contains("Foto retirada", await withdrawn.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        foreach (var missing in new[] { "/no-existe/", "/_redirects" })
        {
            var response = await http.GetAsync(server.Url(missing));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains("No encontrada", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await http.PostAsync(server.Url("/"), new StringContent(""))).StatusCode);
        Assert.Empty(server.Problems);
    }

    [Theory]
    [InlineData("//red")]
    [InlineData("//red/")]
    [InlineData("///red")]
    [InlineData("//ejemplo.org/")]
    [InlineData("//ejemplo.org")]
    [InlineData("/%2Fejemplo.org")]
    [InlineData("/%2F%2Fejemplo.org/")]
    [InlineData("/red/..//ejemplo.org")]
    public async Task A_path_with_an_empty_segment_is_not_found_and_never_redirects_to_another_host(string target)
    {
        await using var server = await PreviewServer.StartAsync(Site(), Netlify.Production, liveReload: false);

        var answer = await RawHttp.SendAsync(server.BaseUrl, "GET", target);

        Assert.Equal(404, answer.Status);
        Assert.Null(answer.Header("Location"));
        Assert.Contains("No encontrada", Encoding.UTF8.GetString(answer.Body), StringComparison.Ordinal);
        Assert.Equal("DENY", answer.Header("X-Frame-Options"));
    }

    [Fact]
    public async Task Every_answer_errors_included_carries_the_headers_netlify_sends_for_its_path()
    {
        await using var server = await PreviewServer.StartAsync(Site(), Netlify.Production, liveReload: true);
        var answers = new List<(string What, RawResponse Answer)>();
        foreach (var method in new[] { "POST", "PUT", "DELETE", "PATCH", "OPTIONS" })
        {
            foreach (var target in new[] { "/", "/red/", "/fotos/abc-def-480.webp", "/no-existe", "/_micrositio/eventos" })
            {
                var answer = await RawHttp.SendAsync(server.BaseUrl, method, target);
                Assert.Equal(405, answer.Status);
                Assert.Equal("GET, HEAD", answer.Header("Allow"));
                answers.Add(($"{method} {target}", answer));
            }
        }

        foreach (var target in new[] { "/no-existe/", "/red", "/fotos/abc-def-480.webp", "/prensa/x", "/_micrositio/recarga.js", "/_micrositio/otro" })
        {
            answers.Add(($"GET {target}", await RawHttp.SendAsync(server.BaseUrl, "GET", target)));
        }

        foreach (var (name, value) in Netlify.Production.Headers.Single(h => h.For.Text == "/*").Values)
        {
            Assert.All(answers, a => Assert.True(a.Answer.Header(name) == value, $"{a.What} ({a.Answer.Status}) lacks {name}"));
        }

        Assert.Equal("public, max-age=31536000, immutable", answers.Single(a => a.What == "POST /fotos/abc-def-480.webp").Answer.Header("Cache-Control"));
    }

    [Fact]
    public async Task With_live_reload_pages_load_the_external_reload_script_and_nothing_inline()
    {
        await using var server = await PreviewServer.StartAsync(Site(version: 7), Netlify.Production, liveReload: true);
        using var http = Http();

        var html = await http.GetStringAsync(server.Url("/"));
        Assert.Contains("<script src=\"/_micrositio/recarga.js\" data-version=\"7\" data-fallo=\"0\" defer></script>\n</head>", html, StringComparison.Ordinal);
        Assert.Equal(Page, html.Replace("<script src=\"/_micrositio/recarga.js\" data-version=\"7\" data-fallo=\"0\" defer></script>\n", "", StringComparison.Ordinal));

        var script = await http.GetAsync(server.Url(PreviewServer.ScriptPath));
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Contains("new EventSource('/_micrositio/eventos')", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // The published site never has these paths.
        await using var production = await PreviewServer.StartAsync(Site(), Netlify.Production, liveReload: false);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(production.Url(PreviewServer.ScriptPath))).StatusCode);
        Assert.DoesNotContain("recarga.js", await http.GetStringAsync(production.Url("/")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_pages_hear_each_new_version_with_the_urls_that_changed()
    {
        await using var server = await PreviewServer.StartAsync(Site(version: 1), NetlifyConfig.Empty);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        await using var stream = await http.GetStreamAsync(server.Url(PreviewServer.EventsPath));
        using var reader = new StreamReader(stream);

        Assert.Equal(("sitio", """{"version":1,"anterior":1,"fallo":false,"urls":[]}"""), await NextEventAsync(reader));
        var next = Site(version: 2, page: Page.Replace("Hola", "Hola de nuevo", StringComparison.Ordinal));
        server.Show(next, SiteSnapshot.ChangedPaths(server.Site, next));
        Assert.Equal(("sitio", """{"version":2,"anterior":1,"fallo":false,"urls":["/"]}"""), await NextEventAsync(reader));
        Assert.Equal(1, server.LiveReloadListeners);
    }

    [Fact]
    public async Task After_a_failed_build_the_last_good_pages_are_served_with_the_errors_on_top()
    {
        await using var server = await PreviewServer.StartAsync(Site(version: 1), Netlify.Production);
        using var http = Http();

        server.Show(server.Site with { Version = 2, Errors = ["validación: input/mesas/a.md:3: clave «estado»: <no existe>"] }, []);

        var html = await http.GetStringAsync(server.Url("/red/"));
        Assert.Contains("La Red", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"stylesheet\" href=\"/_micrositio/recarga.css\">", html, StringComparison.Ordinal);
        Assert.Contains("<body class=\"tipo-inicio\">\n<div class=\"micrositio-errores\" role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains("<li>validación: input/mesas/a.md:3: clave «estado»: &lt;no existe&gt;</li>", html, StringComparison.Ordinal);
        Assert.Contains("data-fallo=\"1\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_port_in_use_is_a_message_not_a_stack_trace()
    {
        await using var first = await PreviewServer.StartAsync(Site(), NetlifyConfig.Empty);
        var port = new Uri(first.BaseUrl).Port;

        var error = await Assert.ThrowsAsync<PreviewException>(() => PreviewServer.StartAsync(Site(), NetlifyConfig.Empty, port));
        Assert.Equal($"el puerto {port} ya está en uso; elija otro con --puerto.", error.Message);
    }

    private static async Task<(string Event, string Data)> NextEventAsync(StreamReader reader)
    {
        string? name = null, data = null;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data = line["data: ".Length..];
            }
            else if (line.Length == 0 && name is not null)
            {
                return (name, data ?? "");
            }
        }

        throw new InvalidOperationException("The event stream ended.");
    }
}
