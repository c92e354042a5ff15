using Micrositio.Content;
using Micrositio.Diagnostics;
using Micrositio.Load;
using Micrositio.Text;
using YamlDotNet.RepresentationModel;

namespace Micrositio.Validate;

/// <summary>
/// Validates the albums of <c>input/galeria/</c>: album.yml against its schema, every listed file present,
/// every file of the folder listed (a photo nobody described has no consent record), consent recorded.
/// A photo without consent is an error that names the album and the photo; it is never published.
/// </summary>
public sealed class AlbumValidator(ReferenceIndex references, ErrorList errors)
{
    public List<Album> Read(IReadOnlyList<AlbumFolder> folders)
    {
        var albums = new List<Album>();
        foreach (var folder in folders)
        {
            if (!Slugs.IsValid(folder.Slug))
            {
                errors.Add(Stage.Validate, folder.Path, null, null, $"«{folder.Slug}» no sirve como dirección web (/galeria/{folder.Slug}/).",
                    $"renombre la carpeta a «{Slugs.From(folder.Slug)}».");
                continue;
            }

            if (folder.Album?.Root is not YamlMappingNode mapping)
            {
                if (folder.Album is not null)
                {
                    errors.Add(Stage.Validate, folder.Album.Path, 1, null, "se esperaba un grupo de claves («clave: valor»).", "vea el ejemplo del README, sección «Galería».");
                }

                continue;
            }

            var file = folder.Album.Path;
            var v = new SchemaReader(file, references, errors).Read(mapping, ContentSchemas.Album);
            var photos = v.List<FieldValues>("fotos").Select(p => ReadPhoto(folder, file, p)).OfType<Photo>().ToList();
            foreach (var duplicate in photos.GroupBy(p => p.FileName).Where(g => g.Count() > 1))
            {
                errors.Add(Stage.Validate, file, duplicate.Last().Line, "fotos.archivo", $"la foto «{duplicate.Key}» aparece más de una vez.", "deje una sola entrada por foto.");
            }

            foreach (var unlisted in folder.Files.Where(f => photos.All(p => p.FileName != Nfc(f))))
            {
                errors.Add(Stage.Validate, $"{folder.Path}/{unlisted}", null, null,
                    $"el archivo está en el álbum «{folder.Slug}» pero no en su album.yml, así que no tiene texto alternativo ni consentimiento.",
                    "agréguelo a «fotos» en album.yml con su «alt» y su «consentimiento», o sáquelo de la carpeta.");
            }

            if (v.Find<string>("titulo") is { } title && v.Find<DateOnly?>("fecha") is { } date)
            {
                albums.Add(new Album(folder.Slug, file, title, date, v.Find<string>("mesa"), v.Find<string>("estado"), v.Find<string>("descripcion"),
                    photos.DistinctBy(p => p.FileName).ToList()));
            }
        }

        return albums;
    }

    private Photo? ReadPhoto(AlbumFolder folder, string file, FieldValues p)
    {
        if (p.Find<string>("archivo") is not { } written || p.Find<string>("alt") is not { } alt)
        {
            return null;
        }

        // Names are compared in NFC: macOS and some cameras save «niño.jpg» decomposed (NFD), staff type it composed.
        var name = Nfc(written);
        if (folder.Files.FirstOrDefault(f => Nfc(f) == name) is not { } onDisk)
        {
            errors.Add(Stage.Validate, file, p.LineOf("archivo"), "fotos.archivo", $"no existe el archivo «{name}» en {folder.Path}/.",
                "revise el nombre (mayúsculas y extensión incluidas) o agregue el archivo a la carpeta.");
            return null;
        }

        var hasConsent = p.Find<FieldValues>("consentimiento") is { } consent && consent.Find<DateOnly?>("fecha") is not null && consent.Find<string>("registro") is not null;
        if (p.Find<FieldValues>("consentimiento") is null)
        {
            errors.Add(Stage.Validate, file, p.Line, "fotos.consentimiento",
                $"la foto «{name}» del álbum «{folder.Slug}» no tiene registro de consentimiento, así que no se publica.",
                "agregue «consentimiento:» con «fecha» y «registro» (dónde consta el formato firmado), o quite la foto del álbum.");
        }

        var areas = p.List<FieldValues>("ocultar")
            .Select(a => a.Find<int?>("x") is { } x && a.Find<int?>("y") is { } y && a.Find<int?>("ancho") is { } w && a.Find<int?>("alto") is { } h
                ? new HiddenArea(x, y, w, h, a.Find<string>("motivo"))
                : null)
            .OfType<HiddenArea>()
            .ToList();
        return new Photo(folder.Slug, name, $"{folder.Path}/{name}", Path.Combine(folder.FullPath, onDisk), p.Line, alt,
            p.Find<string>("pie"), p.Find<string>("credito"), hasConsent, areas)
        {
            InPressKit = p.Find<bool?>("kit_de_prensa") ?? false,
        };
    }

    private static string Nfc(string name) => name.Normalize(System.Text.NormalizationForm.FormC);
}
