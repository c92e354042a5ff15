using System.Globalization;
using Micrositio.Diagnostics;
using Micrositio.Load;
using Micrositio.Text;
using Micrositio.Validate;
using YamlDotNet.RepresentationModel;

namespace Micrositio.Brand;

/// <summary>
/// Validate stage, brand part: reads <c>input/marca/manual.yml</c> against its schema and checks it against
/// the logo files it approves (hash, SVG safety and palette, aspect ratio) and against the site (every mesa
/// has its logo). Mesa alt texts keep their «{nombre}» placeholder until <see cref="WithMesaNames"/>.
/// </summary>
public sealed class BrandManualReader(ErrorList errors)
{
    private const string ManualFile = BrandManual.File;

    private double _aspectTolerance;

    public BrandManual? Read(DataFile? manual, IReadOnlyDictionary<string, byte[]> files, IReadOnlySet<string> mesaSlugs)
    {
        if (manual is null)
        {
            return null;
        }

        if (manual.Root is not YamlMappingNode mapping)
        {
            errors.Add(Stage.Validate, ManualFile, 1, null, "el manual de marca debe ser un grupo de claves.",
                "vea en el README la sección «Manual de marca», con un ejemplo completo.");
            return null;
        }

        var v = new SchemaReader(ManualFile, ReferenceIndex.Empty, errors).Read(mapping, ContentSchemas.BrandManual);
        _aspectTolerance = v.Find<double?>("tolerancia_proporcion") ?? 0;
        var brands = new List<BrandEntry>();
        foreach (var entry in v.List<NamedValue>("marcas"))
        {
            brands.AddRange(ReadBrand(entry, BrandKind.Organization, "marcas", files));
        }

        foreach (var entry in v.List<NamedValue>("patrocinadores"))
        {
            brands.AddRange(ReadBrand(entry, BrandKind.Sponsor, "patrocinadores", files));
        }

        if (v.Find<FieldValues>("mesas") is { } mesas)
        {
            brands.AddRange(ReadMesaLogos(mesas, files, mesaSlugs));
        }

        CheckUniqueFiles(brands);
        WarnUnusedFiles(brands, files);

        var lockups = v.Find<FieldValues>("emblemas");
        var institutional = lockups?.Find<FieldValues>("institucional") is { } i ? ReadLockup("institucional", i, brands, requiresMesa: false) : null;
        var coBrand = lockups?.Find<FieldValues>("coedicion") is { } c ? ReadLockup("coedicion", c, brands, requiresMesa: true) : null;
        if (institutional is null || coBrand is null || v.Find<double?>("tolerancia_proporcion") is not { } aspect ||
            v.Find<double?>("tolerancia_alturas") is not { } heights || v.Find<double?>("contraste_minimo") is not { } contrast)
        {
            return null;
        }

        return new BrandManual(aspect, heights, contrast, brands, institutional, coBrand);
    }

    /// <summary>Fills the mesa logos' alt text with each mesa's name.</summary>
    public static BrandManual WithMesaNames(BrandManual manual, IReadOnlyDictionary<string, string> nameBySlug) => manual with
    {
        Brands = manual.Brands.Select(b => b.Kind == BrandKind.Mesa && nameBySlug.TryGetValue(b.Id["mesa:".Length..], out var name)
            ? b with { Name = name, Alt = b.Alt.Replace("{nombre}", name, StringComparison.Ordinal) }
            : b).ToList(),
    };

    private IEnumerable<BrandEntry> ReadBrand(NamedValue entry, BrandKind kind, string section, IReadOnlyDictionary<string, byte[]> files)
    {
        var v = (FieldValues)entry.Value;
        var key = $"{section}.{entry.Key}";
        if (v.Find<string>("nombre") is not { } name || Rules(v) is not { } rules || v.Find<FieldValues>("variantes") is not { } variants)
        {
            yield break;
        }

        var brand = new BrandEntry(entry.Key, kind, name, rules.Alt, rules.Aspect, rules.MinHeight, rules.ClearSpace, rules.Palette, [], key, entry.Line);
        yield return brand with { Variants = ReadVariants(brand, variants, variants.Find<FieldValues>, files).ToList() };
    }

