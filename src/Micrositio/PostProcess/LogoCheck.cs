using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using Micrositio.Brand;
using Micrositio.Diagnostics;
using Micrositio.PostProcess.Css;
using Micrositio.Write;

namespace Micrositio.PostProcess;

/// <summary>
/// PostProcess stage, brand part: checks every generated page, with the stylesheets it links, against the
/// brand manual. A logo is any reference to a file under <c>/marca/</c> or to bytes of an approved logo;
/// it may appear only as an <c>&lt;img&gt;</c> inside the theme's logo piece (<c>[data-emblema]</c>).
/// Each error names the page, the element, the rule and the manual entry.
/// </summary>
/// <param name="files">The public site (stylesheets and logo files are looked up here).</param>
public sealed class LogoCheck(BrandManual manual, IReadOnlyList<OutputFile> files)
{
    /// <summary>Properties that change how a logo looks (on the logo) or how everything inside looks (on an ancestor), with their harmless values.</summary>
    private static readonly Dictionary<string, string[]> LogoRestyling = new(StringComparer.Ordinal)
    {
        ["filter"] = ["none"], ["-webkit-filter"] = ["none"], ["backdrop-filter"] = ["none"], ["box-shadow"] = ["none"],
        ["opacity"] = ["1"], ["transform"] = ["none"], ["rotate"] = ["none"], ["scale"] = ["none", "1"], ["mix-blend-mode"] = ["normal"],
        ["clip-path"] = ["none"], ["mask"] = ["none", ""], ["mask-image"] = ["none"], ["-webkit-mask-image"] = ["none"], ["object-fit"] = ["fill", "contain"],
        ["content"] = ["normal", "none"], ["zoom"] = ["1", "normal"],
    };

    private static readonly string[] AncestorRestyling = ["filter", "-webkit-filter", "opacity", "mix-blend-mode", "transform", "rotate", "scale", "zoom"];

    private BrandManual Manual => manual;

    private sealed record Logo(IElement Element, BrandEntry Brand, LogoVariant Variant);

    private readonly Dictionary<string, OutputFile> _byPath = files.ToDictionary(f => f.Path, StringComparer.Ordinal);
    private readonly Dictionary<string, LogoVariant> _variantsByHash = manual.Variants.ToDictionary(v => v.Sha256, StringComparer.Ordinal);
    /// <summary>Hashes of the files that could be logos (under marca/, or SVG), made when a page first refers to one.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> _logoHashes = new(StringComparer.Ordinal);

    /// <summary>
    /// Pages link the same stylesheets: each combination is parsed once, when a page first links it, with what its
    /// rules show by themselves (a logo as a background image), which every page linking it is found to show.
    /// </summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<(StyleSheetIndex Index, IReadOnlyList<(string Message, string Hint, string File)> Findings)>> _sheets =
        new(StringComparer.Ordinal);

    /// <summary>
    /// How far the site's stylesheets' selectors look from an element (the farthest of all its sheets): whether the
    /// logo check may read a page's <see cref="Reading.LogoSkeleton"/> instead of the whole page.
    /// </summary>
    public SelectorReach Reach => _reach.Value;

    private readonly Lazy<SelectorReach> _reach = new(() =>
        new StyleSheetIndex(files.Where(f => f.Path.EndsWith(".css", StringComparison.Ordinal)).Select(f => (f.Path, Encoding.UTF8.GetString(f.Bytes)))).Reach);

