using Micrositio.Tests.Support;

namespace Micrositio.Tests.Images.Privacy;

/// <summary>
/// Withdrawing a photo, deleting it or hiding more of it leaves nothing of the old version anywhere a build writes:
/// not in output/, not in any cache (.cache/imagenes, kit, pdf, busqueda, revision, salida-anterior) — zips opened,
/// PDFs read, every image decoded.
/// </summary>
public sealed class CachePurgeTests
{
    private const string Site = """
        -- input/mesas/a.md --
        ---
        nombre: Mesa A
        estado: chihuahua
        resumen: Una mesa.
        ---
        -- input/galeria/encuentro/album.yml --

        """;

    private const string AlbumYml = """
        titulo: Encuentro
        fecha: 2018-11-22
        mesa: a
        fotos:
          - archivo: IMG_20181122_183012.jpg
            alt: Zanahoria visible en la plenaria
            pie: Pie Zanahoria
            kit_de_prensa: true
            consentimiento: {fecha: 2018-11-22, registro: Formato 1}
        OCULTAR
          - archivo: DSCN0038.jpg
            alt: Alt Quetzalcoatl retirado
            pie: Pie Quetzalcoatl retirado
            credito: Credito Quetzalcoatl
            kit_de_prensa: true
            consentimiento: {fecha: 2018-11-22, registro: Formato 2}
        BORRAR
          - archivo: queda.jpg
            alt: Una foto que se queda
            kit_de_prensa: true
            consentimiento: {fecha: 2018-11-22, registro: Formato 4}
        """;

    private const string Deleted = """
          - archivo: IMG_20190101_101010.jpg
            alt: Alt Xochimilco borrado
            pie: Pie Xochimilco borrado
            kit_de_prensa: true
            consentimiento: {fecha: 2018-11-22, registro: Formato 3}
        """;

    private const string Hidden = """
            ocultar:
              - {x: 90, y: 90, ancho: 220, alto: 170, motivo: rostro}
        """;

    private static readonly string[] Withdrawn = ["Quetzalcoatl", "Xochimilco"];

    private static readonly string[] OriginalNames = ["IMG_20181122_183012", "DSCN0038", "IMG_20190101_101010", "queda.jpg"];

    [Fact]
    public void Withdrawal_deletion_and_redaction_across_builds_leave_no_trace_in_output_or_any_cache()
    {
        using var site = SiteFixture.Create(Site + Album(hidden: false, deleted: true));
        site.WriteBytes("input/galeria/encuentro/IMG_20181122_183012.jpg", Traces.JpegWithPatch());
        site.WriteBytes("input/galeria/encuentro/DSCN0038.jpg", TestPhotos.Jpeg(900, 600, seed: 4));
        site.WriteBytes("input/galeria/encuentro/IMG_20190101_101010.jpg", TestPhotos.Jpeg(800, 600, seed: 9));
        site.WriteBytes("input/galeria/encuentro/queda.jpg", TestPhotos.Jpeg(700, 500, seed: 13));

        // Build 1: everything published; the patch is visible, so the pixel check below can fail.
        Build(site);
        var first = Traces.Under(site.Root);
        var queda = Derivatives(site, "queda.jpg");
        var old = new[] { "IMG_20181122_183012.jpg", "DSCN0038.jpg", "IMG_20190101_101010.jpg" }.SelectMany(n => Derivatives(site, n)).ToList();
        Assert.NotEmpty(old);
        Assert.Contains(first, t => t.IsImage && Traces.MagentaShare(t.Bytes) > 0.02);
        Assert.Contains(first, t => t.Text().Contains("Quetzalcoatl", StringComparison.Ordinal));
        Build(site); // a second build, so the recycled output and every cache hold the first version twice over

        // Build 2: the patch is hidden.
        site.Write("input/galeria/encuentro/album.yml", Album(hidden: true, deleted: true));
        Build(site);
        Assert.DoesNotContain(Derivatives(site, "IMG_20181122_183012.jpg"), d => old.Contains(d));

        // Build 3: one photo withdrawn, one deleted (file and entry).
        site.Write("input/galeria/retiradas.txt", "encuentro/DSCN0038.jpg\n");
        site.Write("input/galeria/encuentro/album.yml", Album(hidden: true, deleted: false));
        site.Delete("input/galeria/encuentro/IMG_20190101_101010.jpg");
        Build(site);

        var traces = Traces.Under(site.Root);
        Assert.Contains(traces, t => t.Where.StartsWith(".cache/salida-anterior/", StringComparison.Ordinal));
        Assert.Contains(traces, t => t.Where.StartsWith(".cache/kit/", StringComparison.Ordinal) && t.Where.Contains('!', StringComparison.Ordinal));
        Assert.Contains(traces, t => t.Where.StartsWith(".cache/pdf/", StringComparison.Ordinal));
        Assert.All(queda, d => Assert.Contains(traces, t => t.Sha256 == d.Sha256));

        var oldHashes = old.Select(d => d.Sha256).ToHashSet(StringComparer.Ordinal);
        var oldNames = old.Select(d => Path.GetFileName(d.Path)).ToList();
        foreach (var trace in traces)
        {
            Assert.False(oldHashes.Contains(trace.Sha256), $"{trace.Where} is a copy of a derivative of a withdrawn, deleted or redacted photo.");
            var text = trace.Text();
            foreach (var needle in oldHashes.Concat(oldNames).Concat(Withdrawn).Concat(OriginalNames))
            {
                Assert.False(text.Contains(needle, StringComparison.Ordinal), $"{trace.Where} holds «{needle}».");
            }

            if (trace.IsImage)
            {
                Assert.True(Traces.MagentaShare(trace.Bytes) < 0.001, $"{trace.Where} shows the area that is now hidden.");
            }
        }
    }

