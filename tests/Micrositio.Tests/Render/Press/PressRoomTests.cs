using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Micrositio.Images.Verification;
using Micrositio.Tests.Images;
using Micrositio.Tests.Support;
using UglyToad.PdfPig;

namespace Micrositio.Tests.Render.Press;

/// <summary>The press room's documents built from a small inline site: PDFs, feeds, the kit, the release page's data.</summary>
public sealed partial class PressRoomTests
{
    private const string Body = """
        Las mesas se reunieron en Tampico, Tamaulipas, con representantes de Michoacán y Quintana Roo.

        ## Acuerdos

        - Concretar la instalación de las mesas pendientes.
        - Homologar su identidad, ¿por qué no?, según el manual.

        > La corresponsabilidad es la base del trabajo.

        Cancún-Isla Mujeres obtuvo 17 votos; el año próximo habrá más niñas y niños en la consulta.
        """;

    private static string Site(string extra = "") => $"""
        -- input/mesas/tampico.md --
        ---
        nombre: Mesa de Tampico
        estado: tamaulipas
        resumen: Una mesa.
        ---
        -- input/prensa/2018-11-22-encuentro.md --
        ---
        titulo: Concluye el encuentro de la Red en Tampico
        fecha: 2018-11-22
        lugar: Tampico, Tamaulipas
        contacto: comunicacion
        resumen: Treinta y una mesas se reunieron en Tampico.
        mesas: [tampico]
        estados: [tamaulipas]
        ---
        {Body}
        -- input/prensa/2018-11-23-segundo.md --
        ---
        titulo: Segundo comunicado
        fecha: 2018-11-23T10:30:00-06:00
        lugar: Ciudad de México
        contacto: comunicacion
        resumen: Otro comunicado.
        ---
        Texto breve.
        {extra}
        """;

    private static XNamespace Atom => "http://www.w3.org/2005/Atom";

