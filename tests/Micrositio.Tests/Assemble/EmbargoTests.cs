using Micrositio.Tests.Support;

namespace Micrositio.Tests.Assemble;

/// <summary>A release under embargo exists in no public file until the build clock passes its embargo.</summary>
public sealed class EmbargoTests
{
    private const string Site = """
        -- input/mesas/tampico.md --
        ---
        nombre: Mesa de Tampico
        estado: tamaulipas
        resumen: Una mesa.
        ---
        -- input/encuentros/cuarto.md --
        ---
        titulo: Cuarto Encuentro
        numero: 4
        fecha_inicio: 2026-01-01
        fecha_fin: 2026-01-02
        sede: Cancún, Quintana Roo
        estado: quintana-roo
        asistentes: [tampico]
        resumen: Un encuentro.
        ---
        -- input/prensa/2026-01-01-anuncio-reservado.md --
        ---
        titulo: Anuncio Reservado Xyzzy
        fecha: 2026-01-01
        lugar: Cancún, Quintana Roo
        embargo: 2026-01-01T12:00:00-06:00
        contacto: comunicacion
        resumen: Resumen reservado plugh.
        estados: [quintana-roo]
        mesas: [tampico]
        ---
        Cuerpo reservado frobozz.
        -- input/prensa/2025-12-01-anuncio-publico.md --
        ---
        titulo: Anuncio Público
        fecha: 2025-12-01
        lugar: Tampico, Tamaulipas
        contacto: comunicacion
        resumen: Ya publicado.
        mesas: [tampico]
        ---

        """;

    private static readonly DateTimeOffset BeforeEmbargo = new(2026, 1, 1, 17, 59, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset EmbargoMoment = new(2026, 1, 1, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Release_under_embargo_appears_in_no_output_file()
    {
        using var site = SiteFixture.Build(Site, BeforeEmbargo);

        site.AssertNoErrors();
        site.AssertNoFile("sala-de-prensa/2026/anuncio-reservado/index.html");
        site.AssertFile("sala-de-prensa/2025/anuncio-publico/index.html", "Anuncio Público");
        site.AssertFile("sala-de-prensa/index.html", "Anuncio Público");
        site.AssertFile("feed.xml", "Anuncio Público");
        // Every file as a reader sees it: pages decoded, PDFs and the press kit's zip opened.
        foreach (var file in site.Result.Files)
        {
            var text = PublishedText.Of(file);
            foreach (var secret in new[] { "Xyzzy", "plugh", "frobozz", "anuncio-reservado" })
            {
                Assert.False(text.Contains(secret, StringComparison.Ordinal), $"{file.Path} mentions «{secret}» of a release under embargo");
            }
        }

        Assert.Equal(1, site.Result.Statistics.Embargoed);
        Assert.Equal(1, site.Result.Statistics.PressReleases);
    }

    [Fact]
    public void Release_is_published_by_the_first_build_at_or_after_its_embargo()
    {
        using var site = SiteFixture.Build(Site, EmbargoMoment);

        site.AssertNoErrors();
        site.AssertFile("sala-de-prensa/2026/anuncio-reservado/index.html", """
            <h1>Anuncio Reservado Xyzzy</h1>
            Cuerpo reservado frobozz.
            """);
        site.AssertFile("sala-de-prensa/index.html", "/sala-de-prensa/2026/anuncio-reservado/");
        site.AssertFile("feed.xml", "https://prueba.example.org/sala-de-prensa/2026/anuncio-reservado/");
        site.AssertFile("sala-de-prensa/feed.xml", "https://prueba.example.org/sala-de-prensa/2026/anuncio-reservado/anuncio-reservado.pdf");
        Assert.Contains("Cuerpo reservado frobozz.", PublishedText.Of(site.Result.Find("sala-de-prensa/2026/anuncio-reservado/anuncio-reservado.pdf")!), StringComparison.Ordinal);
        site.AssertFile("sitemap.xml", "<loc>https://prueba.example.org/sala-de-prensa/2026/anuncio-reservado/</loc>");
        site.AssertFile("mesas/tampico/index.html", "/sala-de-prensa/2026/anuncio-reservado/");
        site.AssertFile("estados/quintana-roo/index.html", "/sala-de-prensa/2026/anuncio-reservado/");
        site.AssertFile("encuentros/cuarto/index.html", "/sala-de-prensa/2026/anuncio-reservado/");
        Assert.Equal(0, site.Result.Statistics.Embargoed);
    }

    [Fact]
    public void The_same_content_builds_differently_only_because_of_the_clock()
    {
        using var site = SiteFixture.Create(Site, BeforeEmbargo);
        site.Generate();
        var before = site.Paths.ToList();

        site.Now = EmbargoMoment.AddDays(1);
        site.Generate();

        Assert.Equal(["sala-de-prensa/2026/anuncio-reservado/anuncio-reservado.pdf", "sala-de-prensa/2026/anuncio-reservado/index.html"],
            site.Paths.Except(before).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Release_under_embargo_is_checked_before_it_is_published()
    {
        // The body of a release under embargo must pass the same checks as any other, or the scheduled
        // build that should publish it fails at the moment of publication.
        using var site = SiteFixture.Build("""
            -- input/prensa/2026-01-01-anuncio.md --
            ---
            titulo: Anuncio
            fecha: 2026-01-01
            lugar: Cancún, Quintana Roo
            embargo: 2026-01-01T12:00:00-06:00
            contacto: comunicacion
            resumen: Un anuncio.
            ---
            Vea la [mesa anfitriona](mesa:cancun).
            """, BeforeEmbargo);

        site.AssertError("input/prensa/2026-01-01-anuncio.md:9:", "el enlace «mesa:cancun» no corresponde a ningún contenido");
    }
}
