using System.Net;
using System.Reflection;
using System.Text;
using Micrositio.Preview.LiveReload;
using Micrositio.Preview.Netlify;
using Micrositio.Write;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Micrositio.Preview;

/// <summary>
/// Serves a <see cref="SiteSnapshot"/> on the loopback interface with Kestrel, the way Netlify serves the
/// published folder: its routing (<see cref="NetlifyRouter"/>), the header rules of netlify.toml (CSP
/// included) and Netlify's default Cache-Control. With live reload on, every page also loads
/// <c>/_micrositio/recarga.js</c> (an external script, so the strict CSP still holds), which listens on
/// <c>/_micrositio/eventos</c>; when the latest build failed, pages show its errors above the last good site.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    public const string EventsPath = "/_micrositio/eventos";
    public const string ScriptPath = "/_micrositio/recarga.js";
    public const string StylesheetPath = "/_micrositio/recarga.css";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".webp"] = "image/webp",
        [".avif"] = "image/avif",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".png"] = "image/png",
        [".gif"] = "image/gif",
        [".ico"] = "image/x-icon",
        [".xml"] = "application/xml; charset=utf-8",
        [".pdf"] = "application/pdf",
        [".zip"] = "application/zip",
        [".csv"] = "text/csv; charset=utf-8",
        [".json"] = "application/json",
        [".webmanifest"] = "application/manifest+json",
        [".txt"] = "text/plain; charset=utf-8",
        [".woff2"] = "font/woff2",
    };

    private readonly NetlifyConfig _netlify;
    private readonly bool _liveReload;
    private readonly LiveReloadHub _hub = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<string> _problems = [];
    private volatile State _state;
    private WebApplication? _app;

    private PreviewServer(SiteSnapshot site, NetlifyConfig netlify, bool liveReload)
    {
        _netlify = netlify;
        _liveReload = liveReload;
        _state = StateOf(site);
        _hub.Publish(site, site, []);
    }

    /// <summary>http://127.0.0.1:port, without a trailing slash.</summary>
    public string BaseUrl { get; private set; } = "";

    public SiteSnapshot Site => _state.Site;

    /// <summary>Open pages listening for rebuilds.</summary>
    public int LiveReloadListeners => _hub.Listeners;

    /// <summary>Problems with the served site's <c>_redirects</c> (the rules that could not be applied).</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (_problems)
            {
                return [.. _problems];
            }
        }
    }

    public string Url(string path) => BaseUrl + (path.StartsWith('/') ? path : "/" + path);

    /// <summary>Starts serving <paramref name="site"/> on 127.0.0.1:<paramref name="port"/> (0: any free port).</summary>
    public static async Task<PreviewServer> StartAsync(SiteSnapshot site, NetlifyConfig netlify, int port = 0, bool liveReload = true)
    {
        var server = new PreviewServer(site, netlify, liveReload);
        await server.ListenAsync(port);
        return server;
    }

    /// <summary>
    /// Serves a new snapshot from the next request on (a failed one keeps the last good files) and tells the
    /// open pages which of its files changed (<see cref="SiteSnapshot.ChangedPaths"/>).
    /// </summary>
    public void Show(SiteSnapshot next, IReadOnlyList<string> changedPaths)
    {
        var before = _state.Site;
        _state = next.Failed ? _state with { Site = next with { Files = before.Files } } : StateOf(next);
        _hub.Publish(before, _state.Site, changedPaths.Select(SiteSnapshot.UrlOf).ToList());
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            _app = null;
        }

        _stopping.Dispose();
    }

    private async Task ListenAsync(int port)
    {
        // The content root is not the site, so a site file never becomes the server's configuration.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        // Ctrl+C belongs to the command that started the server; no long wait for open event streams.
        builder.Services.AddSingleton<IHostLifetime, QuietLifetime>();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));

        var app = builder.Build();
        app.Run(HandleAsync);
        try
        {
            await app.StartAsync();
        }
        catch (IOException ex) when (ex.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
        {
            await app.DisposeAsync();
            throw new PreviewException($"el puerto {port} ya está en uso; elija otro con --puerto.");
        }

        _app = app;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel reported no address.");
        BaseUrl = address.TrimEnd('/');
    }

    private async Task HandleAsync(HttpContext context)
    {
        var (rawPath, path, query) = RequestPath.Of(context);
        var response = context.Response;

        // Every answer carries the headers Netlify sends for its path, errors and live-reload files included.
        foreach (var rule in _netlify.Headers.Where(r => r.Matches(rawPath)))
        {
            foreach (var (name, value) in rule.Values)
            {
                response.Headers[name] = value;
            }
        }

        if (!response.Headers.ContainsKey("Cache-Control"))
        {
            response.Headers.CacheControl = NetlifyConfig.DefaultCacheControl;
        }

        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }

        if (_liveReload && context.Request.Path.Value?.StartsWith("/_micrositio/", StringComparison.Ordinal) == true)
        {
            await ServeLiveReloadAsync(context, context.Request.Path.Value);
            return;
        }

        var state = _state;
        var route = NetlifyRouter.Resolve(path, state.Site.Files, state.Rules, rawPath, query);
        response.StatusCode = route.Status;
        if (route.Location is { } location)
        {
            response.Headers.Location = location;
            return;
        }

        if (route.File is not { } file)
        {
            if (state.Site.Failed && state.Site.Files.Count == 0)
            {
                // No good build yet: the errors are all there is to show.
                response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                file = new OutputFile("error.html", Encoding.UTF8.GetBytes(
                    "<!DOCTYPE html>\n<html lang=\"es-MX\">\n<head>\n<meta charset=\"utf-8\">\n<title>Vista previa con errores</title>\n</head>\n<body>\n</body>\n</html>\n"));
            }
            else
            {
                return;
            }
        }

        var type = ContentTypes.GetValueOrDefault(Path.GetExtension(file.Path), "application/octet-stream");
        var body = file.IsHtml && _liveReload ? WithLiveReload(file.Bytes, state.Site) : file.Bytes;
        response.ContentType = type;
        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    private async Task ServeLiveReloadAsync(HttpContext context, string path)
    {
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        if (path == EventsPath)
        {
            response.ContentType = "text/event-stream; charset=utf-8";
            var reader = _hub.Subscribe(out var unsubscribe);
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
            try
            {
                await foreach (var message in reader.ReadAllAsync(stop.Token))
                {
                    await response.WriteAsync(message, stop.Token);
                    await response.Body.FlushAsync(stop.Token);
                }
            }
            catch (OperationCanceledException)
            {
                // The page closed, or the server is stopping.
            }
            finally
            {
                unsubscribe();
            }

            return;
        }

        var resource = path switch
        {
            ScriptPath => ("recarga.js", "text/javascript; charset=utf-8"),
            StylesheetPath => ("recarga.css", "text/css; charset=utf-8"),
            _ => default,
        };
        if (resource.Item1 is null)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        response.ContentType = resource.Item2;
        await using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource.Item1)!;
        await stream.CopyToAsync(response.Body, context.RequestAborted);
    }

    /// <summary>
    /// The page plus the live-reload script (and, after a failed build, the error panel): external files,
    /// so the page still satisfies the CSP it is served with.
    /// </summary>
    private static byte[] WithLiveReload(byte[] page, SiteSnapshot site)
    {
        var html = Encoding.UTF8.GetString(page);
        var head = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        var bodyStart = html.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        var bodyEnd = bodyStart < 0 ? -1 : html.IndexOf('>', bodyStart);
        if (head < 0 || bodyEnd < 0 || bodyEnd < head)
        {
            return page;
        }

        var script = $"<script src=\"{ScriptPath}\" data-version=\"{site.Version}\" data-fallo=\"{(site.Failed ? 1 : 0)}\" defer></script>\n";
        var text = new StringBuilder(html.Length + 2048)
            .Append(html, 0, head)
            .Append(script)
            .Append(site.Failed ? $"<link rel=\"stylesheet\" href=\"{StylesheetPath}\">\n" : "")
            .Append(html, head, bodyEnd + 1 - head);
        if (site.Failed)
        {
            text.Append("\n<div class=\"micrositio-errores\" role=\"alert\" aria-labelledby=\"micrositio-errores-titulo\">")
                .Append("<h2 id=\"micrositio-errores-titulo\">Vista previa: el sitio no se pudo regenerar</h2>")
                .Append("<p>Se muestra la última versión correcta. Corrija lo siguiente y guarde el archivo; la página se actualizará sola.</p><ul>");
            foreach (var error in site.Errors)
            {
                text.Append("<li>").Append(Html.Encode(error)).Append("</li>");
            }

            text.Append("</ul></div>");
        }

        text.Append(html, bodyEnd + 1, html.Length - bodyEnd - 1);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>Escapes markup only; accents stay readable in the page source.</summary>
    private static readonly System.Text.Encodings.Web.HtmlEncoder Html = System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    private State StateOf(SiteSnapshot site)
    {
        var problems = new List<string>();
        var fileRules = site.Files.TryGetValue("_redirects", out var redirects)
            ? NetlifyConfig.ParseRedirectsFile(Encoding.UTF8.GetString(redirects.Bytes), "output/_redirects", problems)
            : [];
        lock (_problems)
        {
            _problems.Clear();
            _problems.AddRange(problems);
        }

        // Netlify applies the published folder's _redirects before the rules of netlify.toml.
        return new State(site, [.. fileRules, .. _netlify.Redirects]);
    }

    private sealed record State(SiteSnapshot Site, IReadOnlyList<RedirectRule> Rules);

    private sealed class QuietLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

/// <summary>The preview cannot start (e.g. its port is taken); the message is for the person who ran it.</summary>
public sealed class PreviewException(string message) : Exception(message);