    [Fact]
    public async Task In_the_preview_a_withdrawal_empties_the_caches_once_the_new_build_is_shown_and_everything_shown_stays_readable()
    {
        using var site = SiteFixture.Create(Site + Album(hidden: true, deleted: false));
        site.WriteBytes("input/galeria/encuentro/IMG_20181122_183012.jpg", Traces.JpegWithPatch());
        site.WriteBytes("input/galeria/encuentro/DSCN0038.jpg", TestPhotos.Jpeg(900, 600, seed: 4));
        site.WriteBytes("input/galeria/encuentro/queda.jpg", TestPhotos.Jpeg(700, 500, seed: 13));
        site.WriteDefaultBrand();
        var builds = new List<Micrositio.Preview.PreviewBuild>();
        await using var session = await Micrositio.Preview.PreviewSession.StartAsync(site.Options, Netlify.Production, watch: false, onBuilt: builds.Add);
        Assert.True(builds.Single().Succeeded, string.Join("\n", builds.Single().Errors));
        Assert.Contains(Traces.Under(Path.Combine(site.Root, ".cache")), t => t.Text().Contains("Quetzalcoatl", StringComparison.Ordinal));

        site.Write("input/galeria/retiradas.txt", "encuentro/DSCN0038.jpg\n");
        var build = await session.RebuildAsync();

        Assert.True(build.Succeeded, string.Join("\n", build.Errors));
        Assert.DoesNotContain(Traces.Under(Path.Combine(site.Root, ".cache")), t => t.Text().Contains("Quetzalcoatl", StringComparison.Ordinal));
        var withdrawn = Micrositio.Images.PhotoKey.Local.IdOf("encuentro", "DSCN0038.jpg");
        Assert.Empty(Directory.EnumerateDirectories(Path.Combine(site.Root, ".cache", "imagenes"), withdrawn + "-*"));
        Assert.All(session.Server.Site.Files.Values, f => Assert.Equal(f.Length, f.Bytes.LongLength));
    }

    private static string Album(bool hidden, bool deleted) =>
        AlbumYml.Replace("OCULTAR\n", hidden ? Hidden + "\n" : "", StringComparison.Ordinal).Replace("BORRAR\n", deleted ? Deleted + "\n" : "", StringComparison.Ordinal);

    private static void Build(SiteFixture site)
    {
        site.Run();
        site.AssertNoErrors();
    }

    // The derivatives of one photo in the last build, with their bytes' SHA-256.
    private static List<(string Path, string Sha256)> Derivatives(SiteFixture site, string fileName)
    {
        var id = Micrositio.Images.PhotoKey.Local.IdOf("encuentro", fileName);
        return site.Result.Files.Where(f => f.Path.StartsWith($"fotos/{id}-", StringComparison.Ordinal))
            .Select(f => (f.Path, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(f.Bytes)))).ToList();
    }
}
