using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Micrositio.Images;
using Micrositio.Tests.Support;
using NetVips;

namespace Micrositio.Tests.Images.Privacy;

/// <summary>
/// Published names come from the album and the photo's id, never from the original file name (a phone's name
/// carries the moment the photo was taken): not in /fotos/, the press kit's entries, its captions CSV and
/// SHA256SUMS, the pages, the search index or the feeds; and photos of the same base name stay apart.
/// </summary>
public sealed class NeutralNameTests
{
    private static readonly string[] Names = ["IMG_20181122_183012.jpg", "DSCN0038.jpg", "a.jpg", "a.png", "a.webp"];

    [Fact]
    public void No_published_byte_names_an_original_file_and_same_named_photos_stay_apart()
    {
        using var site = SiteFixture.Create(SiteOf(Names));
        site.WriteBytes("input/galeria/encuentro/IMG_20181122_183012.jpg", TestPhotos.Jpeg(900, 600, seed: 1));
        site.WriteBytes("input/galeria/encuentro/DSCN0038.jpg", TestPhotos.Jpeg(800, 600, seed: 2));
        site.WriteBytes("input/galeria/encuentro/a.jpg", TestPhotos.Jpeg(640, 480, seed: 3));
        using (var png = Image.NewFromBuffer(TestPhotos.Jpeg(640, 480, seed: 4)))
        {
            site.WriteBytes("input/galeria/encuentro/a.png", png.PngsaveBuffer());
        }

        using (var webp = Image.NewFromBuffer(TestPhotos.Jpeg(640, 480, seed: 5)))
        {
            site.WriteBytes("input/galeria/encuentro/a.webp", webp.WebpsaveBuffer());
        }

        site.Run();
        site.AssertNoErrors();

        var traces = Traces.Under(site.Root).Where(t => t.Where.StartsWith("output/", StringComparison.Ordinal)).ToList();
        Assert.Contains(traces, t => t.Where == "output/buscar/indice.json");
        Assert.Contains(traces, t => t.Where == "output/feed.xml");
        foreach (var trace in traces)
        {
            var text = trace.Where + "\n" + trace.Text();
            Assert.DoesNotMatch(Original, text);
        }

        var kit = traces.Where(t => t.Where.StartsWith("output/sala-de-prensa/kit-de-prensa.zip!fotos/", StringComparison.Ordinal) && t.Name.EndsWith(".jpg", StringComparison.Ordinal)).ToList();
        var expected = Names.Select(n => $"fotos/encuentro-{PhotoKey.Local.IdOf("encuentro", n)}.jpg").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(5, expected.Distinct().Count());
        Assert.Equal(expected, kit.Select(t => t.Name).Order(StringComparer.Ordinal));
        var csv = Encoding.UTF8.GetString(traces.Single(t => t.Name == "fotos/pies-y-creditos.csv").Bytes);
        var sums = Encoding.UTF8.GetString(traces.Single(t => t.Name == "SHA256SUMS.txt").Bytes);
        Assert.All(expected, name =>
        {
            Assert.Contains($"\n{name["fotos/".Length..]},", csv, StringComparison.Ordinal);
            Assert.Contains($"  {name}\n", sums, StringComparison.Ordinal);
        });

        // Every derivative's name is <id>-<v>-<width>.<ext>, where v starts the SHA-256 of its own bytes.
        var derivatives = traces.Where(t => t.Where.StartsWith("output/fotos/", StringComparison.Ordinal)).ToList();
        Assert.Equal(Names.Length, derivatives.Select(t => t.Name[..12]).Distinct().Count());
        Assert.All(derivatives, t =>
        {
            var match = Regex.Match(t.Name, "^([0-9a-f]{12})-([0-9a-f]{8})-([0-9]+)\\.(webp|jpg)$");
            Assert.True(match.Success, t.Name);
            Assert.Equal(t.Sha256[..8], match.Groups[2].Value);
        });
    }

    // An original's name, or its base name with any of the album's extensions, where no letter or digit touches it.
    private static readonly Regex Original = new(
        @"IMG_20181122|20181122_183012|DSCN0038|(?<![A-Za-z0-9])a\.(jpg|png|webp)(?![A-Za-z0-9])", RegexOptions.CultureInvariant);

    /// <summary>A site with one album, «encuentro», of <paramref name="files"/> (all in the press kit), as a txtar archive.</summary>
    internal static string SiteOf(IEnumerable<string> files) => """
        -- input/mesas/a.md --
        ---
        nombre: Mesa A
        estado: chihuahua
        resumen: Una mesa.
        ---
        -- input/galeria/encuentro/album.yml --

        """ + AlbumOf(files);

    /// <summary>The album.yml of «encuentro» with <paramref name="files"/>.</summary>
    internal static string AlbumOf(IEnumerable<string> files) => """
        titulo: Encuentro
        fecha: 2018-11-22
        mesa: a
        fotos:

        """ + string.Concat(files.Select((f, i) => $"""
          - archivo: {f}
            alt: Foto número {i + 1} del encuentro
            pie: Pie número {i + 1}.
            credito: México SOS
            kit_de_prensa: true
            consentimiento: {"{"}fecha: 2018-11-22, registro: Formato {i + 1}{"}"}

        """));
}
