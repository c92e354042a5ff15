using Micrositio.Build;
using Micrositio.Tests.Support;

namespace Micrositio.Tests.Build;

/// <summary>
/// The preview's quick path (<see cref="QuickRebuild"/>): the pages of edited content files made alone must be
/// exactly the bytes a whole build of the same input makes, and anything it cannot judge alone — a mistake, a
/// finding of the personal-data lint, a broken link, a file added, deleted or of another kind — is left to the
/// whole build, which reports it.
/// </summary>
public sealed class QuickRebuildTests
{
    private const string Site = """
        -- input/mesas/tampico.md --
        ---
        nombre: Mesa de Tampico
        estado: tamaulipas
        resumen: Una mesa del puerto.
        ---
        Texto original de la mesa.
        -- input/mesas/juarez.md --
        ---
        nombre: Mesa de Ciudad Juárez
        estado: chihuahua
        resumen: La mesa fundadora.
        ---
        Vea también [Tampico](mesa:tampico).
        -- input/logros/2014-07-14-ley-de-geolocalizacion.md --
        ---
        titulo: Ley de geolocalización
        fecha: 2014-07-14
        eje: legislativo
        estados: [chihuahua]
        mesas: [juarez]
        resumen: Una ley.
        ---
        Texto original del logro.
        -- input/encuentros/tercero.md --
        ---
        titulo: Tercer Encuentro
        numero: 3
        fecha_inicio: 2018-11-21
        fecha_fin: 2018-11-22
        sede: Tampico, Tamaulipas
        estado: tamaulipas
        asistentes: [tampico, juarez]
        resumen: Un encuentro.
        ---
        Texto original del encuentro.
        -- input/prensa/2018-11-22-tercer-encuentro.md --
        ---
        titulo: Tercer Encuentro Nacional
        fecha: 2018-11-22
        lugar: Tampico, Tamaulipas
        contacto: comunicacion
        resumen: Se reunió la Red.
        mesas: [tampico]
        ---
        Texto original del comunicado.
        -- input/prensa/2026-06-01-anuncio-reservado.md --
        ---
        titulo: Anuncio reservado
        fecha: 2026-06-01
        lugar: Tampico, Tamaulipas
        embargo: 2026-06-01T12:00:00-06:00
        contacto: comunicacion
        resumen: Bajo embargo.
        ---
        Texto original reservado.
        -- input/estados/tamaulipas.md --
        Texto original del estado.
        -- input/paginas/acerca.md --
        ---
        titulo: Acerca
        ---
        Texto original de la página.
        """;

    [Theory]
    [InlineData("input/mesas/tampico.md", "Texto original de la mesa.", "mesas/tampico/index.html")]
    [InlineData("input/logros/2014-07-14-ley-de-geolocalizacion.md", "Texto original del logro.", "logros/ley-de-geolocalizacion/index.html")]
    [InlineData("input/encuentros/tercero.md", "Texto original del encuentro.", "encuentros/tercero/index.html")]
    [InlineData("input/prensa/2018-11-22-tercer-encuentro.md", "Texto original del comunicado.", "sala-de-prensa/2018/tercer-encuentro/index.html")]
    [InlineData("input/estados/tamaulipas.md", "Texto original del estado.", "estados/tamaulipas/index.html")]
    [InlineData("input/paginas/acerca.md", "Texto original de la página.", "acerca/index.html")]
    [InlineData("input/paginas/inicio.md", "Bienvenida.", "index.html")]
    public void An_edited_files_page_is_what_a_whole_build_makes(string path, string original, string page)
    {
        using var site = SiteFixture.Build(Site);
        site.AssertNoErrors();

        Edit(site, path, original, "Texto editado, con [un enlace](estado:chihuahua).");
        var quick = site.Result.Quick!.Run([Path.Combine(site.Root, path)], site.Now);

        Assert.NotNull(quick);
        var shown = quick.Value.Files.Single(f => f.IsHtml);
        Assert.Equal(page, shown.Path);
        Assert.Contains("Texto editado", System.Text.Encoding.UTF8.GetString(shown.Bytes), StringComparison.Ordinal);
        // A release's PDF is made again with its page (the page shows its size); nothing else is.
        Assert.Equal(path.StartsWith("input/prensa/", StringComparison.Ordinal) ? 2 : 1, quick.Value.Files.Count);
        AssertSameAsWholeBuild(site, quick.Value.Files);
    }

    [Fact]
    public void Front_matter_edits_give_the_same_page_as_a_whole_build()
    {
        using var site = SiteFixture.Build(Site);
        const string path = "input/logros/2014-07-14-ley-de-geolocalizacion.md";
        Edit(site, path, "resumen: Una ley.", "resumen: Una ley que cambió.");
        Edit(site, path, "estados: [chihuahua]", "estados: [chihuahua, tamaulipas]");
        Edit(site, path, "mesas: [juarez]", "mesas: [juarez, tampico]");

        var quick = site.Result.Quick!.Run([Path.Combine(site.Root, path)], site.Now);

        Assert.NotNull(quick);
        AssertSameAsWholeBuild(site, quick.Value.Files);
    }