    private IEnumerable<BrandEntry> ReadMesaLogos(FieldValues mesas, IReadOnlyDictionary<string, byte[]> files, IReadOnlySet<string> mesaSlugs)
    {
        var common = mesas.Find<FieldValues>("comun");
        var rules = common is null ? null : Rules(common);
        var commonVariants = common?.Find<FieldValues>("variantes");
        var entries = mesas.List<NamedValue>("logotipos");
        foreach (var entry in entries.Where(e => !mesaSlugs.Contains(e.Key)))
        {
            var suggestion = Spelling.Closest(entry.Key, mesaSlugs);
            errors.Add(Stage.Validate, ManualFile, entry.Line, "mesas.logotipos." + entry.Key, $"no hay ninguna mesa «{entry.Key}» en input/mesas/.",
                (suggestion is null ? "" : $"¿quiso decir «{suggestion}»? ") + "cada clave de «logotipos» es el nombre del archivo de una mesa, sin «.md».");
        }

        foreach (var slug in mesaSlugs.Where(s => entries.All(e => e.Key != s)).Order(StringComparer.Ordinal))
        {
            errors.Add(Stage.Validate, $"input/mesas/{slug}.md", null, null, "la mesa no tiene logotipo en el manual de marca, y sus páginas deben llevar el emblema de coedición.",
                $"ponga sus logotipos en input/marca/mesas/ («./micrositio new mesa» crea unos de ejemplo) y agregue en {ManualFile}, dentro de «mesas: logotipos:», " +
                $"la entrada «{slug}: {{color: {{archivo: {ExampleLogo.MesaFile(slug, "color")}, sha256: <sha256sum del archivo>}}, " +
                $"monocromo: {{...}}, inverso: {{...}}}}».");
        }

        if (rules is null || commonVariants is null)
        {
            yield break;
        }

        foreach (var entry in entries.Where(e => mesaSlugs.Contains(e.Key)))
        {
            var brand = new BrandEntry(BrandEntry.MesaId(entry.Key), BrandKind.Mesa, entry.Key, rules.Alt, rules.Aspect, rules.MinHeight, rules.ClearSpace,
                rules.Palette, [], "mesas.logotipos." + entry.Key, entry.Line);
            var fileRecords = (FieldValues)entry.Value;
            // The common rules say which variants exist and where they may go; each mesa gives its files.
            var variants = ReadVariants(brand, commonVariants, name =>
            {
                if (fileRecords.Find<FieldValues>(name) is { } file)
                {
                    return file;
                }

                errors.Add(Stage.Validate, ManualFile, fileRecords.Line, $"{brand.ManualKey}.{name}", $"falta el archivo de la variante «{name}», que «mesas.comun» aprueba para todas las mesas.",
                    $"agregue «{name}: {{archivo: {ExampleLogo.MesaFile(entry.Key, name)}, sha256: ...}}».");
                return null;
            }, files).ToList();
            foreach (var extra in ExampleLogo.Variants.Where(n => fileRecords.Find<FieldValues>(n) is not null && commonVariants.Find<FieldValues>(n) is null))
            {
                errors.Add(Stage.Validate, ManualFile, fileRecords.LineOf(extra), $"{brand.ManualKey}.{extra}", $"la variante «{extra}» no está aprobada en «mesas.comun.variantes».",
                    "apruébela en «mesas.comun.variantes» con su color principal y sus fondos, o quite la entrada.");
            }

            yield return brand with { Variants = variants };
        }
    }

    private sealed record SizeRules(string Alt, double Aspect, int MinHeight, double ClearSpace, IReadOnlyList<string> Palette);

    private static SizeRules? Rules(FieldValues v) =>
        v.Find<string>("alt") is { } alt && v.Find<double?>("proporcion") is { } aspect && v.Find<int?>("altura_minima") is { } minHeight &&
        v.Find<double?>("espacio_libre") is { } clear && v.Find<IReadOnlyList<object>>("paleta") is { } palette
            ? new SizeRules(alt, aspect, minHeight, clear, palette.Cast<string>().ToList())
            : null;

