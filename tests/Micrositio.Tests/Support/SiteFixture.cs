using System.Net;
using System.Text;
using Micrositio.Build;
using Micrositio.Cli;
using Xunit.Sdk;

namespace Micrositio.Tests.Support;

/// <summary>
/// A throw-away site in a temp folder, built from an inline txtar archive (Hugo's integration-test style).
/// Files the test does not give get small valid defaults (sitio.yml, red.yml, the real estados.yml, the
/// pages inicio and red, the map's state boundaries), so each test writes only what it is about. The repository's <c>themes/</c> is
/// used as is, unless the archive has files under <c>themes/</c>: then the real themes are copied into
/// the site and the archive's files replace theirs, so a test can override one template.
/// </summary>
public sealed class SiteFixture : IDisposable
{
    public static readonly DateTimeOffset DefaultNow = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private const string DefaultSite = """
        titulo: Sitio de prueba
        titulo_corto: SP
        descripcion: Un sitio para las pruebas.
        url_base: https://prueba.example.org
        idioma: es-MX
        tema: default
        zona_horaria: America/Mexico_City
        contactos_prensa:
          - id: comunicacion
            cargo: Coordinación de Comunicación
            correo: prensa@example.org

        """;

    private const string DefaultNetwork = """
        mesas_en_la_red: 36
        personas: 800
        estados_segun_informe:
          - chihuahua
        fuente: Informe de prueba

        """;

    private const string DefaultHome = """
        ---
        titulo: Inicio de prueba
        ---
        Bienvenida.

        """;

    private const string DefaultNetworkPage = """
        ---
        titulo: La Red
        ---
        Qué es la Red.

        """;

    private BuildResult? _result;

    /// <summary>True while the site uses <see cref="TestBrand"/>'s manual, which follows the site's mesas.</summary>
    private bool _defaultBrand;

    private SiteFixture(string root, DateTimeOffset now, bool ownThemes)
    {
        Root = root;
        Now = now;
        ThemesDirectory = ownThemes ? Path.Combine(root, "themes") : Repository.Themes;
    }

    /// <summary>The site's root folder (it holds input/ and, after <see cref="Run"/>, output/).</summary>
    public string Root { get; }

    /// <summary>The build clock; embargoes are judged against it.</summary>
    public DateTimeOffset Now { get; set; }

    public string ThemesDirectory { get; }

    public string OutputDirectory => Path.Combine(Root, "output");

    public BuildOptions Options => BuildOptions.ForRoot(Root, Now) with { ThemesDirectory = ThemesDirectory, BrandCacheDirectory = TestBrand.SharedCache };

    /// <summary>The result of the last <see cref="Generate"/> or <see cref="Run"/>.</summary>
    public BuildResult Result => _result ?? throw new InvalidOperationException("The site has not been built yet.");

    public IEnumerable<string> Paths => Result.Files.Select(f => f.Path);

    /// <summary>Writes the archive's site and builds it in memory.</summary>
    public static SiteFixture Build(string txtar, DateTimeOffset? now = null)
    {
        var site = Create(txtar, now);
        try
        {
            site.Generate();
            return site;
        }
        catch
        {
            site.Dispose();
            throw;
        }
    }

    /// <summary>Writes the archive's site without building it.</summary>
    public static SiteFixture Create(string txtar, DateTimeOffset? now = null)
    {
        var files = Txtar.Parse(txtar);
        var root = Path.Combine(Path.GetTempPath(), "micrositio-tests", Guid.NewGuid().ToString("N"));
        var ownThemes = files.Any(f => f.Path.StartsWith("themes/", StringComparison.Ordinal));
        var site = new SiteFixture(root, now ?? DefaultNow, ownThemes);
        Directory.CreateDirectory(root);
        if (ownThemes)
        {
            CopyDirectory(Repository.Themes, site.ThemesDirectory);
        }

        site.Write("input/estados.yml", File.ReadAllText(Path.Combine(Repository.Input, "estados.yml")));
        site.Write("input/sitio.yml", DefaultSite);
        site.Write("input/red.yml", DefaultNetwork);
        site.Write("input/paginas/inicio.md", DefaultHome);
        site.Write("input/paginas/red.md", DefaultNetworkPage);
        foreach (var boundaries in new[] { "mexico-estados.topo.json", "mexico-estados.yml" })
        {
            // The map's boundaries are required; every test site gets the real ones (its datasets are up to the test).
            site.Write("input/datos/limites/" + boundaries, File.ReadAllText(Path.Combine(Repository.Input, "datos", "limites", boundaries)));
        }

        foreach (var (path, text) in files)
        {
            site.Write(path, text);
        }

        site._defaultBrand = !files.Any(f => f.Path.StartsWith("input/marca/", StringComparison.Ordinal));
        return site;
    }

    public BuildResult Generate() => _result = Guard(() => SiteBuild.Generate(Options));

    /// <summary>Builds in memory with adjusted options (strict mode, extra protected names…).</summary>
    public BuildResult Generate(Func<BuildOptions, BuildOptions> configure) => _result = Guard(() => SiteBuild.Generate(configure(Options)));

