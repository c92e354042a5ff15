using System.Text;
using Micrositio.Tests.Support;
using NetVips;

namespace Micrositio.Tests.Images;

/// <summary>Albums end to end: pages, consent, hidden areas, withdrawal with 410 rules, the image cache.</summary>
public sealed class GalleryTests
{
    private const string Album = """
        -- input/mesas/a.md --
        ---
        nombre: Mesa A
        estado: chihuahua
        resumen: Una mesa.
        ---
        -- input/galeria/encuentro/album.yml --
        titulo: Encuentro
        fecha: 2018-11-22
        mesa: a
        fotos:
          - archivo: IMG_0001.jpg
            alt: Personas en la plenaria
            pie: La plenaria.
            credito: México SOS
            consentimiento:
              fecha: 2018-11-22
              registro: Formato 14
            ocultar:
              - x: 100
                y: 100
                ancho: 200
                alto: 150
                motivo: rostro
          - archivo: IMG_0002.jpg
            alt: Mesa de trabajo
            consentimiento:
              fecha: 2018-11-22
              registro: Formato 15
          - archivo: IMG_0003.jpg
            alt: Clausura
            consentimiento:
              fecha: 2018-11-22
              registro: Formato 16
        """;

    private static SiteFixture BuildAlbum(string extra = "", Action<SiteFixture>? change = null)
    {
        var site = SiteFixture.Create(Album + "\n" + extra);
        site.WriteBytes("input/galeria/encuentro/IMG_0001.jpg", TestPhotos.Jpeg(seed: 1));
        site.WriteBytes("input/galeria/encuentro/IMG_0002.jpg", TestPhotos.Jpeg(1200, 900, seed: 2));
        site.WriteBytes("input/galeria/encuentro/IMG_0003.jpg", TestPhotos.Jpeg(300, 200, seed: 3));
        change?.Invoke(site);
        site.Generate();
        return site;
    }

    [Fact]
    public void Album_pages_show_responsive_pictures_with_size_alt_caption_and_credit()
    {
        using var site = BuildAlbum();

        site.AssertNoErrors();
        site.AssertFile("galeria/index.html", """
            <a href="/galeria/encuentro/">Encuentro</a>
            3 fotos
            """);
        var html = site.Text("galeria/encuentro/index.html");
        Assert.Equal(3, CountOf(html, "<picture>"));
        Assert.Equal(3, CountOf(html, "<source type=\"image/webp\""));
        Assert.Contains("alt=\"Personas en la plenaria\"", html, StringComparison.Ordinal);
        Assert.Contains("width=\"960\" height=\"576\"", html, StringComparison.Ordinal);
        Assert.Contains("480w", html, StringComparison.Ordinal);
        Assert.Contains("1600w", html, StringComparison.Ordinal);
        Assert.Equal(1, CountOf(html, "loading=\"lazy\""));
        site.AssertFile("galeria/encuentro/index.html", """
            La plenaria.
            Foto: México SOS
            """);
        site.AssertFile("mesas/a/index.html", "alt=\"Personas en la plenaria\"");
        site.AssertFile("estados/chihuahua/index.html", "alt=\"Mesa de trabajo\"");
    }

    [Fact]
    public void Widths_are_never_upscaled_and_every_derivative_comes_in_webp_and_jpeg()
    {
        using var site = BuildAlbum();

        var photos = site.Paths.Where(p => p.StartsWith("fotos/", StringComparison.Ordinal)).ToList();
        // 2000 px wide → 480, 960, 1600; 1200 → 480, 960, 1200; 300 → 300 only; each as WebP and JPEG.
        Assert.Equal(2 * (3 + 3 + 1), photos.Count);
        Assert.Contains(photos, p => p.EndsWith("-1200.webp", StringComparison.Ordinal));
        Assert.Contains(photos, p => p.EndsWith("-300.jpg", StringComparison.Ordinal));
        foreach (var path in photos)
        {
            using var image = Image.NewFromBuffer(site.Result.Find(path)!.Bytes);
            Assert.True(image.Width <= 1600);
        }
    }

    [Fact]
    public void Originals_never_reach_the_output_by_bytes_or_by_name()
    {
        using var site = BuildAlbum();

        var originals = new[] { "IMG_0001.jpg", "IMG_0002.jpg", "IMG_0003.jpg" }
            .Select(n => File.ReadAllBytes(Path.Combine(site.Root, "input/galeria/encuentro", n))).ToList();
        foreach (var file in site.Result.Files)
        {
            Assert.DoesNotContain("IMG_000", file.Path, StringComparison.Ordinal);
            Assert.DoesNotContain(originals, o => o.AsSpan().SequenceEqual(file.Bytes));
        }

        Assert.DoesNotContain(site.Result.Files, f => Encoding.UTF8.GetString(f.Bytes).Contains("IMG_000", StringComparison.Ordinal));
    }

