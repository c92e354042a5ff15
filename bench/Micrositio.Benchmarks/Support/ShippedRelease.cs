using System.Text.RegularExpressions;
using Micrositio.Assemble;
using Micrositio.Brand;
using Micrositio.Diagnostics;
using Micrositio.Images;
using Micrositio.Load;
using Micrositio.Render.Markdown;
using Micrositio.Render.Press.Pdf;
using Micrositio.Text;
using NetVips;
using YamlDotNet.RepresentationModel;

namespace Micrositio.Benchmarks.Support;

/// <summary>
/// A press release as the build prints it, made from the shipped site: the Tampico release's title, summary
/// and place; a body of about 600 words of the shipped releases' prose with two headings, a list and links
/// by content id (as bench/make-site.py writes them); the contact and «acerca de» texts of sitio.yml; and the
/// institutional lockup's colour logos rendered to 200 px PNGs the way BrandFiles renders them.
/// </summary>
public static partial class ShippedRelease
{
    public const int Words = 600;

    private const string Release = "2018-11-22-tercer-encuentro-nacional-tampico.md";

    private static readonly DateOnly Day = new(2018, 11, 22);

    public static string Fonts => Path.Combine(Repository.Themes, "default", "pdf", "fuentes");

    public static PressPdfDocument Document()
    {
        var site = Site();
        var release = FrontMatter(File.ReadAllText(Path.Combine(Repository.Input, "prensa", Release)));
        string Absolute(string url) => site.BaseUrl + url;

        var ids = new ContentIds(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["estado:tamaulipas"] = "/estados/tamaulipas/",
            ["estado:quintana-roo"] = "/estados/quintana-roo/",
            ["mesa:tampico-madero-altamira"] = "/mesas/tampico-madero-altamira/",
        }, new Dictionary<string, string>());
        var parsed = new MarkdownRenderer(ids, new ErrorList()).Parse(new MarkdownSource("prensa/" + Release, 1, Body()));

        var online = Absolute($"/sala-de-prensa/{Day.Year}/tercer-encuentro-nacional-tampico/");
        var closing = new List<PdfBlock>
        {
            new PdfHeading(3, [new PdfRun("Contacto para medios")]),
            new PdfParagraph([new PdfRun(site.ContactRole), new PdfRun("\n"), new PdfRun(site.ContactEmail, LinkUrl: "mailto:" + site.ContactEmail)]),
        };
        foreach (var (title, text) in site.About)
        {
            closing.Add(new PdfHeading(3, [new PdfRun(title)]));
            closing.Add(new PdfParagraph([new PdfRun(text)]));
        }

        closing.Add(new PdfParagraph([new PdfRun("Versión en línea: "), new PdfRun(online, LinkUrl: online)]));
        return new PressPdfDocument(
            release["titulo"],
            site.Language,
            release["resumen"],
            new DateTimeOffset(Day.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(-6)),
            [Logo("red-nacional-color.svg", "Red Nacional de Mesas de Seguridad y Justicia"), Logo("mexico-sos-color.svg", "México SOS")],
            "Comunicado de prensa",
            release["resumen"],
            $"{release["lugar"]}, {SpanishFormat.Date(Day)}.",
            MarkdownPdfBlocks.From(parsed, Absolute),
            closing,
            $"{site.Title} · {site.BaseUrl}");
    }

    /// <summary>Prose paragraphs of the shipped releases, this one first, until there are enough words; then make-site.py's layout.</summary>
    private static string Body()
    {
        var files = Directory.GetFiles(Path.Combine(Repository.Input, "prensa"), "*.md").Order(StringComparer.Ordinal)
            .OrderBy(f => Path.GetFileName(f) == Release ? 0 : 1);
        var prose = files
            .SelectMany(f => BlankLine().Split(File.ReadAllText(f).Split("---\n", 3)[2]))
            .Select(p => p.Trim())
            .Where(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 25 && !"#-*|!>0123456789".Contains(p[0]));
        var chosen = new List<string>();
        var words = 0;
        foreach (var paragraph in prose)
        {
            if (words >= Words)
            {
                break;
            }

            chosen.Add(paragraph);
            words += paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        }

        var half = Math.Max(1, chosen.Count / 2);
        return string.Join("\n\n",
        [
            .. chosen[..half],
            "## Acciones en el estado",
            "- Seguimiento con autoridades de [Tamaulipas](estado:tamaulipas).\n" +
            "- Intercambio con la mesa [Tampico-Madero-Altamira](mesa:tampico-madero-altamira) y con [Quintana Roo](estado:quintana-roo).\n" +
            "- Publicación de resultados en la [sala de prensa](/sala-de-prensa/).",
            .. chosen[half..],
            "## Próximos pasos",
            "La mesa informará de sus avances en [Tamaulipas](estado:tamaulipas) en el próximo encuentro nacional.",
        ]) + "\n";
    }

    /// <summary>The 200 px PNG of a logo, as BrandFiles makes the header's (SVG scaled by libvips, no metadata).</summary>
    private static PdfLogo Logo(string file, string alt)
    {
        ImageEngine.EnsureConfigured();
        var svg = File.ReadAllBytes(Path.Combine(Repository.Input, "marca", file));
        var size = SvgLogoLint.IntrinsicSize(svg) ?? throw new InvalidOperationException($"{file} has no intrinsic size.");
        using var image = Image.SvgloadBuffer(svg, scale: 200 / size.Height);
        return new PdfLogo(image.PngsaveBuffer(keep: Enums.ForeignKeep.None), 36, alt);
    }

    private static Dictionary<string, string> FrontMatter(string markdown) =>
        FrontMatterLine().Matches(markdown.Split("---\n", 3)[1]).ToDictionary(m => m.Groups["key"].Value, m => m.Groups["value"].Value.Trim(), StringComparer.Ordinal);

    private static SiteFacts Site()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(Repository.Input, "sitio.yml")))
        {
            yaml.Load(reader);
        }

        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        string Text(YamlNode node, string key) => ((YamlScalarNode)((YamlMappingNode)node)[key]).Value!;
        var contact = ((YamlSequenceNode)root["contactos_prensa"]).Children[0];
        var about = ((YamlSequenceNode)root["acerca_de"]).Children.Select(a => (Text(a, "titulo"), Text(a, "texto"))).ToList();
        return new SiteFacts(Text(root, "titulo"), Text(root, "url_base").TrimEnd('/'), Text(root, "idioma"), Text(contact, "cargo"), Text(contact, "correo"), about);
    }

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex BlankLine();

    [GeneratedRegex(@"^(?<key>[a-z_]+): (?<value>.+)$", RegexOptions.Multiline)]
    private static partial Regex FrontMatterLine();
}
