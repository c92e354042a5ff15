using Micrositio.Preview;
using Micrositio.Tests.Support;

namespace Micrositio.Tests.Browser;

/// <summary>
/// A txtar site (see <see cref="SiteFixture"/>) built to its output/ folder and served by the preview server with
/// netlify.toml's headers and redirects, for one browser test.
/// </summary>
public sealed class ServedSite : IAsyncDisposable
{
    private ServedSite(SiteFixture site, PreviewServer server)
    {
        Site = site;
        Server = server;
    }

    public SiteFixture Site { get; }

    public PreviewServer Server { get; }

    public string BaseUrl => Server.BaseUrl;

    public string Url(string path) => Server.Url(path);

    /// <summary>Builds (failing the test on any build error) and serves the site.</summary>
    public static async Task<ServedSite> BuildAsync(string txtar, DateTimeOffset? now = null)
    {
        var site = SiteFixture.Create(txtar, now);
        try
        {
            site.Run();
            site.AssertNoErrors();
            var server = await PreviewServer.StartAsync(SiteSnapshot.FromDirectory(site.OutputDirectory), Netlify.Production, liveReload: false);
            return new ServedSite(site, server);
        }
        catch
        {
            site.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Site.Dispose();
    }
}
