namespace Micrositio.Tests.Support;

public sealed class TxtarTests
{
    [Fact]
    public void Splits_files_and_ignores_the_leading_comment()
    {
        var files = Txtar.Parse("""
            Un comentario.
            -- input/a.md --
            ---
            titulo: A
            ---

            -- input/b.yml --
            clave: valor
            """);

        Assert.Equal([("input/a.md", "---\ntitulo: A\n---\n"), ("input/b.yml", "clave: valor\n")], files);
    }

    [Fact]
    public void Fixture_fills_in_defaults_and_keeps_given_files()
    {
        using var site = SiteFixture.Build("""
            -- input/paginas/inicio.md --
            ---
            titulo: Portada propia
            ---
            """);

        site.AssertNoErrors();
        site.AssertFile("index.html", """
            Portada propia
            ! Inicio de prueba
            """);
        site.AssertFile("red/index.html", "<h1>La Red</h1>");
        Assert.Throws<Xunit.Sdk.XunitException>(() => site.AssertFile("index.html", "! Portada propia"));
        Assert.Throws<Xunit.Sdk.XunitException>(() => site.AssertError("no existe este error"));
    }
}
