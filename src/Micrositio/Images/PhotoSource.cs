using Micrositio.Content;

namespace Micrositio.Images;

/// <summary>
/// A photo to process: its record, its id (keyed by «álbum/archivo», see <see cref="PhotoKey"/>), a keyed digest of
/// its bytes (hashed from disk, so a warm build never holds a photo in memory; keyed, so no cache holds a plain hash
/// of an original), its size (checked before it is read), and how to read the bytes when they are really needed.
/// </summary>
public sealed record PhotoSource(Photo Photo, string Id, string Digest, long Length, Func<byte[]> Read)
{
    /// <summary>
    /// Hashes the photos from disk, in parallel, in their order; a photo whose file did not change since an earlier
    /// build is not read (<see cref="SourceHashes"/>).
    /// </summary>
    public static IReadOnlyList<PhotoSource> FromFiles(IReadOnlyList<Photo> photos, PhotoKey key, SourceHashes hashes) =>
        photos.AsParallel().AsOrdered().WithDegreeOfParallelism(Math.Max(1, Environment.ProcessorCount)).Select(p => FromFile(p, key, hashes)).ToList();

    public static PhotoSource FromFile(Photo photo, PhotoKey key, SourceHashes hashes)
    {
        var (digest, length) = hashes.Of(photo.FullPath);
        return new PhotoSource(photo, key.IdOf(photo.Album, photo.FileName), digest, length, () => File.ReadAllBytes(photo.FullPath));
    }

    /// <summary>A photo whose bytes are already in memory (tests, the image tools).</summary>
    public static PhotoSource FromBytes(Photo photo, byte[] bytes, PhotoKey key) =>
        new(photo, key.IdOf(photo.Album, photo.FileName), ContentDigest(key, System.Security.Cryptography.SHA256.HashData(bytes)), bytes.LongLength, () => bytes);

    /// <summary>The keyed digest of a photo's bytes, from their SHA-256 (which is never stored).</summary>
    public static string ContentDigest(PhotoKey key, byte[] sha256) => key.Digest("contenido", Convert.ToHexStringLower(sha256));
}