    [Fact]
    public void Hidden_areas_are_opaque_black_in_every_derivative()
    {
        using var site = BuildAlbum();

        var id = Micrositio.Images.PhotoKey.Local.IdOf("encuentro", "IMG_0001.jpg");
        var derivatives = site.Result.Files.Where(f => f.Path.StartsWith($"fotos/{id}-", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, derivatives.Count);
        foreach (var file in derivatives)
        {
            using var image = Image.NewFromBuffer(file.Bytes);
            var scale = image.Width / 2000.0;
            // A few pixels in from the edges: lossy encoders ring at the border of a hard edge.
            using var inside = image.Crop((int)(100 * scale) + 3, (int)(100 * scale) + 3, (int)(200 * scale) - 6, (int)(150 * scale) - 6);
            using var outside = image.Crop((int)(1200 * scale), (int)(800 * scale), (int)(100 * scale), (int)(100 * scale));
            Assert.True(inside.Max() <= 16 && inside.Avg() <= 3, $"{file.Path}: the hidden area is not black (max {inside.Max()}, mean {inside.Avg()}).");
            Assert.True(outside.Max() > 60, $"{file.Path}: the rest of the photo should keep its pixels.");
        }
    }

    [Fact]
    public void A_photo_without_consent_fails_naming_album_and_photo_and_is_not_published()
    {
        using var site = BuildAlbum(change: s => s.Write("input/galeria/encuentro/album.yml",
            File.ReadAllText(Path.Combine(s.Root, "input/galeria/encuentro/album.yml"))
                .Replace("""
                        consentimiento:
                          fecha: 2018-11-22
                          registro: Formato 16
                    """, "", StringComparison.Ordinal)));

        site.AssertError("validación: input/galeria/encuentro/album.yml:", "clave «fotos.consentimiento»", "la foto «IMG_0003.jpg» del álbum «encuentro» no tiene registro de consentimiento");
    }

    [Fact]
    public void Files_not_listed_in_album_yml_and_listed_files_that_are_missing_are_errors()
    {
        using var site = BuildAlbum(change: s =>
        {
            s.WriteBytes("input/galeria/encuentro/extra.jpg", TestPhotos.Jpeg(100, 100));
            s.Delete("input/galeria/encuentro/IMG_0002.jpg");
        });

        site.AssertError("validación: input/galeria/encuentro/extra.jpg:", "no en su album.yml", "consentimiento");
        site.AssertError("validación: input/galeria/encuentro/album.yml:", "no existe el archivo «IMG_0002.jpg»");
    }

    [Theory]
    [InlineData("encuentro/IMG_0001.jpg")]
    [InlineData("ID")]
    public void A_withdrawn_photo_leaves_no_trace_and_its_urls_answer_410(string entry)
    {
        using var first = BuildAlbum();
        var id = Micrositio.Images.PhotoKey.Local.IdOf("encuentro", "IMG_0001.jpg");

        first.Write("input/galeria/retiradas.txt", $"# retirada a petición\n{(entry == "ID" ? id : entry)}\n");
        first.Generate();

        first.AssertNoErrors();
        Assert.DoesNotContain(first.Result.Files, f => f.Path.Contains(id, StringComparison.Ordinal) && f.Path.StartsWith("fotos/", StringComparison.Ordinal));
        foreach (var file in first.Result.Files.Where(f => f.Path != "_redirects"))
        {
            var text = Encoding.UTF8.GetString(file.Bytes);
            Assert.DoesNotContain(id, text, StringComparison.Ordinal);
            Assert.DoesNotContain("La plenaria.", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Personas en la plenaria", text, StringComparison.Ordinal);
        }

        first.AssertFile("_redirects", $"/fotos/{id}-*  /410.html  410!");
        first.AssertFile("410.html", "Foto retirada");
        Assert.Empty(Directory.EnumerateDirectories(Path.Combine(first.Root, ".cache", "imagenes"), id + "-*"));
    }

    [Fact]
    public async Task The_preview_answers_410_for_a_withdrawn_photo_as_netlify_will()
    {
        using var site = BuildAlbum();
        var id = Micrositio.Images.PhotoKey.Local.IdOf("encuentro", "IMG_0001.jpg");
        var old = site.Result.Files.First(f => f.Path.StartsWith($"fotos/{id}-", StringComparison.Ordinal)).Path;
        site.Write("input/galeria/retiradas.txt", $"{id}\n");
        site.Generate();
        site.AssertNoErrors();

        await using var server = await Micrositio.Preview.PreviewServer.StartAsync(
            Micrositio.Preview.SiteSnapshot.Of(site.Result.Files, 1), Netlify.Production, liveReload: false);
        using var http = new HttpClient();
        var response = await http.GetAsync(server.Url("/" + old));

        Assert.Equal(System.Net.HttpStatusCode.Gone, response.StatusCode);
        Assert.Contains("Foto retirada", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(server.Problems);
    }

    [Fact]
    public void A_withdrawal_of_a_photo_no_longer_in_the_gallery_is_kept_with_a_warning_at_its_line()
    {
        using var site = BuildAlbum(change: s => s.Write("input/galeria/retiradas.txt", "# comentario\nencuentro/no-existe.jpg\n"));

        site.AssertNoErrors();
        site.AssertWarning("imágenes: input/galeria/retiradas.txt:2:", "no hay una foto «encuentro/no-existe.jpg»", "se retira de todos modos");
        site.AssertFile("_redirects", $"/fotos/{Micrositio.Images.PhotoKey.Local.IdOf("encuentro/no-existe.jpg")}-*  /410.html  410!");
    }

    [Theory]
    [InlineData("no-es-nada")]
    [InlineData("ABCDEF012345")]
    [InlineData("encuentro/")]
    public void A_withdrawal_line_that_is_neither_a_photo_nor_an_id_is_an_error_at_its_line(string entry)
    {
        using var site = BuildAlbum(change: s => s.Write("input/galeria/retiradas.txt", $"# comentario\n{entry}\n"));

        site.AssertError("imágenes: input/galeria/retiradas.txt:2:", $"«{entry}» no es ni «álbum/archivo» ni el id de una foto", "Cómo corregirlo");
    }

    [Fact]
    public void A_second_build_with_unchanged_photos_does_no_image_work()
    {
        using var site = BuildAlbum();
        Assert.Equal(3, site.Result.Statistics.PhotosProcessed);
        var before = site.Result.Files.Where(f => f.Path.StartsWith("fotos/", StringComparison.Ordinal)).ToDictionary(f => f.Path, f => f.Bytes);

        site.Generate();

        Assert.Equal(0, site.Result.Statistics.PhotosProcessed);
        Assert.Equal(3, site.Result.Statistics.PhotosReused);
        var after = site.Result.Files.Where(f => f.Path.StartsWith("fotos/", StringComparison.Ordinal)).ToDictionary(f => f.Path, f => f.Bytes);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, kv => Assert.Equal(kv.Value, after[kv.Key]));

        site.Write("input/galeria/encuentro/album.yml", File.ReadAllText(Path.Combine(site.Root, "input/galeria/encuentro/album.yml")).Replace("ancho: 200", "ancho: 250", StringComparison.Ordinal));
        site.Generate();

        Assert.Equal(1, site.Result.Statistics.PhotosProcessed);
        Assert.Equal(2, site.Result.Statistics.PhotosReused);
    }

    [Fact]
    public void A_hidden_area_outside_the_photo_is_an_error()
    {
        using var site = BuildAlbum(change: s => s.Write("input/galeria/encuentro/album.yml",
            File.ReadAllText(Path.Combine(s.Root, "input/galeria/encuentro/album.yml")).Replace("x: 100", "x: 1900", StringComparison.Ordinal)));

        site.AssertError("imágenes: input/galeria/encuentro/IMG_0001.jpg:", "se sale de la foto, que mide 2000 × 1200");
    }

    [Fact]
    public void Bad_files_are_clear_errors_naming_the_file()
    {
        using var site = BuildAlbum(change: s =>
        {
            s.WriteBytes("input/galeria/encuentro/IMG_0002.jpg", Encoding.UTF8.GetBytes("esto no es una foto"));
            var jpeg = TestPhotos.Jpeg(seed: 5);
            s.WriteBytes("input/galeria/encuentro/IMG_0003.jpg", jpeg[..(jpeg.Length / 2)]);
        });

        site.AssertError("imágenes: input/galeria/encuentro/IMG_0002.jpg:", "no es una imagen JPEG");
        site.AssertError("imágenes: input/galeria/encuentro/IMG_0003.jpg:", "no se puede leer");
    }

    [Fact]
    public void Size_and_pixel_limits_come_from_sitio_yml()
    {
        using var site = BuildAlbum(change: s => s.Write("input/sitio.yml", File.ReadAllText(Path.Combine(s.Root, "input/sitio.yml")) + "fotos_max_megapixeles: 1\n"));

        site.AssertError("imágenes: input/galeria/encuentro/IMG_0001.jpg:", "declara 2000 × 1200 píxeles, más que el límite de 1 megapíxeles");
        site.AssertError("imágenes: input/galeria/encuentro/IMG_0002.jpg:", "1200 × 900");
    }

    [Fact]
    public void Unsupported_formats_are_refused()
    {
        using var site = BuildAlbum("""
            -- input/galeria/otro/album.yml --
            titulo: Otro
            fecha: 2018-11-22
            fotos:
              - archivo: animada.gif
                alt: Animación
                consentimiento:
                  fecha: 2018-11-22
                  registro: Formato 1
            """, s => s.WriteBytes("input/galeria/otro/animada.gif", Encoding.ASCII.GetBytes("GIF89a")));

        site.AssertError("imágenes: input/galeria/otro/animada.gif:", "el formato «.gif» no se admite");
    }

    private static int CountOf(string text, string value) =>
        (text.Length - text.Replace(value, "", StringComparison.Ordinal).Length) / value.Length;
}
