using System.Text.RegularExpressions;
using Micrositio.Brand;
using Micrositio.Content;
using Micrositio.Diagnostics;
using Micrositio.Load;
using Micrositio.Text;
using YamlDotNet.RepresentationModel;

namespace Micrositio.Validate;

/// <summary>
/// The Validate stage: checks every loaded file against its schema and the rules between files (unique
/// slugs, references that exist, file names that match dates) and produces the typed <see cref="ContentSet"/>.
/// Returns null when a file the whole site depends on is unusable; otherwise keeps going to report everything.
/// A cancelled <paramref name="cancellation"/> (the preview's stale build) stops it between files.
/// </summary>
public sealed partial class ContentValidator(ErrorList errors, CancellationToken cancellation = default)
{
    /// <summary>First path segments the generator owns (see <see cref="Assemble.Urls.TopLevelNames"/>); a page in input/paginas/ cannot take them.</summary>
    public static IReadOnlySet<string> ReservedSlugs => Assemble.Urls.TopLevelNames;

    private const string HomePageSlug = "inicio";

    public ContentSet? Validate(LoadedInput input)
    {
        var states = ReadStates(input.States);
        var mesaSlugs = SlugsFromFileNames(input.Mesas, "mesas");
        SlugsFromFileNames(input.Meetings, "encuentros");
        SlugsFromFileNames(input.Pages, "");
        var site = ReadSite(input.Site, out var contactIds);
        var stateKeys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var state in states)
        {
            stateKeys.TryAdd(state.Slug, state.Slug);
            stateKeys.TryAdd(state.Code, state.Slug);
        }

        var manual = new BrandManualReader(errors).Read(input.BrandManual, input.BrandFiles, mesaSlugs);
        var references = new ReferenceIndex(stateKeys, mesaSlugs, contactIds)
        {
            SponsorIds = manual?.Brands.Where(b => b.Kind == BrandKind.Sponsor).Select(b => b.Id).ToHashSet(StringComparer.Ordinal) ?? [],
            ContactsKnown = input.Site is not null,
            StatesKnown = input.States is not null,
        };
        var network = ReadNetwork(input.Network, references);
        var intros = ReadStateIntros(input.StateIntros, states);
        states = states.Select(s => intros.TryGetValue(s.Slug, out var intro) ? s with { Intro = intro } : s).ToList();

        var mesas = ReadEach(input.Mesas, d => ReadMesa(d, references));
        var achievements = ReadEach(input.Achievements, d => ReadAchievement(d, references));
        var releases = ReadEach(input.PressReleases, d => ReadPressRelease(d, references));
        var meetings = ReadEach(input.Meetings, d => ReadMeeting(d, references));
        var pages = ReadEach(input.Pages, d => ReadPage(d, references));

        // A mesa whose own file is invalid was dropped; drop references to it too, so later stages can keep
        // looking for other mistakes on a consistent model (the mesa's error already fails the build).
        var valid = mesas.Select(m => m.Slug).ToHashSet(StringComparer.Ordinal);
        achievements = achievements.Select(a => a with { Mesas = a.Mesas.Where(valid.Contains).ToList() }).ToList();
        releases = releases.Select(r => r with { Mesas = r.Mesas.Where(valid.Contains).ToList() }).ToList();
        meetings = meetings.Select(m => m with
        {
            Attendees = m.Attendees.Where(valid.Contains).ToList(),
            Host = m.Host is not null && valid.Contains(m.Host) ? m.Host : null,
        }).ToList();

        achievements = RequireUnique(achievements, a => a.Slug, a => a.SourcePath, "logro", "/logros/{0}/");
        releases = RequireUnique(releases, r => $"{r.Date.Day.Year}/{r.Slug}", r => r.SourcePath, "comunicado", "/sala-de-prensa/{0}/");
        meetings = RequireUnique(meetings, m => m.Number.ToString(), m => m.SourcePath, "encuentro con el mismo número", "encuentro número {0}");

        var hasHome = pages.Any(p => p.Slug == HomePageSlug);
        if (!hasHome && input.Pages.All(d => FileSlug(d) != HomePageSlug))
        {
            errors.Add(Stage.Validate, "input/paginas/inicio.md", null, null, "falta la página de inicio.",
                "cree input/paginas/inicio.md con «titulo» y el texto de presentación de la portada.");
        }

