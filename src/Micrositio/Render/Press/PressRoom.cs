using System.Globalization;
using System.Text;
using Markdig.Syntax;
using Micrositio.Assemble;
using Micrositio.Brand;
using Micrositio.Content;
using Micrositio.Diagnostics;
using Micrositio.Images;
using Micrositio.Load;
using Micrositio.Render.Feeds;
using Micrositio.Render.Press.Pdf;
using Micrositio.Text;
using Micrositio.Write;

namespace Micrositio.Render.Press;

/// <summary>What the press room publishes besides its pages; <see cref="CheckedOnly"/> are the PDFs of releases under embargo.</summary>
public sealed record PressRoomFiles(IReadOnlyList<OutputFile> Published, IReadOnlyList<OutputFile> CheckedOnly, IReadOnlyDictionary<string, AtomFeed.Enclosure> PdfByRelease);

/// <summary>
/// The press room's documents: a PDF of every release (made from the same checked Markdown as its page), the
/// Atom feeds with the PDFs as enclosures, the fact sheet, the press kit zip and the social card. Releases
/// under embargo get their PDF made and checked like their page, then kept out of every published file.
/// </summary>
public sealed class PressRoom(SiteModel site, Func<MarkdownSource, MarkdownDocument> parse, string fontDirectory, IReadOnlyList<OutputFile> brandFiles,
    GalleryResult gallery, ErrorList errors, PdfMemory? memory = null, string? kitCacheDirectory = null, CancellationToken cancellation = default)
{
    /// <summary>Height of the brand header's logos in the PDFs, in points (about 1.3 cm).</summary>
    private const double HeaderLogoHeight = 36;

    /// <summary>The brand header's logos, from the manual's PNGs; made once for every PDF.</summary>
    private IReadOnlyList<PdfLogo> Header => _header ??= InstitutionalLogos("color")
        .Select(v => new PdfLogo(brandFiles.First(f => f.Path == BrandFiles.PngPath(v.Variant, 200)).Bytes, HeaderLogoHeight, v.Brand.Alt)).ToList();

    private IReadOnlyList<PdfLogo>? _header;

    /// <summary>A release's PDF, or null when its text cannot be printed (the error is recorded).</summary>
    public OutputFile? ReleasePdf(PressRelease release)
    {
        try
        {
            return Write(ReleaseDocument(release, Header)).ToOutputFile(Urls.ReleasePdf(release).TrimStart('/'), release.SourcePath);
        }
        catch (ArgumentException ex)
        {
            // Text the embedded fonts cannot print (an emoji, another script): the release's own mistake.
            errors.Add(Stage.Render, release.SourcePath, null, null, $"no se puede generar el PDF del comunicado: {ex.Message}",
                "quite o sustituya esos caracteres; el PDF usa la fuente Lato, que cubre el español y el alfabeto latino.");
            return null;
        }
    }

    public PressRoomFiles Make()
    {
        var files = brandFiles.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var header = Header;
        var published = site.PublishedReleases.AsParallel().AsOrdered().WithCancellation(cancellation).Select(r => (Release: r, File: ReleasePdf(r)))
            .Where(p => p.File is not null).Select(p => (p.Release, File: p.File!)).ToList();
        var embargoed = site.EmbargoedReleases.Select(ReleasePdf).OfType<OutputFile>().ToList();
        var enclosures = published.ToDictionary(p => p.Release.SourcePath, p => new AtomFeed.Enclosure("/" + p.File.Path, p.File.Length), StringComparer.Ordinal);
        AtomFeed.Enclosure? Enclosure(PressRelease r) => enclosures.GetValueOrDefault(r.SourcePath);

        var factSheet = Write(FactSheet(header));
        var kit = Kit(files, factSheet);
        var outputs = published.Select(p => p.File).Concat(
        [
            new OutputFile(Urls.Feed.TrimStart('/'), AtomFeed.Site(site, Enclosure)),
            new OutputFile(Urls.PressFeed.TrimStart('/'), AtomFeed.PressRoom(site, Enclosure)),
            PressKitZip.Make(Urls.PressKit.TrimStart('/'), kit, KitTimestamp(), kitCacheDirectory) with { Text = KitText(kit, factSheet.Text) },
        ]).ToList();
        // The card's colour is the first institutional brand's; a manual with errors (already reported) may lack it.
        var reversed = InstitutionalLogos("inverso").ToList();
        if (site.Content.BrandManual.Find(site.Content.BrandManual.Institutional.Members[0])?.Variant("color")?.MainColor is { } colour && reversed.Count > 0)
        {
            outputs.Add(new OutputFile(Urls.PressCard.TrimStart('/'), SocialCard.Png(reversed.Select(v => files[BrandFiles.PngPath(v.Variant, 200)].Bytes).ToList(), colour)));
        }
        return new PressRoomFiles(outputs, embargoed, enclosures);
    }

    private IEnumerable<(BrandEntry Brand, LogoVariant Variant)> InstitutionalLogos(string variant) =>
        site.Content.BrandManual.Institutional.Members
            .Select(id => site.Content.BrandManual.Find(id)!)
            .Select(b => (b, b.Variant(variant)))
            .Where(p => p.Item2 is not null)
            .Select(p => (p.b, p.Item2!));

    private string Absolute(string url) => url.StartsWith('/') ? AtomFeed.Absolute(site, url) : url;

    /// <summary>A PDF from memory or the PDF cache when an earlier build printed exactly this document, else written now.</summary>
    private PdfOutput Write(PressPdfDocument document) =>
        memory is null ? PressPdf.Write(document, fontDirectory) : memory.GetOrWrite(document, fontDirectory, d => PressPdf.Write(d, fontDirectory));

    private PressPdfDocument ReleaseDocument(PressRelease release, IReadOnlyList<PdfLogo> header)
    {
        var contact = site.Site.MediaContacts.First(c => c.Id == release.Contact);
        var closing = new List<PdfBlock>
        {
            new PdfHeading(3, [new PdfRun("Contacto para medios")]),
            new PdfParagraph([new PdfRun(contact.Role), new PdfRun("\n"), new PdfRun(contact.Email, LinkUrl: "mailto:" + contact.Email),
                .. contact.Phone is null ? Array.Empty<PdfRun>() : [new PdfRun("\n"), new PdfRun(contact.Phone)]]),
        };
        foreach (var about in site.Site.About)
        {
            closing.Add(new PdfHeading(3, [new PdfRun(about.Title)]));
            closing.Add(new PdfParagraph([new PdfRun(about.Text)]));
        }

        closing.Add(new PdfParagraph([new PdfRun("Versión en línea: "), new PdfRun(Absolute(Urls.Release(release)), LinkUrl: Absolute(Urls.Release(release)))]));
        return new PressPdfDocument(
            release.Title,
            site.Site.Language,
            release.Summary,
            release.Date.ToInstant(site.Site.TimeZone),
            header,
            "Comunicado de prensa",
            release.Summary,
            Dateline(release),
            MarkdownPdfBlocks.From(parse(release.Body), Absolute),
            closing,
            Footer());
    }

    /// <summary>"Tampico, Tamaulipas, 22 de noviembre de 2018." — the place and the day, as the page shows them.</summary>
    public static string Dateline(PressRelease release) => $"{release.Place}, {SpanishFormat.Date(release.Date.Day)}.";

    private string Footer() => $"{site.Site.Title} · {site.Site.BaseUrl.ToString().TrimEnd('/')}";

    /// <summary>The network's key figures on one page, each with where it comes from.</summary>
    private PressPdfDocument FactSheet(IReadOnlyList<PdfLogo> header)
    {
        var network = site.Content.Network;
        PdfBlock Item(string text) => new PdfParagraph([new PdfRun(text)]);
        var figures = new List<IReadOnlyList<PdfBlock>>();
        figures.Add([Item($"{SpanishFormat.Number(network.MesasInNetwork)} Mesas de Seguridad y Justicia integran la Red.")]);
        figures.Add([Item($"Cerca de {SpanishFormat.Number(network.People)} personas, entre ciudadanos y funcionarios, trabajan en ellas.")]);
        figures.Add([Item($"{SpanishFormat.Number(network.StatesInReport.Count)} estados tienen mesas, según el informe.")]);
        foreach (var meeting in site.MeetingsNewestFirst.Where(m => m.Attendees.Count > 0).Take(1))
        {
            figures.Add([Item($"{SpanishFormat.Number(meeting.Attendees.Count)} mesas asistieron al {meeting.Title} ({meeting.Venue}, {SpanishFormat.DateRange(meeting.Start, meeting.End)})" +
                (meeting.MesasInvited is { } invited ? $", de {SpanishFormat.Number(invited)} invitadas." : "."))]);
            if (meeting.Media is { } media)
            {
                figures.Add([Item($"{SpanishFormat.Number(media.Total)} medios de comunicación cubrieron ese encuentro" +
                    (media.National is { } national ? $", {SpanishFormat.Number(national)} de ellos nacionales." : "."))]);
            }

            if (meeting.Vote is { Options.Count: > 0 } vote)
            {
                figures.Add([Item($"{vote.Subject}: " + string.Join("; ", vote.Options.OrderByDescending(o => o.Votes)
                    .Select(o => $"{o.Option}, {SpanishFormat.Number(o.Votes)} {(o.Votes == 1 ? "voto" : "votos")}")) + ".")]);
            }
        }

        var byState = site.StatesWithMesas.OrderBy(s => s.Name, StringComparer.Ordinal)
            .Select(s => $"{s.Name} ({site.MesasByState[s.Slug].Count()})").ToList();
        var body = new List<PdfBlock>
        {
            new PdfHeading(2, [new PdfRun("La Red en cifras")]),
            new PdfList(false, figures),
            new PdfParagraph([new PdfRun("Fuente: ", Bold: true), new PdfRun(network.Source + ".")]),
            new PdfHeading(2, [new PdfRun("Mesas con página en el sitio, por estado")]),
            new PdfParagraph([new PdfRun(string.Join(", ", byState) + ".")]),
            new PdfHeading(2, [new PdfRun("Logros por eje estratégico")]),
            new PdfList(false, Axis.All.Select(a => (IReadOnlyList<PdfBlock>)[Item($"{Axis.Title(a)}: {SpanishFormat.Number(site.AchievementsByAxis[a].Count())}.")]).ToList()),
        };
        var closing = site.Site.About.SelectMany(a => new PdfBlock[] { new PdfHeading(3, [new PdfRun(a.Title)]), new PdfParagraph([new PdfRun(a.Text)]) })
            .Append(new PdfParagraph([new PdfRun("Más datos, con sus fuentes, para descargar: "), new PdfRun(Absolute(Urls.Results), LinkUrl: Absolute(Urls.Results))]))
            .ToList();
        return new PressPdfDocument("Ficha informativa de la Red Nacional de Mesas de Seguridad y Justicia", site.Site.Language, "Cifras clave de la Red.",
            KitTimestampOffset(), header, "Kit de prensa", null, null, body, closing, Footer());
    }

    /// <summary>Logos (SVG and PNG, with their rules), the chosen photos with captions and credits, the fact sheet.</summary>
    private List<KitFile> Kit(Dictionary<string, OutputFile> files, PdfOutput factSheet)
    {
        var kit = new List<KitFile> { new("ficha-informativa.pdf", factSheet.ToOutputFile("ficha-informativa.pdf")) };
        var manual = site.Content.BrandManual;
        var rules = new StringBuilder("Logotipos aprobados de los manuales de marca. Úselos sin modificar, con su espacio libre y su altura mínima.\n\n");
        foreach (var brand in manual.Brands.OrderBy(b => b.Kind).ThenBy(b => b.Name, StringComparer.Ordinal))
        {
            rules.Append(CultureInfo.InvariantCulture, $"{brand.Name}\n  Texto alternativo: {brand.Alt}\n  Altura mínima en pantalla: {brand.MinHeight} px\n")
                .Append(CultureInfo.InvariantCulture, $"  Espacio libre alrededor: {SpanishFormat.Number((decimal)brand.ClearSpace, 2)} veces su altura\n");
            foreach (var variant in brand.Variants)
            {
                rules.Append(CultureInfo.InvariantCulture, $"  {variant.Name}: {variant.File} (fondos: {string.Join(", ", variant.Backgrounds)})\n");
                kit.Add(new KitFile("logotipos/" + variant.File, new OutputFile(variant.File, variant.Bytes)));
                kit.AddRange(BrandFiles.PngHeights.Select(h => new KitFile("logotipos/" + BrandFiles.PngPath(variant, h)["marca/".Length..], files[BrandFiles.PngPath(variant, h)])));
            }

            rules.Append('\n');
        }

        kit.Add(new KitFile("logotipos/LEEME.txt", new OutputFile("LEEME.txt", Encoding.UTF8.GetBytes(rules.ToString()))));
        var photos = site.Content.Albums.SelectMany(a => a.Photos).Where(p => p.InPressKit).Select(gallery.Find).OfType<ProcessedPhoto>().ToList();
        if (photos.Count > 0)
        {
            var credits = new StringBuilder("archivo,pie,credito,texto_alternativo\n");
            foreach (var photo in photos)
            {
                var largest = photo.Variants.Where(v => v.MimeType == "image/jpeg").MaxBy(v => v.Width)!;
                // Album and id, never the original name: a phone's names carry the moment the photo was taken.
                var name = $"fotos/{photo.Photo.Album}-{photo.Id}.jpg";
                kit.Add(new KitFile(name, gallery.Files.First(f => "/" + f.Path == largest.Url)));
                credits.Append(CsvText.Line([name["fotos/".Length..], photo.Photo.Caption ?? "", photo.Photo.Credit ?? "", photo.Photo.Alt])).Append('\n');
            }

            kit.Add(new KitFile("fotos/pies-y-creditos.csv", new OutputFile("pies-y-creditos.csv", Encoding.UTF8.GetBytes(credits.ToString()))));
        }

        return kit;
    }

    /// <summary>The text files of the kit and the fact sheet's words, for the personal-data check.</summary>
    private static string KitText(IEnumerable<KitFile> kit, string factSheet) =>
        string.Join("\n", kit.Where(f => f.Path.EndsWith(".txt", StringComparison.Ordinal) || f.Path.EndsWith(".csv", StringComparison.Ordinal))
            .Select(f => Encoding.UTF8.GetString(f.Content.Bytes)).Append(factSheet));

    /// <summary>The kit's date is the newest content it speaks of, so an unchanged site gives the same zip.</summary>
    private DateTimeOffset KitTimestampOffset()
    {
        var dates = site.PublishedReleases.Select(r => r.Date.ToInstant(site.Site.TimeZone))
            .Concat(site.MeetingsNewestFirst.Select(m => new DateTimeOffset(m.End ?? m.Start, TimeOnly.MinValue, site.Site.TimeZone.GetUtcOffset(m.Start.ToDateTime(TimeOnly.MinValue)))))
            .ToList();
        // A site with neither releases nor meetings still needs a fixed date: México SOS's founding year.
        return dates.Count == 0 ? new DateTimeOffset(2008, 1, 1, 0, 0, 0, TimeSpan.Zero) : dates.Max();
    }

    private DateTime KitTimestamp() => TimeZoneInfo.ConvertTime(KitTimestampOffset(), site.Site.TimeZone).DateTime;
}
