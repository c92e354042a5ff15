using System.Security.Cryptography;
using System.Text;
using Micrositio.Images;
using Micrositio.Preview.Netlify;
using Micrositio.Tests.Support;

namespace Micrositio.Tests.Images.Privacy;

/// <summary>
/// A photo's id is keyed (HMAC of «álbum/archivo» with MICROSITIO_CLAVE_FOTOS): nobody holding the original can
/// compute it, it is the same build after build, it changes with the key, and a withdrawal retires every address
/// the photo ever had.
/// </summary>
public sealed class PhotoIdTests
{
    private static readonly string[] Names = ["IMG_20181122_183012.jpg", "DSCN0038.jpg"];

    [Fact]
    public void Ids_and_digests_say_nothing_about_the_originals_bytes_stay_across_builds_and_change_with_the_key()
    {
        using var site = SiteFixture.Create(NeutralNameTests.SiteOf(Names));
        var originals = Names.Select((n, i) => (Name: n, Bytes: TestPhotos.Jpeg(700, 500, seed: 20 + i))).ToList();
        foreach (var (name, bytes) in originals)
        {
            site.WriteBytes($"input/galeria/encuentro/{name}", bytes);
        }

        site.Run();
        site.AssertNoErrors();
        var first = PhotoPaths(site);
        site.Run();
        site.AssertNoErrors();
        Assert.Equal(first, PhotoPaths(site));
        Assert.Equal(0, site.Result.Statistics.PhotosProcessed);

        var everything = Traces.Under(site.Root);
        foreach (var (name, bytes) in originals)
        {
            var id = PhotoKey.Local.IdOf("encuentro", name);
            Assert.Contains(first, p => p.StartsWith($"fotos/{id}-", StringComparison.Ordinal));
            var plain = new[] { SHA256.HashData(bytes), SHA1.HashData(bytes), MD5.HashData(bytes) }.Select(Convert.ToHexStringLower).ToList();
            Assert.All(plain, digest => Assert.DoesNotContain(id, digest, StringComparison.Ordinal));
            foreach (var trace in everything)
            {
                var text = trace.Text();
                Assert.All(plain, digest => Assert.False(text.Contains(digest[..12], StringComparison.OrdinalIgnoreCase),
                    $"{trace.Where} holds the start of a plain hash of the original {name}."));
            }
        }

        var other = site.Generate(o => o with { PhotoKey = PhotoKey.Of("otra clave secreta") });
        Assert.True(other.Succeeded, string.Join("\n", other.Errors));
        var rekeyed = other.Files.Where(f => f.Path.StartsWith("fotos/", StringComparison.Ordinal)).Select(f => f.Path[..("fotos/".Length + 12)]).ToHashSet();
        Assert.Equal(Names.Length, rekeyed.Count);
        Assert.Empty(rekeyed.Intersect(first.Select(p => p[..("fotos/".Length + 12)])));
    }

