using Microsoft.Playwright;

namespace Micrositio.Tests.Browser;

/// <summary>
/// One headless Chromium shared by every test class of <see cref="BrowserCollection"/>; each page gets its
/// own context (viewport, cookies, cache), so tests stay independent without paying for a browser launch.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>
    /// Without the background-networking flags Chromium tries to reach Google (refused here, noise in CI);
    /// no sandbox because CI runs as root; small /dev/shm in containers crashes big pages.
    /// </summary>
    public static readonly IReadOnlyList<string> Arguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not been launched.");

    /// <summary>The Chromium executable that <see cref="BrowserLocator"/> found.</summary>
    public string ExecutablePath { get; private set; } = "";

    public async Task InitializeAsync()
    {
        ExecutablePath = BrowserLocator.Locate();
        _playwright = await Playwright.CreateAsync();
        try
        {
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = Arguments,
                Timeout = 30_000,
            });
        }
        catch (PlaywrightException ex)
        {
            throw new InvalidOperationException($"Chromium at {ExecutablePath} did not start: {ex.Message}\n{BrowserLocator.InstallHelp}", ex);
        }
    }

    /// <summary>
    /// A page in a new context with that viewport, Mexican Spanish locale and time zone, requests to other
    /// hosts blocked and problems recorded (<c>page.Recorder()</c>). Close it with <c>page.Context.CloseAsync()</c>
    /// (or <c>await using var context = page.Context;</c>); the fixture closes any left open.
    /// </summary>
    public async Task<IPage> NewPageAsync(int width, int height, bool javaScriptEnabled = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            JavaScriptEnabled = javaScriptEnabled,
            Locale = "es-MX",
            TimezoneId = "America/Mexico_City",
            // A service worker's requests would bypass the route that blocks other hosts.
            ServiceWorkers = ServiceWorkerPolicy.Block,
        });
        // Fail in seconds, not Playwright's 30 s, when an element never appears on a static page.
        context.SetDefaultTimeout(10_000);
        await PageRecorder.AttachAsync(context);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}

/// <summary>Browser test classes join this collection to share one Chromium (and, lazily, one served shipped site).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>, ICollectionFixture<ShippedSiteServer>
{
    public const string Name = "Navegador";
}
