using System.Text;
using Micrositio.Preview.Netlify;
using Micrositio.Write;

namespace Micrositio.Tests.Preview;

/// <summary>How the preview answers a path, as Netlify does.</summary>
public sealed class NetlifyRouterTests
{
    private static readonly Dictionary<string, OutputFile> Files = new[]
    {
        "index.html", "red/index.html", "404.html", "410.html", "acerca.html", "fotos/abc-480.webp", "fotos/xyz-480.webp", "_redirects",
    }.ToDictionary(p => p, p => new OutputFile(p, Encoding.UTF8.GetBytes(p)), StringComparer.Ordinal);

    private static readonly IReadOnlyList<RedirectRule> Rules = NetlifyConfig.ParseRedirectsFile(
        "/fotos/abc-*  /410.html  410!\n/red/  /otra/  301\n/viejo/*  /red/  301\n/reescrito  /red/  200\n", "_redirects", []);

    private static Route Resolve(string path) => NetlifyRouter.Resolve(path, Files, Rules);

    [Fact]
    public void Pretty_urls_serve_index_and_html_files_and_add_the_trailing_slash()
    {
        Assert.Equal(("red/index.html", 200), (Resolve("/red/").File?.Path, Resolve("/red/").Status));
        Assert.Equal((301, "/red/"), (Resolve("/red").Status, Resolve("/red").Location));
        Assert.Equal("index.html", Resolve("/").File?.Path);
        Assert.Equal("acerca.html", Resolve("/acerca").File?.Path);
    }

    [Fact]
    public void Forced_410_rules_retire_photos_and_unforced_rules_never_shadow_a_file()
    {
        var withdrawn = Resolve("/fotos/abc-480.webp");
        Assert.Equal((410, "410.html"), (withdrawn.Status, withdrawn.File?.Path));
        Assert.Equal(200, Resolve("/fotos/xyz-480.webp").Status);
        // /red/ exists, so its 301 rule (not forced) does not apply.
        Assert.Equal(200, Resolve("/red/").Status);
        Assert.Equal((301, "/red/"), (Resolve("/viejo/cualquier/cosa").Status, Resolve("/viejo/cualquier/cosa").Location));
        Assert.Equal((200, "red/index.html"), (Resolve("/reescrito").Status, Resolve("/reescrito").File?.Path));
    }

    [Fact]
    public void Unknown_paths_and_netlify_files_get_the_404_page()
    {
        foreach (var path in new[] { "/no-existe/", "/_redirects", "/fotos/abc" })
        {
            var route = Resolve(path);
            Assert.Equal((404, "404.html"), (route.Status, route.File?.Path));
        }
    }
}