    [Fact]
    public void A_withdrawal_by_name_after_the_file_is_deleted_retires_every_address_the_photo_ever_had()
    {
        using var site = SiteFixture.Create(NeutralNameTests.SiteOf(Names));
        site.WriteBytes("input/galeria/encuentro/IMG_20181122_183012.jpg", TestPhotos.Jpeg(900, 600, seed: 30));
        site.WriteBytes("input/galeria/encuentro/DSCN0038.jpg", TestPhotos.Jpeg(900, 600, seed: 31));
        site.Run();
        var prefix = $"fotos/{PhotoKey.Local.IdOf("encuentro", "DSCN0038.jpg")}-";
        var before = PhotoPaths(site).Where(p => p.StartsWith(prefix, StringComparison.Ordinal)).ToList();

        // New pixels (the photo re-exported), new addresses: the old ones must be retired too.
        site.WriteBytes("input/galeria/encuentro/DSCN0038.jpg", TestPhotos.Jpeg(1000, 700, seed: 32));
        site.Run();
        site.AssertNoErrors();
        var after = PhotoPaths(site).Where(p => p.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(before);
        Assert.Empty(before.Intersect(after));
        var former = before.Concat(after).ToList();

        site.Write("input/galeria/encuentro/album.yml", NeutralNameTests.AlbumOf(["IMG_20181122_183012.jpg"]));
        site.Delete("input/galeria/encuentro/DSCN0038.jpg");
        site.Write("input/galeria/retiradas.txt", "# retirada a petición\nencuentro/DSCN0038.jpg\n");
        site.Run();
        site.AssertNoErrors();

        var files = site.Result.Files.ToDictionary(f => f.Path, f => f, StringComparer.Ordinal);
        var rules = NetlifyConfig.ParseRedirectsFile(Encoding.UTF8.GetString(files["_redirects"].Bytes), "_redirects", []);
        Assert.All(former, path =>
        {
            Assert.DoesNotContain(path, files.Keys);
            Assert.Equal(410, NetlifyRouter.Resolve("/" + path, files, rules).Status);
        });
        Assert.All(PhotoPaths(site), path => Assert.Equal(200, NetlifyRouter.Resolve("/" + path, files, rules).Status));
    }

    [Fact]
    public void On_netlify_a_missing_key_is_an_error_that_says_how_to_set_it()
    {
        var netlify = new Dictionary<string, string?> { ["NETLIFY"] = "true" };
        Assert.True(PhotoKey.From(v => netlify.GetValueOrDefault(v)).MissingOnNetlify);
        Assert.False(PhotoKey.From(_ => null).MissingOnNetlify);
        Assert.Equal(PhotoKey.Local.IdOf("a/b.jpg"), PhotoKey.From(_ => null).IdOf("a/b.jpg"));
        var keyed = new Dictionary<string, string?> { ["NETLIFY"] = "true", [PhotoKey.Variable] = "  clave de producción " };
        Assert.False(PhotoKey.From(v => keyed.GetValueOrDefault(v)).MissingOnNetlify);
        Assert.Equal(PhotoKey.Of("clave de producción").IdOf("a/b.jpg"), PhotoKey.From(v => keyed.GetValueOrDefault(v)).IdOf("a/b.jpg"));

        using var site = SiteFixture.Create(NeutralNameTests.SiteOf(["DSCN0038.jpg"]));
        site.WriteBytes("input/galeria/encuentro/DSCN0038.jpg", TestPhotos.Jpeg(300, 200));
        site.Generate(o => o with { PhotoKey = PhotoKey.From(v => netlify.GetValueOrDefault(v)) });

        site.AssertError("imágenes: input/galeria:", "falta la variable de entorno MICROSITIO_CLAVE_FOTOS en Netlify",
            "Cómo corregirlo:", "Environment variables");
        Assert.DoesNotContain(site.Result.Files, f => f.Path.StartsWith("fotos/", StringComparison.Ordinal));
    }

    [Fact]
    public void An_id_is_12_hex_digits_of_the_nfc_name_and_differs_between_names_and_keys()
    {
        var random = new Random(21);
        const string alphabet = "abcdefghijklmnopqrstuvwxyzáéíóúñü_-. 0123456789ABCDEF";
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 500; i++)
        {
            string Word(int length) => new(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var reference = $"{Word(random.Next(1, 12))}/{Word(random.Next(1, 20))}.jpg";
            var id = PhotoKey.Local.IdOf(reference);

            Assert.Matches("^[0-9a-f]{12}$", id);
            Assert.Equal(id, PhotoKey.Local.IdOf(reference.Normalize(NormalizationForm.FormD)));
            Assert.NotEqual(id, PhotoKey.Of("otra").IdOf(reference));
            seen.Add(reference.Normalize(NormalizationForm.FormC));
        }

        Assert.Equal(seen.Count, seen.Select(PhotoKey.Local.IdOf).Distinct().Count());
        Assert.Equal(PhotoKey.Local.IdOf("encuentro", "foto.jpg"), PhotoKey.Local.IdOf("encuentro/foto.jpg"));
    }

    private static List<string> PhotoPaths(SiteFixture site) =>
        site.Result.Files.Select(f => f.Path).Where(p => p.StartsWith("fotos/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
}