    [Fact]
    public void Successive_edits_build_on_each_other()
    {
        using var site = SiteFixture.Build(Site);
        const string achievement = "input/logros/2014-07-14-ley-de-geolocalizacion.md";
        Edit(site, achievement, "resumen: Una ley.", "resumen: Un resumen nuevo del logro.");
        var first = site.Result.Quick!.Run([Path.Combine(site.Root, achievement)], site.Now);
        Assert.NotNull(first);

        // The home page lists the latest achievements with their summaries: it must see the first edit.
        Edit(site, "input/paginas/inicio.md", "Bienvenida.", "Bienvenida de nuevo.");
        var second = first.Value.Next.Run([Path.Combine(site.Root, "input/paginas/inicio.md")], site.Now);

        Assert.NotNull(second);
        Assert.Contains("Un resumen nuevo del logro", System.Text.Encoding.UTF8.GetString(Assert.Single(second.Value.Files).Bytes), StringComparison.Ordinal);
        AssertSameAsWholeBuild(site, [.. first.Value.Files, .. second.Value.Files]);
    }

    [Fact]
    public void An_edited_release_under_embargo_is_checked_but_shows_nothing()
    {
        using var site = SiteFixture.Build(Site);
        Edit(site, "input/prensa/2026-06-01-anuncio-reservado.md", "Texto original reservado.", "Texto editado reservado.");

        var quick = site.Result.Quick!.Run([Path.Combine(site.Root, "input/prensa/2026-06-01-anuncio-reservado.md")], site.Now);

        Assert.NotNull(quick);
        Assert.Empty(quick.Value.Files);
    }

    [Theory]
    [InlineData("estado: tamaulipas", "estado: atlantida")]
    [InlineData("Texto original de la mesa.", "Llame al 833 123 4567.")]
    [InlineData("Texto original de la mesa.", "Vea [la página perdida](/no-existe/).")]
    [InlineData("nombre: Mesa de Tampico", "nombre: Mesa de Tampico y Madero")]
    [InlineData("resumen: Una mesa del puerto.", "resumen_largo: Una clave desconocida.")]
    public void What_the_quick_path_cannot_show_alone_is_left_to_the_whole_build(string original, string replacement)
    {
        using var site = SiteFixture.Build(Site);
        Edit(site, "input/mesas/tampico.md", original, replacement);

        Assert.Null(site.Result.Quick!.Run([Path.Combine(site.Root, "input/mesas/tampico.md")], site.Now));
    }

    [Fact]
    public void New_deleted_and_data_files_are_left_to_the_whole_build()
    {
        using var site = SiteFixture.Build(Site);
        var quick = site.Result.Quick!;

        site.Write("input/mesas/nueva.md", "---\nnombre: Mesa Nueva\nestado: chihuahua\nresumen: Nueva.\n---\nTexto.\n");
        Assert.Null(quick.Run([Path.Combine(site.Root, "input/mesas/nueva.md")], site.Now));

        site.Delete("input/paginas/acerca.md");
        Assert.Null(quick.Run([Path.Combine(site.Root, "input/paginas/acerca.md")], site.Now));

        Assert.Null(quick.Run([Path.Combine(site.Root, "input/sitio.yml")], site.Now));
        Assert.Null(quick.Run([Path.Combine(site.Root, "input/mesas")], site.Now));
    }

    [Fact]
    public void A_scratch_file_an_editor_removed_while_saving_is_ignored()
    {
        using var site = SiteFixture.Build(Site);
        Edit(site, "input/mesas/tampico.md", "Texto original de la mesa.", "Texto editado de la mesa.");

        var quick = site.Result.Quick!.Run(
            [Path.Combine(site.Root, "input/mesas/tampico.md___jb_tmp___"), Path.Combine(site.Root, "input/mesas/tampico.md")], site.Now);

        Assert.NotNull(quick);
        Assert.Single(quick.Value.Files);
    }

    [Fact]
    public void A_build_with_errors_has_no_quick_path()
    {
        using var site = SiteFixture.Build(Site.Replace("estado: chihuahua", "estado: atlantida", StringComparison.Ordinal));

        Assert.False(site.Result.Succeeded);
        Assert.Null(site.Result.Quick);
    }

    private static void Edit(SiteFixture site, string path, string original, string replacement)
    {
        var text = File.ReadAllText(Path.Combine(site.Root, path));
        Assert.Contains(original, text, StringComparison.Ordinal);
        site.Write(path, text.Replace(original, replacement, StringComparison.Ordinal));
    }

    private static void AssertSameAsWholeBuild(SiteFixture site, IEnumerable<Micrositio.Write.OutputFile> files)
    {
        var whole = SiteBuild.Generate(site.Options);
        Assert.True(whole.Succeeded, string.Join("\n", whole.Errors));
        foreach (var file in files.GroupBy(f => f.Path).Select(g => g.Last()))
        {
            var expected = whole.Find(file.Path) ?? throw new Xunit.Sdk.XunitException($"{file.Path} is not in the whole build");
            Assert.True(expected.Bytes.AsSpan().SequenceEqual(file.Bytes), $"{file.Path} differs from the whole build's");
        }
    }
}
