using Micrositio.Preview.Netlify;
using Micrositio.Tests.Support;

namespace Micrositio.Tests.Preview;

/// <summary>netlify.toml as shipped (what production and the preview serve) and the reading of its rules.</summary>
public sealed class NetlifyConfigTests
{
    private static readonly string[] Paths = ["/", "/mesas/tampico/", "/assets/sitio.0123456789.css", "/fotos/abc-def-480.webp", "/sala-de-prensa/feed.xml", "/404.html"];

    private static Dictionary<string, string> HeadersFor(string path) =>
        Netlify.Production.Headers.Where(r => r.Matches(path)).SelectMany(r => r.Values)
            .GroupBy(v => v.Key, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.OrdinalIgnoreCase);

    [Fact]
    public void Every_path_gets_the_security_headers()
    {
        foreach (var path in Paths)
        {
            var headers = HeadersFor(path);
            var csp = headers["Content-Security-Policy"];
            Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
            // Only 'self' and 'none': no other host, scheme or wildcard may load anything.
            var sources = csp.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).SelectMany(d => d.Split(' ').Skip(1));
            Assert.All(sources, s => Assert.Contains(s, new[] { "'self'", "'none'" }));
            Assert.StartsWith("max-age=", headers["Strict-Transport-Security"], StringComparison.Ordinal);
            Assert.Equal("nosniff", headers["X-Content-Type-Options"]);
            Assert.Equal("strict-origin-when-cross-origin", headers["Referrer-Policy"]);
            Assert.Contains("camera=()", headers["Permissions-Policy"], StringComparison.Ordinal);
            Assert.Contains("geolocation=()", headers["Permissions-Policy"], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Fingerprinted_files_are_cached_for_a_year_and_pages_revalidate()
    {
        Assert.Equal("public, max-age=31536000, immutable", HeadersFor("/assets/sitio.0123456789.css")["Cache-Control"]);
        Assert.Equal("public, max-age=31536000, immutable", HeadersFor("/fotos/abc-def-480.webp")["Cache-Control"]);
        // Pages keep Netlify's default, which the preview applies too.
        Assert.False(HeadersFor("/mesas/tampico/").ContainsKey("Cache-Control"));
        Assert.Equal("public, max-age=0, must-revalidate", NetlifyConfig.DefaultCacheControl);
    }

    [Fact]
    public void No_header_is_set_by_two_rules_for_one_path()
    {
        // Netlify may combine a header that two matching rules set («max-age=0, …, max-age=31536000»).
        foreach (var path in Paths)
        {
            var twice = Netlify.Production.Headers.Where(r => r.Matches(path)).SelectMany(r => r.Values.Keys)
                .GroupBy(k => k, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key);
            Assert.Empty(twice);
        }
    }

    [Fact]
    public void Build_runs_the_readme_build_and_publishes_output_keeping_the_image_cache()
    {
        Assert.Equal("output", Netlify.Production.Publish);
        Assert.Equal("bash scripts/netlify-build.sh", Netlify.Production.BuildCommand);
        var script = File.ReadAllText(Path.Combine(Repository.Root, "scripts", "netlify-build.sh"));
        Assert.Contains("dotnet-install.sh --channel 10.0", script, StringComparison.Ordinal);
        Assert.Contains("./micrositio build", script, StringComparison.Ordinal);
        var plugin = File.ReadAllText(Path.Combine(Repository.Root, "netlify", "plugins", "cache-imagenes", "index.js"));
        Assert.All(new[] { "'.cache/imagenes'", "'.cache/marca'", "'.cache/pdf'", "'.cache/kit'", "'.cache/busqueda'", "'.cache/revision'" }, cache => Assert.Contains(cache, plugin, StringComparison.Ordinal));
        Assert.Contains("package = \"/netlify/plugins/cache-imagenes\"", File.ReadAllText(Path.Combine(Repository.Root, "netlify.toml")), StringComparison.Ordinal);
    }

    [Fact]
    public void Redirect_tables_and_the_redirects_file_are_read_with_status_and_force()
    {
        var problems = new List<string>();
        var config = NetlifyConfig.Parse("""
            [[redirects]]
              from = "/viejo/:slug"
              to = "/nuevo/:slug/"
            [[redirects]]
              from = "/retirado/*"
              to = "/410.html"
              status = 410
              force = true
            """, "netlify.toml", problems);
        var file = NetlifyConfig.ParseRedirectsFile("# comentario\n/fotos/abc-*  /410.html  410!\n/a /b 302\n", "output/_redirects", problems);

        Assert.Empty(problems);
        Assert.Equal([(301, false), (410, true)], config.Redirects.Select(r => (r.Status, r.Force)));
        Assert.True(config.Redirects[0].TryTarget("/viejo/tampico", out var target));
        Assert.Equal("/nuevo/tampico/", target);
        Assert.Equal([(410, true), (302, false)], file.Select(r => (r.Status, r.Force)));
    }

    [Fact]
    public void Mistakes_are_reported_with_the_file_and_line_not_thrown()
    {
        var problems = new List<string>();
        NetlifyConfig.Parse("[[headers]]\n  for = \"/*\"\n  [headers.values\n", "netlify.toml", problems);
        NetlifyConfig.ParseRedirectsFile("/a /b 299\nsin-barra /b\n/a /b 301 Country=mx\n", "output/_redirects", problems);

        Assert.Collection(problems,
            p => Assert.Contains("netlify.toml: no es TOML válido: (3,", p, StringComparison.Ordinal),
            p => Assert.Contains("output/_redirects:1: el estado 299", p, StringComparison.Ordinal),
            p => Assert.Contains("output/_redirects:2: «sin-barra» no empieza con «/»", p, StringComparison.Ordinal),
            p => Assert.Contains("output/_redirects:3: «/a /b 301 Country=mx» debe ser", p, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/*", "/", true, "")]
    [InlineData("/*", "/mesas/tampico/", true, "mesas/tampico/")]
    [InlineData("/assets/*", "/assets/sitio.css", true, "sitio.css")]
    [InlineData("/assets/*", "/assetsx/sitio.css", false, "")]
    [InlineData("/fotos/abc-*", "/fotos/abc-480.webp", true, "480.webp")]
    [InlineData("/fotos/abc-*", "/fotos/abd-480.webp", false, "")]
    [InlineData("/mesas/:slug/", "/mesas/tampico/", true, "")]
    [InlineData("/mesas/:slug/", "/mesas/tampico/fotos/", false, "")]
    [InlineData("/red/", "/red/", true, "")]
    // The cases below are what netlify-redirector 0.5.0 answers (see NetlifyParityTests for the whole comparison).
    [InlineData("/red/", "/red", true, "")]
    [InlineData("/red", "/red/", true, "")]
    [InlineData("/red", "/red//", false, "")]
    [InlineData("/a/b", "/a//b", false, "")]
    [InlineData("/fotos/abc-*", "/fotos//abc-480.webp", true, "480.webp")]
    [InlineData("/fotos/abc-*", "/fotos///abc-480.webp", false, "")]
    [InlineData("/fotos/abc-*", "//fotos/abc-480.webp", false, "")]
    [InlineData("/mesas/:slug/", "/mesas//tampico", true, "")]
    [InlineData("/:slug/x", "//tampico/x", false, "")]
    [InlineData("/prensa/*", "/prensa", true, "")]
    [InlineData("/prensa/*", "/prensa//x", true, "/x")]
    [InlineData("/Prensa/*", "/prensa/x", false, "")]
    public void Path_patterns_match_like_netlify(string pattern, string path, bool matches, string splat)
    {
        Assert.Equal(matches, PathPattern.Parse(pattern).TryMatch(path, out var values));
        if (matches && pattern.EndsWith('*'))
        {
            Assert.Equal(splat, values["splat"]);
        }
    }

    // What @netlify/headers-parser's regular expressions match, quirks included («/assets/*» matches «/assetsx»).
    [Theory]
    [InlineData("/*", "/", true)]
    [InlineData("/*", "//x", true)]
    [InlineData("/assets/*", "/assets/sitio.css", true)]
    [InlineData("/assets/*", "/ASSETS/sitio.css", true)]
    [InlineData("/assets/*", "/assets", true)]
    [InlineData("/assets/*", "/assetsx/sitio.css", true)]
    [InlineData("/assets/*", "/otros/assets/x", false)]
    [InlineData("/mesas/:slug", "/mesas/tampico/", true)]
    [InlineData("/mesas/:slug", "/mesas/tampico/fotos", false)]
    [InlineData("/acerca", "/Acerca/", true)]
    public void Header_patterns_match_like_netlify(string pattern, string path, bool matches) =>
        Assert.Equal(matches, PathPattern.ParseHeader(pattern).TryMatch(path, out _));
}
