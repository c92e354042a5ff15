using Micrositio.Tests.Support;

namespace Micrositio.Tests.Cli;

[Collection(CliCollection.Name)]
public sealed class BuildAndCheckCommandTests
{
    private const string Broken = """
        -- input/mesas/a.md --
        ---
        nombre: Mesa A
        estado: chihuahua
        activa: quizás
        resumen: Una mesa.
        ---
        -- input/logros/2014-ley.md --
        ---
        titulo: Una ley
        fecha: 2014
        eje: legislativa
        resumen: Se aprobó.
        ---
        """;

    private static void AssertNoStackTrace(CliRun run)
    {
        var all = run.Output + run.Error;
        Assert.DoesNotContain("   at ", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_writes_the_site_and_exits_0()
    {
        using var site = SiteFixture.Create("");

        var run = await site.Cli("build", "--root", site.Root, "--themes", site.ThemesDirectory);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("sin errores", run.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.OutputDirectory, "index.html")), run.ToString());
        Assert.True(File.Exists(Path.Combine(site.OutputDirectory, "estados", "campeche", "index.html")));
    }

    [Fact]
    public async Task Build_with_tiempos_prints_every_stage_with_its_wall_time_cpu_time_and_memory()
    {
        using var site = SiteFixture.Create("");

        var run = await site.Cli("build", "--root", site.Root, "--themes", site.ThemesDirectory, "--tiempos");

        Assert.True(run.ExitCode == 0, run.ToString());
        var rows = run.Output.Split('\n').Where(l => l.StartsWith('│')).Select(l => l.Split('│', StringSplitOptions.TrimEntries)[1..^1]).ToList();
        Assert.Equal(["Etapa", "ms", "ms de CPU", "MB en memoria al terminar"], rows[0]);
        foreach (var stage in new[] { "lectura", "validación", "render", "revisión", "escritura" })
        {
            var row = Assert.Single(rows, r => r[0] == stage);
            Assert.All(row[1..], value => Assert.Matches(@"^\d{1,3}(,\d{3})*$", value));
        }
    }

    [Fact]
    public async Task Build_writes_to_the_given_output_folder()
    {
        using var site = SiteFixture.Create("");
        var output = Path.Combine(site.Root, "publicado");

        var run = await site.Cli("build", "--root", site.Root, "--themes", site.ThemesDirectory, "--output", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(Path.Combine(output, "sitemap.xml")));
        Assert.False(Directory.Exists(site.OutputDirectory));
    }

    [Fact]
    public async Task Check_on_broken_content_lists_every_error_writes_nothing_and_exits_1()
    {
        using var site = SiteFixture.Create(Broken);

        var run = await site.Cli("check", "--root", site.Root, "--themes", site.ThemesDirectory);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("Se encontraron 2 errores:", run.Error, StringComparison.Ordinal);
        Assert.Contains("validación: input/mesas/a.md:4: clave «activa»", run.Error, StringComparison.Ordinal);
        Assert.Contains("validación: input/logros/2014-ley.md:4: clave «eje»", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.OutputDirectory));
        AssertNoStackTrace(run);
    }

    [Fact]
    public async Task Build_on_broken_content_exits_1_and_keeps_output_as_it_was()
    {
        using var site = SiteFixture.Create(Broken);

        var run = await site.Cli("build", "--root", site.Root, "--themes", site.ThemesDirectory);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("No se generó el sitio; output/ quedó como estaba.", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.OutputDirectory));
        AssertNoStackTrace(run);
    }

    [Fact]
    public async Task An_interrupted_build_exits_130_and_keeps_output_as_it_was()
    {
        using var site = SiteFixture.Create("");
        Assert.True((await site.Cli("build", "--root", site.Root, "--themes", site.ThemesDirectory)).ExitCode == 0);
        var before = Directory.GetFiles(site.OutputDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        using var interrupted = new CancellationTokenSource();
        interrupted.Cancel(); // Ctrl+C

        var run = await site.Cli(interrupted.Token, "build", "--root", site.Root, "--themes", site.ThemesDirectory);

        Assert.True(run.ExitCode == 130, run.ToString());
        Assert.Contains("Compilación interrumpida", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetFiles(site.OutputDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList());
        Assert.DoesNotContain(Directory.GetDirectories(site.Root), d => Path.GetFileName(d).StartsWith(".output", StringComparison.Ordinal));
        AssertNoStackTrace(run);
    }

    [Fact]
    public async Task Check_on_valid_content_exits_0()
    {
        using var site = SiteFixture.Create("");

        var run = await site.Cli("check", "--root", site.Root, "--themes", site.ThemesDirectory);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.False(Directory.Exists(site.OutputDirectory));
    }

    [Fact]
    public async Task Now_option_moves_the_build_clock()
    {
        using var site = SiteFixture.Create("""
            -- input/prensa/2030-01-01-futuro.md --
            ---
            titulo: Futuro
            fecha: 2030-01-01
            lugar: Tampico, Tamaulipas
            embargo: 2030-01-01T10:00:00-06:00
            contacto: comunicacion
            resumen: Del futuro.
            ---
            """);

        var early = await site.Cli("build", "--root", site.Root, "--themes", site.ThemesDirectory, "--now", "2030-01-01T09:59:00-06:00");
        var published = File.Exists(Path.Combine(site.OutputDirectory, "sala-de-prensa", "2030", "futuro", "index.html"));
        var late = await site.Cli("build", "--root", site.Root, "--themes", site.ThemesDirectory, "--now", "2030-01-01T10:00:00-06:00");

        Assert.True(early.ExitCode == 0, early.ToString());
        Assert.False(published);
        Assert.True(late.ExitCode == 0, late.ToString());
        Assert.True(File.Exists(Path.Combine(site.OutputDirectory, "sala-de-prensa", "2030", "futuro", "index.html")));
    }

    [Fact]
    public async Task Check_prints_no_stack_trace_even_when_the_generator_fails()
    {
        using var site = SiteFixture.Create("""
            -- input/logros/2014-ley.md --
            ---
            titulo: Una ley
            fecha: 2014
            eje: legislativo
            resumen: Se aprobó.
            ---
            -- input/logros/2015-ley.md --
            ---
            titulo: Otra ley
            fecha: 2015
            eje: legislativo
            resumen: Se aprobó otra.
            ---
            """);

        var run = await site.Cli("check", "--root", site.Root, "--themes", site.ThemesDirectory);

        AssertNoStackTrace(run);
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("input/logros/2014-ley.md", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("publicar")]
    [InlineData("build", "--rapido")]
    [InlineData("build", "--now", "mañana")]
    [InlineData("new", "pagina", "Acerca")]
    public async Task Usage_errors_exit_2(params string[] args)
    {
        using var site = SiteFixture.Create("");

        var run = await site.Cli([.. args, "--root", site.Root]);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("error de uso", run.Error, StringComparison.Ordinal);
        AssertNoStackTrace(run);
    }
}