    /// <param name="rules">The variants' use rules (main colour, backgrounds), by variant name.</param>
    /// <param name="fileOf">The record holding a variant's file and hash (the same record for organisations).</param>
    private IEnumerable<LogoVariant> ReadVariants(BrandEntry brand, FieldValues rules, Func<string, FieldValues?> fileOf, IReadOnlyDictionary<string, byte[]> files)
    {
        foreach (var name in ExampleLogo.Variants)
        {
            if (rules.Find<FieldValues>(name) is not { } use || fileOf(name) is not { } record ||
                record.Find<string>("archivo") is not { } file || record.Find<string>("sha256") is not { } sha ||
                use.Find<string>("color_principal") is not { } main || use.Find<IReadOnlyList<object>>("fondos") is not { } backgrounds)
            {
                continue;
            }

            var key = $"{brand.ManualKey}.{(brand.Kind == BrandKind.Mesa ? "" : "variantes.")}{name}";
            if (CheckFile(brand, key, record, file, sha, files) is not { } bytes)
            {
                continue;
            }

            var problems = SvgLogoLint.Problems(bytes, brand.Palette);
            foreach (var problem in problems)
            {
                errors.Add(Stage.Validate, $"input/marca/{file}", null, null, $"regla «svg» ({key}): {problem}",
                    "exporte el logotipo como SVG simple: sin scripts, enlaces externos, imágenes incrustadas ni metadatos del editor, y solo con los colores de la «paleta».");
            }

            var size = SvgLogoLint.IntrinsicSize(bytes);
            if (size is not { } intrinsic)
            {
                errors.Add(Stage.Validate, $"input/marca/{file}", null, null, $"regla «proporcion» ({key}): el SVG no declara viewBox, así que no se puede comprobar su proporción.",
                    "agregue viewBox=\"0 0 ancho alto\" a la etiqueta <svg>.");
                continue;
            }

            var ratio = intrinsic.Width / intrinsic.Height;
            if (Math.Abs(ratio / brand.AspectRatio - 1) > _aspectTolerance)
            {
                errors.Add(Stage.Validate, ManualFile, record.Line, key,
                    $"regla «proporcion»: el archivo {file} mide {intrinsic.Width.ToString(CultureInfo.InvariantCulture)}×{intrinsic.Height.ToString(CultureInfo.InvariantCulture)} (proporción {ratio.ToString("0.###", CultureInfo.InvariantCulture)}), pero el manual dice «proporcion: {brand.AspectRatio.ToString(CultureInfo.InvariantCulture)}» para {brand.ManualKey}.",
                    "corrija «proporcion» en el manual o el viewBox del archivo.");
            }

            if (!brand.Palette.Contains(main))
            {
                errors.Add(Stage.Validate, ManualFile, use.LineOf("color_principal"), key + ".color_principal",
                    $"el color principal {main} no está en la «paleta» de {brand.ManualKey}.", "use uno de: " + string.Join(", ", brand.Palette) + ".");
            }

            if (problems.Count == 0)
            {
                yield return new LogoVariant(brand.Id, name, file, sha, main, backgrounds.Cast<string>().ToList(), bytes, intrinsic, record.Line);
            }
        }
    }

    private byte[]? CheckFile(BrandEntry brand, string key, FieldValues record, string file, string sha, IReadOnlyDictionary<string, byte[]> files)
    {
        if (!file.EndsWith(".svg", StringComparison.Ordinal))
        {
            errors.Add(Stage.Validate, ManualFile, record.LineOf("archivo"), key + ".archivo", $"«{file}» no es un SVG; el manual solo aprueba logotipos vectoriales.",
                "exporte el logotipo como SVG; el kit de prensa genera los PNG a partir de él.");
            return null;
        }

        if (!files.TryGetValue(file, out var bytes))
        {
            errors.Add(Stage.Validate, ManualFile, record.LineOf("archivo"), key + ".archivo", $"no existe el archivo input/marca/{file}.",
                "copie el logotipo aprobado a esa ruta o corrija «archivo»" + Spelling.Suggestion(file, files.Keys) + ".");
            return null;
        }

        var actual = ExampleLogo.Sha256(bytes);
        if (actual != sha)
        {
            errors.Add(Stage.Validate, ManualFile, record.LineOf("sha256"), key + ".sha256",
                $"regla «archivo-aprobado»: input/marca/{file} no es byte a byte el archivo aprobado para {brand.Name} (su SHA-256 es {actual}).",
                "si el archivo cambió sin querer, restaure el aprobado; si la nueva versión está aprobada, escriba su huella en «sha256».");
            return null;
        }

        return bytes;
    }