    [Fact]
    public void The_pdf_of_a_release_has_its_text_with_accents_in_reading_order_and_no_personal_metadata()
    {
        using var site = SiteFixture.Build(Site());
        site.AssertNoErrors();
        var bytes = site.Result.Find("sala-de-prensa/2018/encuentro/encuentro.pdf")!.Bytes;

        using var pdf = PdfDocument.Open(bytes);
        var text = Normalize(string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))));
        var expected = new[]
        {
            "Concluye el encuentro de la Red en Tampico",
            "Treinta y una mesas se reunieron en Tampico.",
            "Tampico, Tamaulipas, 22 de noviembre de 2018.",
            "Las mesas se reunieron en Tampico, Tamaulipas, con representantes de Michoacán y Quintana Roo.",
            "Acuerdos",
            "Concretar la instalación de las mesas pendientes.",
            "Homologar su identidad, ¿por qué no?, según el manual.",
            "La corresponsabilidad es la base del trabajo.",
            "Cancún-Isla Mujeres obtuvo 17 votos; el año próximo habrá más niñas y niños en la consulta.",
            "Contacto para medios",
            "prensa@example.org",
        };
        var at = 0;
        foreach (var sentence in expected)
        {
            var found = text.IndexOf(Normalize(sentence), at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"«{sentence}» is missing or out of order in the PDF's text:\n{text}");
            at = found;
        }

        Assert.Equal("Concluye el encuentro de la Red en Tampico", pdf.Information.Title);
        Assert.True(string.IsNullOrEmpty(pdf.Information.Author), $"The PDF names an author: «{pdf.Information.Author}»");
        Assert.Equal("Micrositio", pdf.Information.Creator);
        var raw = Encoding.Latin1.GetString(bytes);
        Assert.Contains("/Lang", raw, StringComparison.Ordinal);
        // "root" (CI's user) is also part of PDF keywords such as /StructTreeRoot, so it says nothing here.
        foreach (var name in new[] { Environment.UserName, Environment.MachineName }.Where(n => n.Length > 3 && n != "root"))
        {
            Assert.DoesNotContain(name, raw, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Release_page_links_its_pdf_and_carries_news_article_data_and_open_graph_tags()
    {
        using var site = SiteFixture.Build(Site());
        site.AssertNoErrors();
        var page = site.Text("sala-de-prensa/2018/encuentro/index.html");

        site.AssertFile("sala-de-prensa/2018/encuentro/index.html", """
            Tampico, Tamaulipas, 22 de noviembre de 2018.
            href="/sala-de-prensa/2018/encuentro/encuentro.pdf"
            <meta property="og:type" content="article">
            <meta property="og:image" content="https://prueba.example.org/sala-de-prensa/tarjeta.png">
            """);
        var json = JsonLd().Match(page).Groups[1].Value;
        using var article = JsonDocument.Parse(json);
        Assert.Equal("NewsArticle", article.RootElement.GetProperty("@type").GetString());
        Assert.Equal("Concluye el encuentro de la Red en Tampico", article.RootElement.GetProperty("headline").GetString());
        Assert.Equal("2018-11-22T00:00:00-06:00", article.RootElement.GetProperty("datePublished").GetString());
        Assert.Equal("https://prueba.example.org/sala-de-prensa/2018/encuentro/encuentro.pdf",
            article.RootElement.GetProperty("encoding").GetProperty("contentUrl").GetString());
        Assert.NotNull(site.Result.Find("sala-de-prensa/tarjeta.png"));
    }

    [Fact]
    public void The_press_feed_is_valid_atom_with_the_pdfs_as_enclosures_and_the_site_feed_links_it()
    {
        using var site = SiteFixture.Build(Site());
        site.AssertNoErrors();

        var feed = XDocument.Parse(site.Text("sala-de-prensa/feed.xml")).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("es-MX", (string?)feed.Attribute(XNamespace.Xml + "lang"));
        foreach (var required in new[] { "id", "title", "updated", "author" })
        {
            Assert.Single(feed.Elements(Atom + required));
        }

        Assert.Equal("https://prueba.example.org/sala-de-prensa/feed.xml", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(["Segundo comunicado", "Concluye el encuentro de la Red en Tampico"], entries.Select(e => e.Element(Atom + "title")!.Value));
        Assert.Equal(["2018-11-23T10:30:00-06:00", "2018-11-22T00:00:00-06:00"], entries.Select(e => e.Element(Atom + "updated")!.Value));
        Assert.Equal("2018-11-23T10:30:00-06:00", feed.Element(Atom + "updated")!.Value);
        foreach (var entry in entries)
        {
            Assert.Single(entry.Elements(Atom + "id"));
            Assert.Matches(Rfc3339(), entry.Element(Atom + "updated")!.Value);
            Assert.Single(entry.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "alternate");
            var enclosure = entry.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "enclosure");
            Assert.Equal("application/pdf", enclosure.Attribute("type")!.Value);
            var path = new Uri(enclosure.Attribute("href")!.Value).AbsolutePath.TrimStart('/');
            Assert.Equal(site.Result.Find(path)!.Bytes.Length.ToString(), enclosure.Attribute("length")!.Value);
        }

        var main = XDocument.Parse(site.Text("feed.xml")).Root!;
        Assert.Equal("https://prueba.example.org/sala-de-prensa/feed.xml",
            main.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "related").Attribute("href")!.Value);
    }

    [Fact]
    public void The_press_kit_zip_holds_the_logos_the_chosen_photos_with_credits_and_the_fact_sheet_and_its_manifest_matches()
    {
        using var site = SiteFixture.Create(Site("""
            -- input/galeria/encuentro/album.yml --
            titulo: Encuentro
            fecha: 2018-11-22
            fotos:
              - archivo: plenaria.jpg
                alt: Personas en una plenaria.
                pie: La plenaria.
                credito: México SOS
                kit_de_prensa: true
                consentimiento: {fecha: 2018-11-22, registro: Formato 1}
              - archivo: pasillo.jpg
                alt: Un pasillo.
                consentimiento: {fecha: 2018-11-22, registro: Formato 2}
            """));
        site.WriteBytes("input/galeria/encuentro/plenaria.jpg", TestPhotos.Jpeg(640, 480));
        site.WriteBytes("input/galeria/encuentro/pasillo.jpg", TestPhotos.Jpeg(640, 480, seed: 7));
        site.Generate();
        site.AssertNoErrors();

        using var zip = new ZipArchive(new MemoryStream(site.Result.Find("sala-de-prensa/kit-de-prensa.zip")!.Bytes), ZipArchiveMode.Read);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        var entries = zip.Entries.ToDictionary(e => e.FullName, Read);

        Assert.Equal(names.Where(n => n != "SHA256SUMS.txt").Order(StringComparer.Ordinal), names.Where(n => n != "SHA256SUMS.txt"));
        Assert.Contains("ficha-informativa.pdf", names);
        Assert.Contains("logotipos/red-nacional-color.svg", names);
        Assert.Contains("logotipos/png/mexico-sos-inverso-800.png", names);
        Assert.Contains("logotipos/LEEME.txt", names);
        var plenaria = $"fotos/encuentro-{Micrositio.Images.PhotoKey.Local.IdOf("encuentro", "plenaria.jpg")}.jpg";
        Assert.Contains(plenaria, names);
        Assert.DoesNotContain(names, n => n.StartsWith($"fotos/encuentro-{Micrositio.Images.PhotoKey.Local.IdOf("encuentro", "pasillo.jpg")}", StringComparison.Ordinal));
        Assert.Contains($"{plenaria["fotos/".Length..]},La plenaria.,México SOS,Personas en una plenaria.", Encoding.UTF8.GetString(entries["fotos/pies-y-creditos.csv"]), StringComparison.Ordinal);
        Assert.Empty(ImageVerifier.Verify(entries[plenaria]));
        Assert.Contains("La Red en cifras", PublishedText.Of("ficha-informativa.pdf", entries["ficha-informativa.pdf"]), StringComparison.Ordinal);

        var manifest = Encoding.UTF8.GetString(entries["SHA256SUMS.txt"]).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split("  ", 2)).ToDictionary(p => p[1], p => p[0]);
        Assert.Equal(names.Where(n => n != "SHA256SUMS.txt").Order(StringComparer.Ordinal), manifest.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, hash) in manifest)
        {
            Assert.Equal(hash, Convert.ToHexStringLower(SHA256.HashData(entries[name])));
        }

        var first = site.Result.Find("sala-de-prensa/kit-de-prensa.zip")!.Bytes;
        site.Generate();
        Assert.Equal(first, site.Result.Find("sala-de-prensa/kit-de-prensa.zip")!.Bytes);
    }

    [Fact]
    public void The_same_release_gives_the_same_pdf_bytes()
    {
        using var site = SiteFixture.Create(Site());
        site.Generate();
        var first = site.Result.Find("sala-de-prensa/2018/encuentro/encuentro.pdf")!.Bytes;
        Thread.Sleep(1100);
        site.Generate();

        Assert.Equal(first, site.Result.Find("sala-de-prensa/2018/encuentro/encuentro.pdf")!.Bytes);
    }

    [Fact]
    public void Personal_data_in_a_release_is_refused_before_it_reaches_the_pdf()
    {
        using var site = SiteFixture.Build(Site().Replace("Texto breve.", "Llame al 55 1234 5678.", StringComparison.Ordinal));

        site.AssertError("input/prensa/2018-11-23-segundo.md", "teléfono");
        Assert.False(site.Result.Succeeded);
    }

    [Fact]
    public void Text_the_pdf_font_cannot_print_is_an_error_naming_the_release()
    {
        using var site = SiteFixture.Build(Site().Replace("Texto breve.", "Texto breve 🎉.", StringComparison.Ordinal));

        site.AssertError("input/prensa/2018-11-23-segundo.md", "no se puede generar el PDF del comunicado", "Lato");
    }

    [Fact]
    public void The_text_inside_a_pdf_or_zip_goes_through_the_personal_data_check()
    {
        // Compressed text is invisible to a scan of bytes; the press room hands the check the words it laid out.
        var errors = new Micrositio.Diagnostics.ErrorList();
        var scanner = new Micrositio.Lint.PersonalDataScanner(new Micrositio.Lint.SafetyPolicy([], [], [], []));
        var pdf = new Micrositio.Write.OutputFile("sala-de-prensa/2018/x/x.pdf", [0x25, 0x50, 0x44, 0x46]) { Text = "Informes al 55 1234 5678." };

        // A PDF from the cache keeps its text in a file beside it, read only by the check.
        var cache = Directory.CreateTempSubdirectory("micrositio-pdf-texto-");
        try
        {
            File.WriteAllBytes(Path.Combine(cache.FullName, "y.pdf"), [0x25, 0x50, 0x44, 0x46]);
            File.WriteAllText(Path.Combine(cache.FullName, "y.txt"), "Escriba a persona@example.org.");
            var cached = Micrositio.Render.Press.Pdf.PdfOutput.Cached(Path.Combine(cache.FullName, "y.pdf"), Path.Combine(cache.FullName, "y.txt"))
                .ToOutputFile("sala-de-prensa/2018/y/y.pdf");

            new Micrositio.PostProcess.OutputPrivacyCheck(scanner, new HashSet<string>(), errors).Check([pdf, cached], []);
        }
        finally
        {
            cache.Delete(recursive: true);
        }

        Assert.Contains(errors.Sorted(), e => e.ToString().Contains("sala-de-prensa/2018/x/x.pdf", StringComparison.Ordinal));
        Assert.Contains(errors.Sorted(), e => e.ToString().Contains("sala-de-prensa/2018/y/y.pdf", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("fecha: 2018-11-22\n", "", "input/prensa/2018-11-22-encuentro.md:", "«fecha»", "falta")]
    [InlineData("contacto: comunicacion\n", "contacto: comunicacion\nembargo: 2018-11-22T18:00:00\n", "input/prensa/2018-11-22-encuentro.md:6:", "«embargo»", "2018-11-22T18:00:00")]
    [InlineData("mesas: [tampico]\n", "mesas: [tampicco]\n", "input/prensa/2018-11-22-encuentro.md:7:", "«mesas»", "tampico")]
    [InlineData("mesas: [tampico]\n", "mesas: [tampico]\nfotos: [album/no-existe.jpg]\n", "input/prensa/2018-11-22-encuentro.md:8:", "«fotos»", "album/no-existe.jpg")]
    public void Bad_front_matter_of_a_release_is_reported_with_file_line_and_key(string find, string replace, string file, string key, string detail)
    {
        using var site = SiteFixture.Build(Site().Replace(find, replace, StringComparison.Ordinal));

        site.AssertError(file, key, detail);
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("""<script type="application/ld\+json">(.*?)</script>""", RegexOptions.Singleline)]
    private static partial Regex JsonLd();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}-06:00$")]
    private static partial Regex Rfc3339();
}
