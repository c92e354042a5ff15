using Micrositio.Build;
using Micrositio.Preview;
using Micrositio.Tests.Support;
using Xunit.Sdk;

namespace Micrositio.Tests.Browser;

/// <summary>
/// The repository's site (input/ and themes/, real clock, as <see cref="Site.ShippedSite"/>) written to a
/// temp folder and served by the preview server as Netlify will serve it (netlify.toml's headers and redirects, no live reload). Built on the first <see cref="StartAsync"/> only, so
/// browser tests that do not need it do not pay for it; shared by the whole <see cref="BrowserCollection"/>.
/// </summary>
public sealed class ShippedSiteServer : IAsyncLifetime
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly string _output = Path.Combine(Path.GetTempPath(), "micrositio-tests", "navegador-" + Guid.NewGuid().ToString("N"));
    private PreviewServer? _server;

    /// <summary>The served output folder (valid after <see cref="StartAsync"/>).</summary>
    public string OutputDirectory => _output;

    /// <summary>The URL of every HTML page of the built site, sorted (valid after <see cref="StartAsync"/>).</summary>
    public IReadOnlyList<string> PageUrls() =>
        Directory.EnumerateFiles(_output, "*.html", SearchOption.AllDirectories)
            .Select(file => SiteSnapshot.UrlOf(Path.GetRelativePath(_output, file).Replace('\\', '/')))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Builds the shipped site once and returns its server.</summary>
    public async Task<PreviewServer> StartAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_server is null)
            {
                // Its own output folder: the repository's output/ belongs to the developer; the photo cache is
                // shared, which is safe (entries appear atomically) and keeps the build fast.
                var options = BuildOptions.ForRoot(Repository.Root, DateTimeOffset.UtcNow) with { OutputDirectory = _output };
                var result = await Task.Run(() => SiteBuild.Run(options));
                if (!result.Succeeded)
                {
                    throw new XunitException("The shipped site did not build:\n  " + string.Join("\n  ", result.Errors));
                }

                _server = await PreviewServer.StartAsync(SiteSnapshot.FromDirectory(_output), Netlify.Production, liveReload: false);
            }

            return _server;
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }

        _gate.Dispose();
    }
}
