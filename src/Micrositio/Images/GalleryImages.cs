using System.Text.RegularExpressions;
using Micrositio.Content;
using Micrositio.Diagnostics;
using Micrositio.Write;

namespace Micrositio.Images;

/// <summary>The output of the Images stage: derivatives of every publishable photo, and what was withdrawn.</summary>
public sealed record GalleryResult(
    IReadOnlyDictionary<string, ProcessedPhoto> PhotosBySource,
    IReadOnlyList<OutputFile> Files,
    IReadOnlyList<string> WithdrawnIds,
    int Processed,
    int Reused)
{
    public static GalleryResult Empty { get; } = new(new Dictionary<string, ProcessedPhoto>(), [], [], 0, 0);

    public ProcessedPhoto? Find(Photo photo) => PhotosBySource.GetValueOrDefault(photo.SourcePath);
}

/// <summary>
/// The Images stage: refuses sources that carry metadata (<see cref="SourcePhotoCheck"/>), resolves the withdrawal
/// list to photo ids, leaves out photos without consent or withdrawn, and has the <see cref="PhotoProcessor"/> make (or reuse) the derivatives of the rest.
/// </summary>
public static partial class GalleryImages
{
    public static GalleryResult Run(ContentSet content, string cacheDirectory, ImageLimits limits, PhotoKey key, ErrorList errors)
    {
        var photos = content.Albums.SelectMany(a => a.Photos).ToList();
        if (key.MissingOnNetlify && (photos.Count > 0 || content.WithdrawnPhotos.Count > 0))
        {
            errors.Add(Stage.Images, "input/galeria", null, null,
                $"falta la variable de entorno {PhotoKey.Variable} en Netlify: sin ella los ids de las fotos serían los de la clave local, que cualquiera puede calcular.",
                $"en Netlify, Site configuration → Environment variables, cree {PhotoKey.Variable} con un texto secreto largo (por ejemplo, la salida de «openssl rand -hex 32») y no la cambie: al cambiarla cambian las direcciones de todas las fotos.");
            return GalleryResult.Empty;
        }

        var sources = new Dictionary<string, PhotoSource>(StringComparer.Ordinal);
        var hashes = SourceHashes.Load(cacheDirectory, key);
        foreach (var source in PhotoSource.FromFiles(photos, key, hashes))
        {
            sources[source.Photo.SourcePath] = source;
        }

        hashes.Save();
        var clean = SourcePhotoCheck.Run([.. sources.Values.OrderBy(s => s.Photo.SourcePath, StringComparer.Ordinal)], cacheDirectory, errors)
            .Select(s => s.Photo.SourcePath).ToHashSet(StringComparer.Ordinal);

        var withdrawn = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var withdrawal in content.WithdrawnPhotos)
        {
            if (PhotoId().IsMatch(withdrawal.Entry))
            {
                withdrawn.Add(withdrawal.Entry);
            }
            else if (AlbumAndFile().IsMatch(withdrawal.Entry))
            {
                // The id comes from the name, so a photo whose file is already deleted is withdrawn all the same.
                withdrawn.Add(key.IdOf(withdrawal.Entry));
                if (!photos.Any(p => p.Reference.Normalize(System.Text.NormalizationForm.FormC) == withdrawal.Entry.Normalize(System.Text.NormalizationForm.FormC)))
                {
                    errors.Warn(Stage.Images, "input/" + Load.InputReader.WithdrawnPhotosFile, withdrawal.Line, null,
                        $"no hay una foto «{withdrawal.Entry}» en la galería; se retira de todos modos, por si se publicó antes con ese nombre.",
                        "si la foto ya se borró, no haga nada; si es una errata, escriba «álbum/archivo» tal como está en el album.yml.");
                }
            }
            else
            {
                errors.Add(Stage.Images, "input/" + Load.InputReader.WithdrawnPhotosFile, withdrawal.Line, null,
                    $"«{withdrawal.Entry}» no es ni «álbum/archivo» ni el id de una foto.",
                    "escriba «álbum/archivo» (por ejemplo «encuentro-2018/foto-001.jpg») o el id: los 12 caracteres con que empiezan los nombres de sus archivos en /fotos/.");
            }
        }

        var processor = new PhotoProcessor(cacheDirectory, limits, errors, key);
        processor.ForgetCached(withdrawn);
        var publishable = photos
            .Where(p => p.HasConsent && clean.Contains(p.SourcePath) && !withdrawn.Contains(sources[p.SourcePath].Id))
            .Select(p => sources[p.SourcePath])
            .ToList();
        var (processed, files) = processor.Process(publishable);
        return new GalleryResult(processed.ToDictionary(p => p.Photo.SourcePath, StringComparer.Ordinal), files, [.. withdrawn], processor.Processed, processor.Reused);
    }

    [GeneratedRegex("^[0-9a-f]{12}$")]
    private static partial Regex PhotoId();

    [GeneratedRegex(@"^[^/\s][^/]*/[^/]+\.[A-Za-z0-9]+$")]
    private static partial Regex AlbumAndFile();
}