        var built = mesas.Select(m => m.SourcePath).Concat(achievements.Select(a => a.SourcePath)).Concat(releases.Select(r => r.SourcePath))
            .Concat(meetings.Select(m => m.SourcePath)).Concat(pages.Select(p => p.SourcePath)).Concat(intros.Values.Select(i => i.File))
            .ToHashSet(StringComparer.Ordinal);
        if (site is null || network is null || states.Count == 0 || !hasHome || manual is null)
        {
            UnbuiltBodies.Check(input, new HashSet<string>(), errors);
            return null;
        }

        UnbuiltBodies.Check(input, built, errors);

        var albums = new AlbumValidator(references, errors).Read(input.Albums);
        var data = new DatasetValidator(errors).Read(input.Data, states);
        CheckReleasePhotos(input.PressReleases, releases, albums);
        return new ContentSet(site, network, states, mesas, achievements, releases, meetings, pages, ReadAllowedExceptions(input.AllowedExceptions),
            albums.Select(a => a with { Mesa = a.Mesa is not null && valid.Contains(a.Mesa) ? a.Mesa : null }).ToList(),
            input.WithdrawnPhotos.Select(w => new Withdrawal(w.Line, w.Entry)).ToList(),
            BrandManualReader.WithMesaNames(manual, mesas.ToDictionary(m => m.Slug, m => m.Name)),
            data)
        {
            FailedIds = UnbuiltBodies.FailedIds(input, built),
        };
    }

    /// <summary>
    /// <paramref name="content"/>, the model of a build without errors, with one content file read again: the model
    /// a whole build of the same input makes, or null when the file has a mistake (recorded) or a change this cannot
    /// judge alone (another file name, a mesa's new name, which the brand manual's alt texts carry). The preview uses
    /// it to show an edited page before the whole site is built again; the whole build still follows.
    /// </summary>
    public ContentSet? Replace(ContentSet content, ContentDocument document)
    {
        if (document.Unreadable)
        {
            return null;
        }

        var path = document.Source.Path;
        var references = new ReferenceIndex(
            content.States.SelectMany(s => new[] { (Key: s.Slug, s.Slug), (Key: s.Code, s.Slug) }).ToDictionary(k => k.Key, k => k.Slug, StringComparer.Ordinal),
            content.Mesas.Select(m => m.Slug).ToHashSet(StringComparer.Ordinal),
            content.Site.MediaContacts.Select(c => c.Id).ToHashSet(StringComparer.Ordinal))
        {
            SponsorIds = content.BrandManual.Brands.Where(b => b.Kind == BrandKind.Sponsor).Select(b => b.Id).ToHashSet(StringComparer.Ordinal),
        };
        var before = errors.Sorted().Count;
        bool Known<T>(IReadOnlyList<T> items, Func<T, string> source) => items.Count(i => source(i) == path) == 1;
        List<T> Swap<T>(IReadOnlyList<T> items, Func<T, string> source, T replacement) => items.Select(i => source(i) == path ? replacement : i).ToList();
        var slug = FileSlug(document);
        var replaced = Path.GetFileName(Path.GetDirectoryName(path)) switch
        {
            "mesas" when Known(content.Mesas, m => m.SourcePath) =>
                ReadMesa(document, references) is { } mesa && content.Mesas.First(m => m.SourcePath == path).Name == mesa.Name
                    ? content with { Mesas = Swap(content.Mesas, m => m.SourcePath, mesa) }
                    : null,
            "logros" when Known(content.Achievements, a => a.SourcePath) =>
                ReadAchievement(document, references) is { } achievement ? content with { Achievements = Swap(content.Achievements, a => a.SourcePath, achievement) } : null,
            "prensa" when Known(content.PressReleases, r => r.SourcePath) =>
                ReadPressRelease(document, references) is { } release ? content with { PressReleases = Swap(content.PressReleases, r => r.SourcePath, release) } : null,
            "encuentros" when Known(content.Meetings, m => m.SourcePath) =>
                ReadMeeting(document, references) is { } meeting && content.Meetings.All(m => m.SourcePath == path || m.Number != meeting.Number)
                    ? content with { Meetings = Swap(content.Meetings, m => m.SourcePath, meeting) }
                    : null,
            "paginas" when Known(content.Pages, p => p.SourcePath) =>
                ReadPage(document, references) is { } page ? content with { Pages = Swap(content.Pages, p => p.SourcePath, page) } : null,
            "estados" when content.States.Any(s => s.Slug == slug) =>
                ReadStateIntros([document], content.States.ToList()).TryGetValue(slug, out var intro)
                    ? content with { States = content.States.Select(s => s.Slug == slug ? s with { Intro = intro } : s).ToList() }
                    : null,
            _ => null,
        };
        if (replaced is not null)
        {
            CheckReleasePhotos([document], replaced.PressReleases.Where(r => r.SourcePath == path).ToList(), replaced.Albums);
        }

        return errors.Sorted().Count == before ? replaced : null;
    }

    private List<State> ReadStates(DataFile? file)
    {
        if (file is null)
        {
            return [];
        }

        var states = new List<State>();
        foreach (var v in ReadRecords(file, ContentSchemas.State, "estados", "clave"))
        {
            var code = v.Find<string>("clave");
            var slug = v.Find<string>("slug");
            if (code is not null && !(InegiCode().IsMatch(code) && int.Parse(code) is >= 1 and <= 32))
            {
                errors.Add(Stage.Validate, file.Path, v.LineOf("clave"), "clave", $"«{code}» no es una clave INEGI de estado.",
                    "use dos dígitos del \"01\" al \"32\", entre comillas para conservar el cero.");
                code = null;
            }

            if (slug is not null && !Slugs.IsValid(slug))
            {
                errors.Add(Stage.Validate, file.Path, v.LineOf("slug"), "slug", $"«{slug}» no es un slug válido.",
                    $"use minúsculas sin acentos separadas por guiones, por ejemplo «{Slugs.From(slug)}».");
                slug = null;
            }

            if (code is null || slug is null || v.Find<string>("nombre") is not { } name)
            {
                continue;
            }

            if (states.FirstOrDefault(s => s.Code == code || s.Slug == slug) is { } previous)
            {
                errors.Add(Stage.Validate, file.Path, v.Line, null, $"el estado {code} «{slug}» repite la clave o el slug de «{previous.Slug}».",
                    "cada estado aparece una sola vez, con clave y slug únicos.");
                continue;
            }

            states.Add(new State(code, name, v.Find<string>("nombre_oficial") ?? name, slug, v.Find<string>("abreviatura") ?? "", MarkdownSource.Empty(file.Path)));
        }

        var missing = Enumerable.Range(1, 32).Select(i => i.ToString("D2")).Except(states.Select(s => s.Code)).ToList();
        if (missing.Count > 0 && states.Count > 0)
        {
            errors.Add(Stage.Validate, file.Path, null, "clave", "faltan estados con estas claves INEGI: " + string.Join(", ", missing) + ".",
                "el archivo debe listar las 32 entidades federativas.");
        }

        return states.OrderBy(s => s.Code, StringComparer.Ordinal).ToList();
    }

    private List<string> ReadAllowedExceptions(DataFile? file) =>
        ReadRecords(file, ContentSchemas.AllowedException, "excepciones", "valor")
            .Where(v => v.Find<string>("motivo") is not null)
            .Select(v => v.Find<string>("valor"))
            .OfType<string>()
            .ToList();

    /// <summary>Reads a data file that is a list of records of one schema (estados.yml, permitidos.yml).</summary>
    private List<FieldValues> ReadRecords(DataFile? file, Schema schema, string plural, string firstKey)
    {
        if (file is null)
        {
            return [];
        }

        if (file.Root is not YamlSequenceNode sequence)
        {
            errors.Add(Stage.Validate, file.Path, 1, null, $"se esperaba una lista de {plural} (cada elemento empieza con «- {firstKey}:»).",
                "vea el formato y un ejemplo en el README.");
            return [];
        }

        var reader = new SchemaReader(file.Path, ReferenceIndex.Empty, errors);
        var records = new List<FieldValues>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlMappingNode mapping)
            {
                records.Add(reader.Read(mapping, schema));
                continue;
            }

            errors.Add(Stage.Validate, file.Path, (int)item.Start.Line, null, "cada elemento de la lista debe ser un grupo de claves: " +
                string.Join(", ", schema.Fields.Select(f => f.Key)) + ".", $"escriba «- {firstKey}: ...» y las demás claves debajo, con la misma sangría.");
        }

        return records;
    }

    private SiteConfig? ReadSite(DataFile? file, out IReadOnlySet<string> contactIds)
    {
        contactIds = new HashSet<string>();
        if (ExpectMapping(file) is not { } mapping)
        {
            return null;
        }

        var v = new SchemaReader(file!.Path, ReferenceIndex.Empty, errors).Read(mapping, ContentSchemas.Site);
        // An entry with an invalid value was already reported by the schema reader; it is left out.
        var contacts = v.List<FieldValues>("contactos_prensa")
            .Select(c => c.Find<string>("id") is { } id && c.Find<string>("cargo") is { } role && c.Find<string>("correo") is { } email
                ? new MediaContact(id, role, email, c.Find<string>("telefono"))
                : null)
            .OfType<MediaContact>()
            .ToList();
        if (v.Find<IReadOnlyList<object>>("contactos_prensa") is { Count: 0 })
        {
            errors.Add(Stage.Validate, file.Path, v.LineOf("contactos_prensa"), "contactos_prensa", "la lista está vacía.",
                "declare al menos un contacto institucional de prensa.");
        }

        foreach (var duplicate in contacts.GroupBy(c => c.Id).Where(g => g.Count() > 1))
        {
            errors.Add(Stage.Validate, file.Path, v.LineOf("contactos_prensa"), "contactos_prensa.id", $"el id «{duplicate.Key}» se repite.",
                "dé a cada contacto un id distinto.");
        }

        contactIds = contacts.Select(c => c.Id).ToHashSet();
        var socials = v.List<FieldValues>("redes")
            .Select(r => r.Find<string>("nombre") is { } name && r.Find<Uri>("url") is { } url ? new SocialLink(name, url) : null)
            .OfType<SocialLink>()
            .ToList();
        if (v.Find<Uri>("url_base") is { AbsolutePath: not "/" } withPath)
        {
            errors.Add(Stage.Validate, file.Path, v.LineOf("url_base"), "url_base", $"«{withPath}» incluye una ruta; el sitio se publica en la raíz de su dominio.",
                $"use solo el dominio, por ejemplo «{withPath.GetLeftPart(UriPartial.Authority)}».");
            return null;
        }

        if (v.Find<string>("tema") is { } named && !Slugs.IsValid(named))
        {
            // The theme is a folder of themes/ by name: a path («../otro/tema») would render templates from anywhere.
            errors.Add(Stage.Validate, file.Path, v.LineOf("tema"), "tema", $"«{named}» no es el nombre de una carpeta de themes/: no puede llevar «/», «..» ni mayúsculas.",
                "escriba solo el nombre del tema, por ejemplo «default».");
            return null;
        }

        if (v.Find<string>("titulo") is not { } title || v.Find<Uri>("url_base") is not { } baseUrl ||
            v.Find<TimeZoneInfo>("zona_horaria") is not { } zone || v.Find<string>("tema") is not { } theme)
        {
            return null;
        }

        return new SiteConfig(title, v.Find<string>("titulo_corto") ?? title, v.Find<string>("descripcion") ?? "",
            baseUrl, v.Find<string>("idioma") ?? "es-MX", theme, zone, contacts, socials,
            new Images.ImageLimits(
                v.Find<int?>("fotos_max_megapixeles") ?? Images.ImageLimits.Default.MaxMegapixels,
                v.Find<int?>("fotos_max_megabytes") ?? Images.ImageLimits.Default.MaxMegabytes))
        {
            About = v.List<FieldValues>("acerca_de")
                .Select(a => a.Find<string>("titulo") is { } t && a.Find<string>("texto") is { } text ? new AboutText(t, text) : null)
                .OfType<AboutText>()
                .ToList(),
        };
    }

    private NetworkFacts? ReadNetwork(DataFile? file, ReferenceIndex references)
    {
        if (ExpectMapping(file) is not { } mapping)
        {
            return null;
        }

        var v = new SchemaReader(file!.Path, references, errors).Read(mapping, ContentSchemas.Network);
        return v.Find<int?>("mesas_en_la_red") is { } mesas && v.Find<int?>("personas") is { } people && v.Find<string>("fuente") is { } source
            ? new NetworkFacts(mesas, people, v.List<string>("estados_segun_informe").Distinct().ToList(), source)
            : null;
    }

    private Dictionary<string, MarkdownSource> ReadStateIntros(IReadOnlyList<ContentDocument> documents, List<State> states)
    {
        var intros = new Dictionary<string, MarkdownSource>(StringComparer.Ordinal);
        foreach (var document in documents.Where(d => !d.Unreadable))
        {
            var slug = FileSlug(document);
            new SchemaReader(document.Source.Path, ReferenceIndex.Empty, errors).Read(document.FrontMatter, ContentSchemas.StateIntro);
            if (states.Count > 0 && states.All(s => s.Slug != slug))
            {
                errors.Add(Stage.Validate, document.Source.Path, null, null, $"no hay un estado con el slug «{slug}».",
                    "nombre el archivo con el slug de un estado de input/estados.yml" + Spelling.Suggestion(slug, states.Select(s => s.Slug)) + ".");
                continue;
            }

            intros[slug] = document.Body;
        }

        return intros;
    }

    /// <summary>
    /// The valid documents of one kind, in their order. Each is read on its own (the references are fixed by now and the
    /// error list takes errors from any thread, sorted at the end), so both cores share the thousands of a large site.
    /// </summary>
    private List<T> ReadEach<T>(IReadOnlyList<ContentDocument> documents, Func<ContentDocument, T?> read) where T : class =>
        documents.AsParallel().AsOrdered().WithCancellation(cancellation).Select(d => d.Unreadable ? null : read(d)).OfType<T>().ToList();

    private Mesa? ReadMesa(ContentDocument d, ReferenceIndex references)
    {
        var v = new SchemaReader(d.Source.Path, references, errors).Read(d.FrontMatter, ContentSchemas.Mesa);
        var slug = FileSlug(d);
        if (!Slugs.IsValid(slug) || v.Find<string>("nombre") is not { } name || v.Find<string>("estado") is not { } state ||
            v.Find<string>("resumen") is not { } summary)
        {
            return null;
        }

        return new Mesa(slug, d.Source.Path, name, state, v.List<string>("municipios"), v.Find<PartialDate>("fundada"),
            v.List<string>("comites"), v.Find<bool?>("activa") ?? true, summary, d.Body) { Sponsors = v.List<string>("patrocinadores") };
    }

    private Achievement? ReadAchievement(ContentDocument d, ReferenceIndex references)
    {
        var v = new SchemaReader(d.Source.Path, references, errors).Read(d.FrontMatter, ContentSchemas.Achievement);
        var name = FileSlug(d);
        var match = DatedFileName().Match(name);
        if (!match.Success || PartialDate.TryParse(match.Groups["date"].Value) is not { } fileDate)
        {
            errors.Add(Stage.Validate, d.Source.Path, null, null, "el nombre del archivo de un logro debe ser <fecha>-<slug>.md.",
                "por ejemplo «2014-07-14-ley-de-geolocalizacion.md»; la fecha puede ser AAAA-MM-DD, AAAA-MM o AAAA.");
            return null;
        }

        if (Assemble.Urls.FixedUnder(Assemble.Urls.Achievements).Contains(match.Groups["slug"].Value))
        {
            errors.Add(Stage.Validate, d.Source.Path, null, null,
                $"la dirección /logros/{match.Groups["slug"].Value}/ la genera el sitio (listados de logros) y no puede ser un logro.",
                "agregue una palabra al nombre del archivo después de la fecha, por ejemplo «…-ley-estatal.md».");
            return null;
        }

        var date = v.Find<PartialDate>("fecha");
        if (date is not null && date != fileDate)
        {
            errors.Add(Stage.Validate, d.Source.Path, v.LineOf("fecha"), "fecha", $"la fecha «{date.Iso}» no coincide con la del nombre del archivo («{fileDate.Iso}»).",
                "corrija la fecha o renombre el archivo para que ambas digan lo mismo.");
        }

        if (date is null || v.Find<string>("titulo") is not { } title || v.Find<string>("eje") is not { } axis || v.Find<string>("resumen") is not { } summary)
        {
            return null;
        }

        return new Achievement(match.Groups["slug"].Value, d.Source.Path, title, date, axis, v.List<string>("estados").Distinct().ToList(),
            v.List<string>("mesas").Distinct().ToList(), summary, v.Find<string>("fuente"), d.Body);
    }

    private PressRelease? ReadPressRelease(ContentDocument d, ReferenceIndex references)
    {
        var v = new SchemaReader(d.Source.Path, references, errors).Read(d.FrontMatter, ContentSchemas.PressRelease);
        var match = DatedFileName().Match(FileSlug(d));
        if (!match.Success || match.Groups["date"].Value.Length != 10)
        {
            errors.Add(Stage.Validate, d.Source.Path, null, null, "el nombre del archivo de un comunicado debe ser <AAAA-MM-DD>-<slug>.md.",
                "por ejemplo «2018-11-22-tercer-encuentro-nacional-tampico.md».");
            return null;
        }

        var date = v.Find<PublicationDate>("fecha");
        if (date is not null && date.Day.ToString("yyyy-MM-dd") != match.Groups["date"].Value)
        {
            errors.Add(Stage.Validate, d.Source.Path, v.LineOf("fecha"), "fecha", $"el día «{date.Day:yyyy-MM-dd}» no coincide con el del nombre del archivo («{match.Groups["date"].Value}»).",
                "corrija la fecha o renombre el archivo para que ambos digan el mismo día.");
        }

        if (date is null || v.Find<string>("titulo") is not { } title || v.Find<string>("lugar") is not { } place ||
            v.Find<string>("contacto") is not { } contact || v.Find<string>("resumen") is not { } summary)
        {
            return null;
        }

        return new PressRelease(match.Groups["slug"].Value, d.Source.Path, title, date, place, v.Find<DateTimeOffset?>("embargo"), contact, summary,
            v.List<string>("estados").Distinct().ToList(), v.List<string>("mesas").Distinct().ToList(), d.Body)
        {
            Photos = v.List<string>("fotos").Distinct().ToList(),
        };
    }

    /// <summary>A release's «fotos» name photos of the gallery; a withdrawn one is later left out without an error.</summary>
    private void CheckReleasePhotos(IReadOnlyList<ContentDocument> documents, IReadOnlyList<PressRelease> releases, IReadOnlyList<Album> albums)
    {
        var photos = albums.SelectMany(a => a.Photos).Select(p => p.Reference).ToHashSet(StringComparer.Ordinal);
        foreach (var release in releases)
        {
            var document = documents.First(d => d.Source.Path == release.SourcePath);
            foreach (var reference in release.Photos.Where(r => !photos.Contains(r)))
            {
                var line = document.FrontMatter.Children.FirstOrDefault(c => (c.Key as YamlScalarNode)?.Value == "fotos").Value?.Start.Line;
                errors.Add(Stage.Validate, release.SourcePath, (int?)line, "fotos", $"«{reference}» no es una foto de la galería.",
                    "escriba «álbum/archivo» tal como aparecen en input/galeria/<álbum>/album.yml" + Spelling.Suggestion(reference, photos) + ".");
            }
        }
    }

    private Meeting? ReadMeeting(ContentDocument d, ReferenceIndex references)
    {
        var v = new SchemaReader(d.Source.Path, references, errors).Read(d.FrontMatter, ContentSchemas.Meeting);
        var slug = FileSlug(d);
        var start = v.Find<DateOnly?>("fecha_inicio");
        var end = v.Find<DateOnly?>("fecha_fin");
        if (start is { } s && end is { } e && e < s)
        {
            errors.Add(Stage.Validate, d.Source.Path, v.LineOf("fecha_fin"), "fecha_fin", "el último día es anterior al primero.",
                "revise «fecha_inicio» y «fecha_fin».");
        }

        var media = v.Find<FieldValues>("medios") is { } m && m.Find<int?>("total") is { } total
            ? new MediaCoverage(total, m.Find<int?>("nacionales"))
            : null;
        if (media is { National: { } national } && national > media.Total)
        {
            errors.Add(Stage.Validate, d.Source.Path, v.LineOf("medios"), "medios.nacionales", $"hay más medios nacionales ({national}) que medios en total ({media.Total}).",
                "los nacionales son parte del total.");
        }

        var vote = v.Find<FieldValues>("votacion") is { } vv && vv.Find<string>("asunto") is { } subject
            ? new Vote(subject, vv.List<FieldValues>("opciones")
                .Select(o => o.Find<string>("opcion") is { } option && o.Find<int?>("votos") is { } votes ? new VoteOption(option, votes) : null)
                .OfType<VoteOption>()
                .ToList())
            : null;
        var attendees = v.List<string>("asistentes");
        foreach (var duplicate in attendees.GroupBy(a => a).Where(g => g.Count() > 1))
        {
            errors.Add(Stage.Validate, d.Source.Path, v.LineOf("asistentes"), "asistentes", $"la mesa «{duplicate.Key}» aparece más de una vez.",
                "deje una sola línea por mesa.");
        }

        if (!Slugs.IsValid(slug) || v.Find<string>("titulo") is not { } title || v.Find<int?>("numero") is not { } number || start is null ||
            v.Find<string>("sede") is not { } venue || v.Find<string>("estado") is not { } state || v.Find<string>("resumen") is not { } summary)
        {
            return null;
        }

        return new Meeting(slug, d.Source.Path, title, number, start.Value, end, venue, state, v.Find<string>("anfitriona"),
            v.Find<int?>("mesas_invitadas"), attendees.Distinct().ToList(), media, vote, summary, d.Body);
    }

    private StaticPage? ReadPage(ContentDocument d, ReferenceIndex references)
    {
        var v = new SchemaReader(d.Source.Path, references, errors).Read(d.FrontMatter, ContentSchemas.Page);
        var slug = FileSlug(d);
        if (slug != HomePageSlug && ReservedSlugs.Contains(slug))
        {
            errors.Add(Stage.Validate, d.Source.Path, null, null, $"la dirección /{slug}/ la genera el sitio y no puede ser una página.",
                "elija otro nombre de archivo.");
            return null;
        }

        return Slugs.IsValid(slug) && v.Find<string>("titulo") is { } title
            ? new StaticPage(slug, d.Source.Path, title, v.Find<string>("descripcion"), d.Body)
            : null;
    }

    private HashSet<string> SlugsFromFileNames(IReadOnlyList<ContentDocument> documents, string folder)
    {
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var slug = FileSlug(document);
            if (!Slugs.IsValid(slug))
            {
                var address = folder.Length == 0 ? $"/{slug}/" : $"/{folder}/{slug}/";
                errors.Add(Stage.Validate, document.Source.Path, null, null, $"«{slug}» no sirve como dirección web ({address}).",
                    $"renombre el archivo a «{Slugs.From(slug)}.md»: minúsculas sin acentos, palabras separadas por guiones.");
                continue;
            }

            slugs.Add(slug);
        }

        return slugs;
    }

    /// <summary>Reports items that would share an address and leaves them all out, so none overwrites another.</summary>
    private List<T> RequireUnique<T>(List<T> items, Func<T, string> key, Func<T, string> path, string what, string urlFormat)
    {
        var clashes = items.GroupBy(key).Where(g => g.Count() > 1).ToList();
        foreach (var group in clashes)
        {
            var files = group.Select(path).Order(StringComparer.Ordinal).ToList();
            foreach (var file in files)
            {
                errors.Add(Stage.Validate, file, null, null,
                    $"hay más de un {what} con la misma dirección ({string.Format(urlFormat, group.Key)}): " + string.Join(", ", files) + ".",
                    "cambie el slug en el nombre de uno de los archivos.");
            }
        }

        var clashing = clashes.Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return items.Where(i => !clashing.Contains(key(i))).ToList();
    }

    private YamlMappingNode? ExpectMapping(DataFile? file)
    {
        if (file is null)
        {
            return null;
        }

        if (file.Root is YamlMappingNode mapping)
        {
            return mapping;
        }

        errors.Add(Stage.Validate, file.Path, 1, null, "se esperaba un grupo de claves («clave: valor»).", "vea el ejemplo del README.");
        return null;
    }

    private static string FileSlug(ContentDocument document) => Path.GetFileNameWithoutExtension(document.Source.Path);

    [GeneratedRegex(@"^\d{2}$")]
    private static partial Regex InegiCode();

    [GeneratedRegex(@"^(?<date>\d{4}(-\d{2}(-\d{2})?)?)-(?<slug>[a-z0-9]+(-[a-z0-9]+)*)$")]
    private static partial Regex DatedFileName();
}