    /// <summary>
    /// Checks pages (published or not) against the lockups they must carry, by output path; what it finds goes to
    /// <paramref name="findings"/>, which reports it once every page is checked. The caches (stylesheets read, logo
    /// files hashed, cascades matched) last as long as this checker, across calls.
    /// </summary>
    public void CheckPages(IReadOnlyList<ParsedPage> pages, IReadOnlyDictionary<string, LockupRequirement> requirements, LogoFindings findings) =>
        Parallel.ForEach(pages, page =>
        {
            var links = StylesheetPaths(page.Document).Where(_byPath.ContainsKey).ToList();
            var (styles, sheetFindings) = _sheets.GetOrAdd(string.Join('\n', links), _ => new(() => Index(links))).Value;
            foreach (var (message, hint, sheet) in sheetFindings)
            {
                findings.Add(message, hint, $"output/{sheet}", "/" + sheet);
            }

            new PageCheck(this, page.File, page.Url, page.Document, styles.ForPage(), HashOf, _variantsByHash,
                requirements.GetValueOrDefault(page.File.Path) ?? LockupRequirement.SiteOnly, findings).Run();
        });

    private (StyleSheetIndex, IReadOnlyList<(string, string, string)>) Index(List<string> sheets)
    {
        var index = new StyleSheetIndex(sheets.Select(l => (l, Encoding.UTF8.GetString(_byPath[l].Bytes))));
        var findings = index.Urls.Where(u => IsLogoPath(ResolvePath("/" + u.Sheet, u.Url), HashOf, _variantsByHash)).Distinct()
            .Select(u => ($"regla «fuera-del-emblema»: la hoja de estilos {u.Sheet} usa el logotipo «{u.Url}» como imagen de fondo; un logotipo solo se muestra con la pieza del tema.",
                "quite el url(...) y muestre el logotipo con {% render 'partes/emblema' %} en la plantilla.", u.Sheet))
            .ToList();
        return (index, findings);
    }

    private static IEnumerable<string> StylesheetPaths(IDocument document) =>
        document.QuerySelectorAll("link[rel~=stylesheet][href]").Select(l => ResolvePath("/", l.GetAttribute("href")!)).OfType<string>();

    /// <summary>The hash of the published file at <paramref name="path"/> if it could be a logo (under marca/, or SVG); null otherwise.</summary>
    private string? HashOf(string path) => _logoHashes.GetOrAdd(path, p =>
        (p.StartsWith("marca/", StringComparison.Ordinal) || p.EndsWith(".svg", StringComparison.Ordinal)) && _byPath.TryGetValue(p, out var file)
            ? ExampleLogo.Sha256(file.Bytes)
            : null);

    private static bool IsLogoPath(string? path, Func<string, string?> hashOf, IReadOnlyDictionary<string, LogoVariant> variants) =>
        path is not null && (path.StartsWith("marca/", StringComparison.Ordinal) || (hashOf(path) is { } hash && variants.ContainsKey(hash)));