    /// <summary>
    /// Reports a file approved twice and keeps it only where it appears first, so the rest of the build
    /// (published copies, PNGs, the logo check) sees each file once and can go on to report other mistakes.
    /// </summary>
    private void CheckUniqueFiles(List<BrandEntry> brands)
    {
        var duplicates = new HashSet<LogoVariant>();
        foreach (var group in brands.SelectMany(b => b.Variants.Select(v => (Brand: b, Variant: v))).GroupBy(x => x.Variant.Sha256).Where(g => g.Count() > 1))
        {
            var names = group.Select(x => $"{x.Brand.ManualKey} ({x.Variant.Name})").ToList();
            errors.Add(Stage.Validate, ManualFile, group.Last().Variant.Line, null, "el mismo archivo está aprobado para " + string.Join(" y ", names) + ".",
                "cada variante de cada marca tiene su propio archivo; así la construcción sabe qué logotipo muestra cada página.");
            duplicates.UnionWith(group.Skip(1).Select(x => x.Variant));
        }

        for (var i = 0; i < brands.Count; i++)
        {
            if (brands[i].Variants.Any(duplicates.Contains))
            {
                brands[i] = brands[i] with { Variants = brands[i].Variants.Where(v => !duplicates.Contains(v)).ToList() };
            }
        }
    }

    private void WarnUnusedFiles(List<BrandEntry> brands, IReadOnlyDictionary<string, byte[]> files)
    {
        var used = brands.SelectMany(b => b.Variants).Select(v => v.File).ToHashSet(StringComparer.Ordinal);
        foreach (var file in files.Keys.Where(f => !used.Contains(f)).Order(StringComparer.Ordinal))
        {
            errors.Warn(Stage.Validate, $"input/marca/{file}", null, null, "este archivo no está aprobado en el manual de marca, así que no se publica.",
                "si es un logotipo aprobado, agréguelo al manual con su «sha256»; si no, bórrelo.");
        }
    }

    private LockupRule? ReadLockup(string id, FieldValues v, List<BrandEntry> brands, bool requiresMesa)
    {
        var key = "emblemas." + id;
        var members = v.List<string>("miembros");
        var heights = v.List<double>("alturas_relativas");
        var organizations = brands.Where(b => b.Kind == BrandKind.Organization).Select(b => b.Id).ToList();
        var valid = true;
        foreach (var member in members.Where(m => m != LockupRule.MesaMember && !organizations.Contains(m)))
        {
            errors.Add(Stage.Validate, ManualFile, v.LineOf("miembros"), key + ".miembros", $"«{member}» no es una marca de «marcas».",
                "use «mesa» o una de: " + string.Join(", ", organizations) + Spelling.Suggestion(member, organizations) + ".");
            valid = false;
        }

        if (members.Contains(LockupRule.MesaMember) != requiresMesa)
        {
            errors.Add(Stage.Validate, ManualFile, v.LineOf("miembros"), key + ".miembros",
                requiresMesa ? "el emblema de coedición debe incluir «mesa»: lo llevan las páginas de una mesa." : "el emblema institucional no lleva «mesa»: va en todas las páginas.",
                requiresMesa ? "agregue «mesa» a «miembros»." : "quite «mesa» de «miembros».");
            valid = false;
        }

        if (heights.Count != members.Count)
        {
            errors.Add(Stage.Validate, ManualFile, v.LineOf("alturas_relativas"), key + ".alturas_relativas",
                $"hay {heights.Count} alturas para {members.Count} miembros.", "escriba una altura relativa por miembro, en el mismo orden.");
            valid = false;
        }

        var sponsorHeight = v.Find<double?>("patrocinadores_altura_relativa") ?? 0.75;
        return valid && members.Count > 0
            ? new LockupRule(id, members, heights, v.List<string>("regiones"), v.Find<int?>("patrocinadores_maximo") ?? 0, sponsorHeight, v.Line)
            : null;
    }
}
