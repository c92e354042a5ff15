using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Micrositio.Tests.Browser;

/// <summary>
/// Serves a built site folder on http://127.0.0.1:&lt;free port&gt; the way Netlify does: <c>/x/</c> serves
/// <c>/x/index.html</c>, <c>/x</c> redirects to <c>/x/</c>, an unknown path answers 404 with the site's
/// 404.html, and <c>_redirects</c>/<c>_headers</c> are not served. Optional <see cref="HeaderRule"/>s
/// (e.g. <see cref="NetlifyHeaders.Production"/>) are added to every matching response.
/// </summary>
public sealed class StaticSiteServer(string root, IReadOnlyList<HeaderRule>? headers = null) : IAsyncDisposable
{
    private static readonly string[] NetlifyOnlyFiles = ["/_redirects", "/_headers"];

    private readonly string _root = Path.GetFullPath(root);
    private readonly IReadOnlyList<HeaderRule> _headers = headers ?? [];
    private WebApplication? _app;
    private string? _baseUrl;

    /// <summary>The folder being served.</summary>
    public string Root => _root;

    /// <summary>http://127.0.0.1:port, without a trailing slash.</summary>
    public string BaseUrl => _baseUrl ?? throw new InvalidOperationException("The server has not been started.");

    /// <summary>The absolute URL of a site path such as "/red/".</summary>
    public string Url(string path) => BaseUrl + (path.StartsWith('/') ? path : "/" + path);

    /// <summary>Serves a folder and returns the started server.</summary>
    public static async Task<StaticSiteServer> StartAsync(string root, IReadOnlyList<HeaderRule>? headers = null)
    {
        var server = new StaticSiteServer(root, headers);
        await server.StartAsync();
        return server;
    }

    /// <summary>Starts listening and returns the base URL (http://127.0.0.1:port).</summary>
    public async Task<string> StartAsync()
    {
        if (_baseUrl is not null)
        {
            return _baseUrl;
        }

        if (!Directory.Exists(_root))
        {
            throw new DirectoryNotFoundException($"Cannot serve {_root}: it does not exist.");
        }

        // The content root is the test folder, not the site, so a site file never becomes configuration.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        // No Ctrl+C/SIGTERM hooks in the test process, and no long wait for open keep-alive connections.
        builder.Services.AddSingleton<IHostLifetime, QuietLifetime>();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));

        var app = builder.Build();
        var files = new PhysicalFileProvider(_root);
        app.Use(AddHeaders);
        app.Use(HideNetlifyFiles);
        app.UseDefaultFiles(new DefaultFilesOptions
        {
            FileProvider = files,
            DefaultFileNames = ["index.html"],
            RedirectToAppendTrailingSlash = true,
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            ContentTypeProvider = ContentTypes(),
            ServeUnknownFileTypes = false,
        });
        app.Run(NotFoundPage);

        await app.StartAsync();
        _app = app;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel reported no address.");
        _baseUrl = address.TrimEnd('/');
        return _baseUrl;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            _app = null;
        }
    }

    private Task AddHeaders(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path.Value ?? "/";
        foreach (var rule in _headers.Where(r => r.Matches(path)))
        {
            foreach (var (name, value) in rule.Values)
            {
                // A later, more specific rule (/assets/*) overrides the general one (/*).
                context.Response.Headers[name] = value;
            }
        }

        return next(context);
    }

    private Task HideNetlifyFiles(HttpContext context, RequestDelegate next) =>
        NetlifyOnlyFiles.Contains(context.Request.Path.Value, StringComparer.Ordinal) ? NotFoundPage(context) : next(context);

    private Task NotFoundPage(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        var page = Path.Combine(_root, "404.html");
        if (!File.Exists(page))
        {
            return Task.CompletedTask;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : context.Response.SendFileAsync(page);
    }

    private static FileExtensionContentTypeProvider ContentTypes()
    {
        var provider = new FileExtensionContentTypeProvider();
        // Explicit, so a test's expectation does not depend on the framework's default table; text gets a charset.
        var types = new Dictionary<string, string>
        {
            [".html"] = "text/html; charset=utf-8",
            [".css"] = "text/css; charset=utf-8",
            [".js"] = "text/javascript; charset=utf-8",
            [".mjs"] = "text/javascript; charset=utf-8",
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
            [".woff"] = "font/woff",
            [".woff2"] = "font/woff2",
        };
        foreach (var (extension, type) in types)
        {
            provider.Mappings[extension] = type;
        }

        return provider;
    }

    private sealed class QuietLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