    /// <summary>An internal URL as an output path; null for other sites and data URLs.</summary>
    private static string? ResolvePath(string baseUrl, string url)
    {
        if (url.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var target = ParsedPage.Resolve(baseUrl, url);
        if (!ParsedPage.IsInternal(target))
        {
            return null;
        }

        var path = Uri.UnescapeDataString(target.AbsolutePath).TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }

    private static string Px(double value) => value.ToString("0.#", CultureInfo.InvariantCulture) + " px";

    private sealed class PageCheck(
        LogoCheck owner,
        OutputFile page,
        string url,
        IDocument document,
        StyleSheetIndex.Page styles,
        Func<string, string?> hashOf,
        IReadOnlyDictionary<string, LogoVariant> variants,
        LockupRequirement requirement,
        LogoFindings findings)
    {
        private BrandManual Manual => owner.Manual;

        public void Run()
        {
            var pieces = document.QuerySelectorAll("[data-emblema]").ToList();
            foreach (var (element, attribute, value) in References())
            {
                if (!IsLogoPath(ResolvePath(url, value), hashOf, variants))
                {
                    continue;
                }

                if (element.LocalName != "img" || element.Closest("[data-emblema]") is null)
                {
                    Error(element, "fuera-del-emblema", null,
                        $"<{element.LocalName} {attribute}=\"{value}\"> muestra un logotipo fuera de la pieza del tema; solo la pieza puede mostrarlos.",
                        "quite la imagen del texto o de la plantilla; el tema muestra los logotipos con {% render 'partes/emblema' %}.");
                }
            }

            foreach (var piece in pieces)
            {
                CheckPiece(piece);
            }

            CheckRequired(pieces);
        }

        private IEnumerable<(IElement Element, string Attribute, string Value)> References()
        {
            // Linking to a logo file (the press kit) is not showing it.
            foreach (var element in document.All.Where(e => e.LocalName != "a"))
            {
                foreach (var attribute in element.Attributes)
                {
                    var values = attribute.Name switch
                    {
                        "src" or "data" or "href" or "xlink:href" or "poster" => [attribute.Value],
                        "srcset" => attribute.Value.Split(',').Select(c => c.Trim().Split(' ')[0]).ToArray(),
                        _ => [],
                    };
                    foreach (var value in values.Where(v => v.Length > 0))
                    {
                        yield return (element, attribute.Name, value);
                    }
                }
            }
        }

        private void CheckPiece(IElement piece)
        {
            var kind = piece.GetAttribute("data-emblema");
            var rule = kind switch
            {
                "institucional" => Manual.Institutional,
                "coedicion" => Manual.CoBrand,
                _ => null,
            };
            if (rule is null)
            {
                Error(piece, "emblema-obligatorio", null, $"data-emblema=\"{kind}\" no es un emblema del manual.", "use «institucional» o «coedicion».");
                return;
            }

            var region = Region(piece);
            if (!rule.Regions.Contains(region))
            {
                Error(piece, "region", rule.ManualKey + ".regiones",
                    $"el emblema {rule.Id} está en la región «{region}», y el manual solo lo admite en: {string.Join(", ", rule.Regions)}.",
                    "mueva la pieza a una región permitida o agregue la región al manual.");
            }

            var logos = new List<Logo>();
            foreach (var image in piece.QuerySelectorAll("img"))
            {
                if (Identify(image) is { } logo)
                {
                    logos.Add(logo);
                    CheckLogo(logo);
                }
            }

            CheckMembers(piece, rule, logos);
        }

        private Logo? Identify(IElement image)
        {
            var path = ResolvePath(url, image.GetAttribute("src") ?? "");
            if (path is null || hashOf(path) is not { } hash || !variants.TryGetValue(hash, out var variant))
            {
                Error(image, "archivo-aprobado", null,
                    $"<img src=\"{image.GetAttribute("src")}\"> dentro de la pieza de logotipos no es byte a byte ninguna variante aprobada del manual.",
                    "use solo los archivos que el manual aprueba (con su «sha256»); la pieza los recibe del manual.");
                return null;
            }

            return new Logo(image, Manual.Find(variant.BrandId)!, variant);
        }

        private void CheckMembers(IElement piece, LockupRule rule, List<Logo> logos)
        {
            var mesa = requirement.Mesa;
            var expected = rule.Members.Select(m => m == LockupRule.MesaMember
                    ? (mesa is not null ? BrandEntry.MesaId(mesa) : logos.FirstOrDefault(l => l.Brand.Kind == BrandKind.Mesa)?.Brand.Id ?? LockupRule.MesaMember)
                    : m)
                .ToList();
            var sponsors = logos.Where(l => l.Brand.Kind == BrandKind.Sponsor).ToList();
            var requiredSponsors = mesa is not null && rule.Members.Contains(LockupRule.MesaMember) ? requirement.Sponsors : [];
            var members = logos.Where(l => l.Brand.Kind != BrandKind.Sponsor).ToList();

            foreach (var missing in expected.Where(id => members.All(l => l.Brand.Id != id)))
            {
                Error(piece, "miembro-obligatorio", rule.ManualKey + ".miembros",
                    $"al emblema {rule.Id} le falta {Describe(missing)}; el manual exige: {string.Join(", ", rule.Members)}.",
                    "la pieza del tema debe recibir el emblema completo del manual; no quite logotipos.");
            }

            foreach (var extra in members.Where(l => !expected.Contains(l.Brand.Id)))
            {
                Error(extra.Element, "miembro-obligatorio", rule.ManualKey + ".miembros",
                    $"el logotipo de {extra.Brand.Name} no es miembro del emblema {rule.Id} de esta página ({string.Join(", ", expected.Select(Describe))}).",
                    "use el emblema que el manual define para esta página.");
            }

            var present = members.Where(l => expected.Contains(l.Brand.Id)).ToList();
            var order = present.Select(l => l.Brand.Id).ToList();
            if (!order.SequenceEqual(expected.Where(order.Contains)) || (sponsors.Count > 0 && logos.IndexOf(sponsors[0]) < logos.IndexOf(present.LastOrDefault()!)))
            {
                Error(piece, "orden", rule.ManualKey + ".miembros",
                    $"los logotipos del emblema {rule.Id} están en el orden {string.Join(", ", logos.Select(l => l.Brand.Id))}; el manual dice {string.Join(", ", rule.Members)} y después los patrocinadores.",
                    "no reordene los logotipos en la plantilla ni con CSS.");
            }

            if (sponsors.Count > rule.MaxSponsors)
            {
                Error(piece, "patrocinadores", rule.ManualKey + ".patrocinadores_maximo",
                    $"el emblema {rule.Id} lleva {sponsors.Count} patrocinadores y el manual admite {rule.MaxSponsors}.", "deje en la mesa solo los patrocinadores que caben.");
            }

            foreach (var missing in requiredSponsors.Where(s => sponsors.All(l => l.Brand.Id != s)))
            {
                Error(piece, "patrocinadores", rule.ManualKey,
                    $"falta el logotipo del patrocinador «{missing}», que la mesa declara.", "la pieza del tema debe mostrar el emblema completo.");
            }

            if (present.Count == 0)
            {
                return;
            }

            var first = present[0];
            var firstHeight = Sizes(first.Element).First().Height;
            var firstRelative = rule.RelativeHeights[expected.IndexOf(first.Brand.Id)];
            foreach (var logo in logos.Skip(1))
            {
                var relative = logo.Brand.Kind == BrandKind.Sponsor ? rule.SponsorRelativeHeight : rule.RelativeHeights[Math.Max(0, expected.IndexOf(logo.Brand.Id))];
                var want = relative / firstRelative;
                var have = Sizes(logo.Element).First().Height / firstHeight;
                if (double.IsFinite(have) && Math.Abs(have / want - 1) > Manual.HeightTolerance)
                {
                    Error(logo.Element, "alturas-relativas", rule.ManualKey + (logo.Brand.Kind == BrandKind.Sponsor ? ".patrocinadores_altura_relativa" : ".alturas_relativas"),
                        $"el logotipo de {logo.Brand.Name} mide {have.ToString("0.##", CultureInfo.InvariantCulture)} veces la altura del de {first.Brand.Name}; el manual pide {want.ToString("0.##", CultureInfo.InvariantCulture)}.",
                        "las alturas salen del manual: no las cambie en la plantilla ni con CSS.");
                }
            }
        }

        private string Describe(string id) => id == LockupRule.MesaMember ? "el logotipo de la mesa" : $"el logotipo de {Manual.Find(id)?.Name ?? id}";

        private void CheckLogo(Logo logo)
        {
            var (image, brand, variant) = logo;
            var entry = $"{brand.ManualKey}";
            if (image.GetAttribute("alt") != brand.Alt)
            {
                Error(image, "texto-alternativo", entry + ".alt", $"el texto alternativo es «{image.GetAttribute("alt")}» y el manual dice «{brand.Alt}».",
                    "la pieza del tema usa el «alt» del manual; no lo cambie.");
            }

            if (!int.TryParse(image.GetAttribute("width"), out var width) || !int.TryParse(image.GetAttribute("height"), out var height) || width <= 0 || height <= 0)
            {
                Error(image, "dimensiones", entry, "el logotipo no declara width y height en píxeles.", "la pieza del tema escribe las dimensiones que da el manual.");
                return;
            }

            foreach (var (media, renderedWidth, renderedHeight) in Sizes(image))
            {
                var context = media is null ? "" : $" con @media {media}";
                if (renderedHeight < brand.MinHeight)
                {
                    Error(image, "altura-minima", entry + ".altura_minima", $"el logotipo mide {Px(renderedHeight)} de alto{context}; el mínimo es {brand.MinHeight} px.",
                        "no reduzca el logotipo; si no cabe, cambie el diseño alrededor.");
                }

                var ratio = renderedWidth / renderedHeight;
                if (Math.Abs(ratio / brand.AspectRatio - 1) > Manual.AspectTolerance)
                {
                    Error(image, "proporcion", entry + ".proporcion",
                        $"el logotipo se muestra a {Px(renderedWidth)} × {Px(renderedHeight)}{context} (proporción {ratio.ToString("0.###", CultureInfo.InvariantCulture)}); el manual dice {brand.AspectRatio.ToString(CultureInfo.InvariantCulture)}, con tolerancia de {Manual.AspectTolerance.ToString("P0", CultureInfo.InvariantCulture)}.",
                        "no deforme el logotipo: fije solo una dimensión (la otra «auto») o use las que da la pieza.");
                }

                CheckClearSpace(logo, renderedHeight, media, context);
                CheckBackground(logo, media, context);
            }

            CheckRestyling(logo);
        }

        /// <summary>The logo's rendered size in the base context and each @media context.</summary>
        private IEnumerable<(string? Media, double Width, double Height)> Sizes(IElement image)
        {
            double.TryParse(image.GetAttribute("width"), NumberStyles.Float, CultureInfo.InvariantCulture, out var attributeWidth);
            double.TryParse(image.GetAttribute("height"), NumberStyles.Float, CultureInfo.InvariantCulture, out var attributeHeight);
            foreach (var media in styles.Contexts(image))
            {
                var cssWidth = StyleSheetIndex.Pixels(styles.Value(image, "width", media));
                var cssHeight = StyleSheetIndex.Pixels(styles.Value(image, "height", media));
                var ratio = attributeWidth / attributeHeight;
                var (w, h) = (cssWidth, cssHeight) switch
                {
                    ({ } cw, { } ch) => (cw, ch),
                    ({ } cw, null) => (cw, Auto(styles.Value(image, "height", media)) ? cw / ratio : attributeHeight),
                    (null, { } ch) => (Auto(styles.Value(image, "width", media)) ? ch * ratio : attributeWidth, ch),
                    _ => (attributeWidth, attributeHeight),
                };
                if (StyleSheetIndex.Pixels(styles.Value(image, "max-height", media)) is { } maxHeight && maxHeight < h)
                {
                    (w, h) = (Auto(styles.Value(image, "width", media)) ? maxHeight * ratio : w, maxHeight);
                }

                if (StyleSheetIndex.Pixels(styles.Value(image, "max-width", media)) is { } maxWidth && maxWidth < w)
                {
                    (w, h) = (maxWidth, Auto(styles.Value(image, "height", media)) ? maxWidth / ratio : h);
                }

                yield return (media, w, h);
            }
        }

        private static bool Auto(string? value) => value is null or "auto";

        private void CheckClearSpace(Logo logo, double height, string? media, string context)
        {
            var required = logo.Brand.ClearSpace * height;
            foreach (var side in new[] { "top", "right", "bottom", "left" })
            {
                var raw = styles.Value(logo.Element, "margin-" + side, media);
                var margin = StyleSheetIndex.Pixels(raw) ?? 0;
                if (margin + 0.01 < required)
                {
                    Error(logo.Element, "espacio-libre", logo.Brand.ManualKey + ".espacio_libre",
                        $"el margen {SideName(side)} del logotipo es {(raw is null ? "0" : raw)}{context}; el manual pide {logo.Brand.ClearSpace.ToString(CultureInfo.InvariantCulture)} × la altura = {Px(required)}.",
                        "dé a los logotipos de la pieza (.emblema img) un margen de al menos ese tamaño en la hoja de estilos.");
                    return;
                }
            }
        }

        private static string SideName(string side) => side switch { "top" => "superior", "right" => "derecho", "bottom" => "inferior", _ => "izquierdo" };

        private void CheckBackground(Logo logo, string? media, string context)
        {
            var (token, color) = Background(logo.Element, media);
            var entry = $"{logo.Brand.ManualKey}.variantes.{logo.Variant.Name}";
            if (token is null || !logo.Variant.Backgrounds.Contains(token))
            {
                Error(logo.Element, "fondo", entry + ".fondos",
                    $"la variante «{logo.Variant.Name}» está sobre el fondo {(token is null ? color ?? "desconocido" : $"«{token}» ({color})")}{context}; el manual la aprueba sobre: {string.Join(", ", logo.Variant.Backgrounds)}.",
                    "use la variante que el manual aprueba para ese fondo (por ejemplo site.lockup.reversed sobre fondos oscuros) o cambie el fondo.");
            }

            if (color is not null && Colors.Contrast(logo.Variant.MainColor, color) is { } contrast && contrast < Manual.MinimumContrast)
            {
                Error(logo.Element, "contraste", entry + ".color_principal",
                    $"el contraste entre el color principal {logo.Variant.MainColor} y el fondo {color} es {contrast.ToString("0.##", CultureInfo.InvariantCulture)}:1{context}; el mínimo es {Manual.MinimumContrast.ToString(CultureInfo.InvariantCulture)}:1.",
                    "use otra variante o un fondo con más contraste.");
            }
        }

        /// <summary>The nearest background colour behind the element, as a theme token when it is one.</summary>
        private (string? Token, string? Color) Background(IElement element, string? media)
        {
            for (var current = element.ParentElement; current is not null; current = current.ParentElement)
            {
                var value = styles.Value(current, "background-color", media);
                if (string.IsNullOrWhiteSpace(value))
                {
                    value = styles.Value(current, "background", media);
                }

                if (string.IsNullOrWhiteSpace(value) || value.Trim() is "transparent" or "none" or "initial")
                {
                    continue;
                }

                if (value.Contains("var(--color-", StringComparison.Ordinal))
                {
                    var start = value.IndexOf("var(--color-", StringComparison.Ordinal) + "var(--color-".Length;
                    var token = value[start..value.IndexOf(')', start)].Split(',')[0].Trim();
                    return (token, styles.Tokens.GetValueOrDefault(token) is { } c ? Colors.Normalize(c) : null);
                }

                var color = Colors.Normalize(value);
                if (color is null)
                {
                    return (null, value.Trim());
                }

                var named = styles.Tokens.FirstOrDefault(t => Colors.Normalize(t.Value) == color).Key;
                return (named, color);
            }

            return ("fondo", styles.Tokens.GetValueOrDefault("fondo") is { } f ? Colors.Normalize(f) : "#ffffff");
        }

        private void CheckRestyling(Logo logo)
        {
            foreach (var (property, harmless) in LogoRestyling)
            {
                foreach (var value in styles.AllValues(logo.Element, property).Where(v => !harmless.Contains(v.Trim())).Distinct())
                {
                    Error(logo.Element, "estilo", logo.Brand.ManualKey,
                        $"la hoja de estilos aplica «{property}: {value}» al logotipo; el manual no permite alterar un logotipo (filtros, sombras, opacidad, transformaciones, mezcla, recolorear).",
                        "quite esa declaración de la regla que selecciona el logotipo.");
                }
            }

            for (var ancestor = logo.Element.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
            {
                foreach (var property in AncestorRestyling)
                {
                    foreach (var value in styles.AllValues(ancestor, property).Where(v => !LogoRestyling[property].Contains(v.Trim())).Distinct())
                    {
                        Error(logo.Element, "estilo", logo.Brand.ManualKey,
                            $"<{ancestor.LocalName}{(ancestor.ClassName is { } c ? $" class=\"{c}\"" : "")}>, que contiene el logotipo, tiene «{property}: {value}», que también altera el logotipo.",
                            "quite esa declaración o saque la pieza de logotipos de ese elemento.");
                    }
                }
            }
        }

        private static string Region(IElement piece)
        {
            for (var current = piece.ParentElement; current is not null; current = current.ParentElement)
            {
                switch (current.LocalName)
                {
                    case "header" when current.ParentElement?.LocalName == "body":
                        return "cabecera";
                    case "footer" when current.ParentElement?.LocalName == "body":
                        return "pie";
                    case "header" when current.Closest("main") is not null:
                        return "encabezado";
                }
            }

            return "contenido";
        }

        private void CheckRequired(List<IElement> pieces)
        {
            bool Has(string kind, string region, string? mesa = null) => pieces.Any(p =>
                p.GetAttribute("data-emblema") == kind && Region(p) == region &&
                (mesa is null || p.QuerySelectorAll("img").Any(i => ResolvePath(url, i.GetAttribute("src") ?? "") is { } path &&
                    hashOf(path) is { } h && variants.TryGetValue(h, out var v) && v.BrandId == BrandEntry.MesaId(mesa))));

            foreach (var region in new[] { "cabecera", "pie" }.Where(r => !Has("institucional", r)))
            {
                Error(null, "emblema-obligatorio", Manual.Institutional.ManualKey,
                    $"a la página le falta el emblema institucional (Red Nacional y México SOS) en {(region == "cabecera" ? "la cabecera" : "el pie")} del sitio.",
                    $"la plantilla layout debe mostrar {{% render 'partes/emblema', emblema: site.lockup.reversed %}} en su {(region == "cabecera" ? "<header>" : "<footer>")}.");
            }

            if (requirement.Mesa is { } slug && !Has("coedicion", "encabezado", slug))
            {
                Error(null, "emblema-obligatorio", Manual.CoBrand.ManualKey,
                    $"la página trata de la mesa «{slug}» y le falta el emblema de coedición (la mesa, la Red Nacional y México SOS) en su encabezado.",
                    "la plantilla debe mostrar {% render 'partes/emblema', emblema: page.lockup.color %} dentro del <header> de la página.");
            }
            else if (requirement.PageLockup && !Has("institucional", "encabezado") && !Has("coedicion", "encabezado"))
            {
                Error(null, "emblema-obligatorio", Manual.Institutional.ManualKey,
                    "un comunicado lleva el emblema en su encabezado, y a esta página le falta.",
                    "la plantilla comunicado debe mostrar {% render 'partes/emblema', emblema: page.lockup.color %} dentro del <header> del comunicado.");
            }
        }

        private void Error(IElement? element, string rule, string? manualKey, string message, string hint)
        {
            var entry = manualKey is null ? "" : $" [manual: {manualKey}]";
            var subject = element is null ? "" : Describe(element) + ": ";
            findings.Add($"regla «{rule}»{entry}: {subject}{message}", hint, page.SourcePath ?? $"output/{page.Path}", url);
        }

        private static string Describe(IElement element)
        {
            var html = element.OuterHtml;
            var tag = html[..(html.IndexOf('>') + 1)];
            return tag.Length > 160 ? tag[..157] + "…>" : tag;
        }
    }
}