    /// <summary>Builds and writes into <see cref="OutputDirectory"/>, as <c>build</c> does.</summary>
    public BuildResult Run() => _result = Guard(() => SiteBuild.Run(Options));

    public Task<CliRun> Cli(params string[] args) => Cli(CancellationToken.None, args);

    /// <summary>Runs the command-line program in process; <paramref name="cancellation"/> stands for Ctrl+C.</summary>
    public async Task<CliRun> Cli(CancellationToken cancellation, params string[] args)
    {
        WriteDefaultBrand();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CommandLine.RunAsync(args, output, error, cancellation);
        return new CliRun(exit, output.ToString(), error.ToString());
    }

    public void Write(string path, string text)
    {
        var full = Full(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, new UTF8Encoding(false));
    }

    public void Delete(string path) => File.Delete(Full(path));

    /// <summary>Writes a binary file (a photo made by the test) into the site.</summary>
    public void WriteBytes(string path, byte[] bytes)
    {
        var full = Full(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    /// <summary>The text of an output file of the last build.</summary>
    public string Text(string path)
    {
        var file = Result.Find(path) ?? throw new XunitException($"No output file «{path}». Files:\n  {string.Join("\n  ", Paths)}");
        return Encoding.UTF8.GetString(file.Bytes);
    }

    /// <summary>
    /// Every non-blank line of <paramref name="expectedLines"/> (trimmed) must occur in the file; a line
    /// starting with "! " must not occur in its bytes. The theme writes non-ASCII letters as character
    /// references (&amp;#xF3;), so a positive line also matches the HTML-decoded text: write words as they read.
    /// </summary>
    public void AssertFile(string path, string expectedLines)
    {
        var text = Text(path);
        var decoded = WebUtility.HtmlDecode(text);
        foreach (var line in expectedLines.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            if (line.StartsWith("! ", StringComparison.Ordinal))
            {
                var unwanted = line[2..];
                if (text.Contains(unwanted, StringComparison.Ordinal))
                {
                    throw new XunitException($"{path} should not contain «{unwanted}», but it does:\n{text}");
                }
            }
            else if (!text.Contains(line, StringComparison.Ordinal) && !decoded.Contains(line, StringComparison.Ordinal))
            {
                throw new XunitException($"{path} should contain «{line}», but it does not:\n{text}");
            }
        }
    }

    public void AssertNoFile(string path)
    {
        if (Result.Find(path) is not null)
        {
            throw new XunitException($"Output file «{path}» should not exist.");
        }
    }

    /// <summary>Some error's message (as the CLI prints it) contains every fragment.</summary>
    public void AssertError(params string[] fragments)
    {
        if (!Result.Errors.Any(e => fragments.All(f => e.ToString().Contains(f, StringComparison.Ordinal))))
        {
            throw new XunitException($"No error contains all of [{string.Join(" | ", fragments)}]. {DescribeErrors()}");
        }
    }

    /// <summary>Some warning's message contains every fragment.</summary>
    public void AssertWarning(params string[] fragments)
    {
        if (!Result.Warnings.Any(e => fragments.All(f => e.ToString().Contains(f, StringComparison.Ordinal))))
        {
            throw new XunitException($"No warning contains all of [{string.Join(" | ", fragments)}]. Warnings:\n  " + string.Join("\n  ", Result.Warnings));
        }
    }

    public void AssertNoErrors()
    {
        if (Result.Errors.Count > 0)
        {
            throw new XunitException($"The build should have succeeded. {DescribeErrors()}");
        }
    }

    public string DescribeErrors() => Result.Errors.Count == 0
        ? "The build reported no errors."
        : $"The build reported {Result.Errors.Count} error(s):\n  " + string.Join("\n  ", Result.Errors);

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    /// <summary>
    /// Writes the default brand for these mesas now and stops following the site's mesas, so the test can
    /// change the manual or the logos. Returns the brand folder.
    /// </summary>
    public string Brand(params string[] mesas)
    {
        _defaultBrand = false;
        TestBrand.Write(Path.Combine(Root, "input"), mesas);
        return Path.Combine(Root, "input", "marca");
    }

    /// <summary>
    /// The default brand follows the mesas the test wrote, also those written after <see cref="Create"/>. Every
    /// build of the fixture calls it; call it before building the site some other way (a preview session).
    /// </summary>
    public void WriteDefaultBrand()
    {
        var mesas = Path.Combine(Root, "input", "mesas");
        if (_defaultBrand)
        {
            TestBrand.Write(Path.Combine(Root, "input"), Directory.Exists(mesas)
                ? Directory.EnumerateFiles(mesas, "*.md").Select(Path.GetFileNameWithoutExtension).OfType<string>().Where(s => !s.StartsWith('_')).Order(StringComparer.Ordinal)
                : []);
        }
    }

    private string Full(string path) => Path.Combine(Root, path.Replace('/', Path.DirectorySeparatorChar));

    private BuildResult Guard(Func<BuildResult> build)
    {
        WriteDefaultBrand();
        try
        {
            return build();
        }
        catch (Exception ex)
        {
            throw new XunitException(
                $"The build threw {ex.GetType().Name} instead of reporting content errors: {ex.Message}\n{ex}");
        }
    }

    /// <summary>Copies a folder's files, subfolders included.</summary>
    public static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
