using System.Globalization;
using System.Text;
using Micrositio.Preview;
using Micrositio.Tests.Images;
using Micrositio.Tests.Support;
using Micrositio.Write;

namespace Micrositio.Tests.Preview;

/// <summary>
/// The preview answers every request as Netlify does: each target goes through Netlify's own redirect engine and
/// header parser (<see cref="NetlifyEngine"/>, with <see cref="NetlifyModel"/> for static files) and through the
/// preview server over HTTP, and status, Location, served file and headers must be identical.
/// </summary>
public sealed class NetlifyParityTests
{
    private const string Album = """
        -- input/mesas/a.md --
        ---
        nombre: Mesa A
        estado: chihuahua
        resumen: Una mesa.
        ---
        Texto de la mesa.
        -- input/galeria/encuentro/album.yml --
        titulo: Encuentro
        fecha: 2018-11-22
        mesa: a
        fotos:
          - archivo: foto-001.jpg
            alt: Personas en la plenaria
            consentimiento:
              fecha: 2018-11-22
              registro: Formato 14
          - archivo: foto-002.jpg
            alt: Mesa de trabajo
            consentimiento:
              fecha: 2018-11-22
              registro: Formato 15
        """;

    [Fact]
    public async Task The_generated_site_answers_as_netlify_for_withdrawn_photos_pages_press_unknown_and_odd_paths()
    {
        using var site = SiteFixture.Create(Album);
        site.WriteBytes("input/galeria/encuentro/foto-001.jpg", TestPhotos.Jpeg(1700, 1000, seed: 1));
        site.WriteBytes("input/galeria/encuentro/foto-002.jpg", TestPhotos.Jpeg(1700, 1000, seed: 2));
        site.Run();
        site.AssertNoErrors();
        var keptId = site.Paths.First(p => p.StartsWith("fotos/", StringComparison.Ordinal))[6..18];
        var withdrawnId = site.Paths.Where(p => p.StartsWith("fotos/", StringComparison.Ordinal)).Select(p => p[6..18]).First(id => id != keptId);
        site.Write("input/galeria/retiradas.txt", withdrawnId + "\n");
        site.Run();
        site.AssertNoErrors();
        site.AssertFile("_redirects", $"/fotos/{withdrawnId}-*  /410.html  410!");

        var targets = new List<string>();
        foreach (var width in new[] { 300, 480, 960, 1200, 1600, 2400 })
        {
            foreach (var extension in new[] { "webp", "jpg", "avif", "png" })
            {
                targets.Add($"/fotos/{withdrawnId}-{width}.{extension}");
                targets.Add($"/fotos/{withdrawnId}-0a1b2c3d-{width}.{extension}");
                targets.Add($"/fotos/{keptId}-0a1b2c3d-{width}.{extension}");
            }
        }

        targets.AddRange([
            $"/fotos/{withdrawnId}-480.webp?v=2", $"/fotos/{withdrawnId}", $"/fotos/{withdrawnId}-", $"/fotos/{withdrawnId.ToUpperInvariant()}-480.webp",
            $"/fotos/{withdrawnId}%2D480.webp", $"/fotos%2F{withdrawnId}-480.webp", $"//fotos/{withdrawnId}-480.webp", $"/fotos//{withdrawnId}-480.webp",
            $"/fotos/{withdrawnId[..6]}%{(int)withdrawnId[6]:X2}{withdrawnId[7..]}-960.jpg",
            "/prensa", "/prensa/", "/prensa/algo", "/prensa/a/b?x=1&y=dos", "/Prensa/algo", "/prensa-vieja", "//prensa/algo",
            "/no-existe", "/no-existe/", "/no-existe.html", "/fotos", "/fotos/", "/_redirects", "/_headers", "/assets", "/ASSETS/sitio.css",
            "//mesas", "//mesas/", "///", "/mesas//", "/mesas//a/", "/%6Desas/a/", "/mesas%2Fa/", "/mesas/a?x=1&y=dos", "/mesas?x=1",
            "/mesas/a/index.html", "/index.html", "/404.html", "/410.html", "/mesas/a/../../mesas/", "/se%C3%B1al/", "/x%20y",
        ]);
        targets.AddRange(site.Paths.Where(p => !p.StartsWith('_')).Select(p => "/" + p));
        targets.AddRange(site.Paths.Where(p => p.EndsWith("/index.html", StringComparison.Ordinal)).SelectMany(p => new[] { "/" + p[..^"index.html".Length], "/" + p[..^"/index.html".Length] }));

        var differences = await Compare(site.OutputDirectory, Path.Combine(Repository.Root, "netlify.toml"), targets.Distinct().ToList());

        Assert.True(differences.Count == 0, $"{differences.Count} answers differ from Netlify's:\n" + string.Join("\n", differences));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task Generated_rules_and_paths_get_netlifys_answers(int seed)
    {
        var random = new Random(seed);
        var folder = Directory.CreateTempSubdirectory("micrositio-paridad-");
        try
        {
            string[] files = ["index.html", "404.html", "410.html", "existe/index.html", "destino/index.html", "nuevo/index.html", "nuevo/x/index.html", "acerca.html", "img/a-480.webp", "img/b-480.webp", "c/d.txt"];
            string[] templates =
            [
                "/viejo/*  /nuevo/:splat  301", "/a/:x/b  /nuevo/:x  302", "/f/*  /404.html  404", "/g/*  /destino/  200", "/existe/  /destino/  301",
                "/existe/*  /410.html  410!", "/q/*  /destino/?k=v  301", "/img/a-*  /410.html  410!", "/img/*  /destino/  301", "/acerca  /destino/  301!",
                "/c/*  /nuevo/  307", "/p/:uno/:dos  /nuevo/:dos/:uno  301", "/falta/*  /no-hay/  200", "/d  /destino  308", "/nuevo/x/  /existe/  301!",
            ];
            var rules = templates.OrderBy(_ => random.Next()).Take(random.Next(4, templates.Length + 1));
            foreach (var file in files)
            {
                var full = Path.Combine(folder.FullName, file);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, file);
            }

            File.WriteAllText(Path.Combine(folder.FullName, "_redirects"), string.Join("\n", rules) + "\n");
            var toml = Path.Combine(folder.FullName, "netlify.toml");
            File.WriteAllText(toml, """
                [[headers]]
                  for = "/*"
                  [headers.values]
                    X-Frame-Options = "DENY"
                [[headers]]
                  for = "/img/*"
                  [headers.values]
                    Cache-Control = "public, max-age=31536000, immutable"
                [[headers]]
                  for = "/p/:uno/fijo"
                  [headers.values]
                    X-Uno = "1"
                [[headers]]
                  for = "/existe/*"
                  [headers.values]
                    X-Frame-Options = "SAMEORIGIN"
                [[redirects]]
                  from = "/toml/*"
                  to = "/destino/"
                  status = 302
                [[redirects]]
                  from = "/existe/otra"
                  to = "/nuevo/"
                """);

            string[] segments = ["viejo", "a", "b", "f", "g", "existe", "q", "img", "acerca", "c", "p", "falta", "d", "nuevo", "x", "toml", "destino", "a-480.webp", "d.txt", "fijo", "Img", "", "%2F", "%41", "ñ"];
            var targets = new List<string>();
            for (var i = 0; i < 80; i++)
            {
                var path = "/" + string.Join("/", Enumerable.Range(0, random.Next(1, 4)).Select(_ => segments[random.Next(segments.Length)]));
                path = path.Replace("ñ", "%C3%B1", StringComparison.Ordinal);
                targets.Add(random.Next(4) == 0 ? path + "?k=" + random.Next(10).ToString(CultureInfo.InvariantCulture) + "&z=w" : path);
            }

            var differences = await Compare(folder.FullName, toml, targets.Distinct().ToList());

            Assert.True(differences.Count == 0, $"{differences.Count} answers differ from Netlify's (rules:\n{string.Join("\n", rules)}):\n" + string.Join("\n", differences));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<List<string>> Compare(string siteFolder, string netlifyToml, IReadOnlyList<string> targets)
    {
        var site = SiteSnapshot.FromDirectory(siteFolder);
        var problems = new List<string>();
        var netlify = Micrositio.Preview.Netlify.NetlifyConfig.Load(netlifyToml, problems);
        Assert.Empty(problems);
        var ruleHeaders = netlify.Headers.SelectMany(h => h.Values.Keys).Append("Cache-Control").ToHashSet(StringComparer.OrdinalIgnoreCase);
        var paths = site.Files.Keys.ToHashSet(StringComparer.Ordinal);

        await using var server = await PreviewServer.StartAsync(site, netlify, liveReload: false);
        Assert.Empty(server.Problems);
        var differences = new List<string>();
        foreach (var answer in NetlifyEngine.Answer(siteFolder, netlifyToml, targets))
        {
            var expected = NetlifyModel.Expect(answer, paths);
            var actual = await RawHttp.SendAsync(server.BaseUrl, "GET", answer.Target);
            var served = Describe(actual, site.Files);
            if (served != expected.ToString())
            {
                differences.Add($"{answer.Target}: Netlify {expected} (regla {answer.Rule?.From ?? "ninguna"}), vista previa {served}");
            }

            foreach (var name in ruleHeaders)
            {
                var want = expected.Headers.GetValueOrDefault(name);
                var got = actual.Header(name);
                if (want != got)
                {
                    differences.Add($"{answer.Target}: cabecera {name}: Netlify «{want}», vista previa «{got}»");
                }
            }
        }

        return differences;
    }

    private static string Describe(RawResponse response, IReadOnlyDictionary<string, OutputFile> files)
    {
        if (response.Status is >= 300 and < 400)
        {
            return $"{response.Status} {response.Header("Location") ?? "(sin cuerpo)"}";
        }

        var file = files.Values.FirstOrDefault(f => f.Bytes.AsSpan().SequenceEqual(response.Body));
        return $"{response.Status} {file?.Path ?? (response.Body.Length == 0 ? "(sin cuerpo)" : "cuerpo desconocido: " + Encoding.UTF8.GetString(response.Body.AsSpan(0, Math.Min(60, response.Body.Length))))}";
    }
}
