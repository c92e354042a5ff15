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
    public static GalleryResult Run(ContentSet content, string cacheDirectory, ImageLimits limits, ErrorList errors)
    {
        var photos = content.Albums.SelectMany(a => a.Photos).ToList();
        var sources = new Dictionary<string, PhotoSource>(StringComparer.Ordinal);
        var hashes = SourceHashes.Load(cacheDirectory);
        foreach (var source in PhotoSource.FromFiles(photos, hashes))
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
            else if (photos.FirstOrDefault(p => $"{p.Album}/{p.FileName}" == withdrawal.Entry) is { } photo && sources.TryGetValue(photo.SourcePath, out var source))
            {
                withdrawn.Add(source.Id);
            }
            else
            {
                errors.Add(Stage.Images, "input/" + Load.InputReader.WithdrawnPhotosFile, withdrawal.Line, null,
                    $"no hay una foto «{withdrawal.Entry}» en la galería.",
                    "escriba «álbum/archivo» de una foto del sitio o, si ya borró el archivo, su id: los 12 caracteres con que empiezan los nombres de sus archivos en /fotos/.");
            }
        }

        var processor = new PhotoProcessor(cacheDirectory, limits, errors);
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
}
