using Micrositio.Content;

namespace Micrositio.Images;

/// <summary>
/// A photo to process: its record, the SHA-256 of its bytes (hashed from disk, so a warm build never
/// holds a photo in memory), its size (checked before it is read), and how to read the bytes when they
/// are really needed.
/// </summary>
public sealed record PhotoSource(Photo Photo, string Sha256, long Length, Func<byte[]> Read)
{
    /// <summary>The photo's id: starts the name of all its derivatives.</summary>
    public string Id => Sha256[..12];

    /// <summary>
    /// Hashes the photos from disk, in parallel, in their order; a photo whose file did not change since an earlier
    /// build is not read (<see cref="SourceHashes"/>).
    /// </summary>
    public static IReadOnlyList<PhotoSource> FromFiles(IReadOnlyList<Photo> photos, SourceHashes? hashes = null) =>
        photos.AsParallel().AsOrdered().WithDegreeOfParallelism(Math.Max(1, Environment.ProcessorCount)).Select(p => FromFile(p, hashes)).ToList();

    public static PhotoSource FromFile(Photo photo, SourceHashes? hashes = null)
    {
        if (hashes is not null)
        {
            var (sha256, length) = hashes.Of(photo.FullPath);
            return new PhotoSource(photo, sha256, length, () => File.ReadAllBytes(photo.FullPath));
        }

        using var stream = File.OpenRead(photo.FullPath);
        return new PhotoSource(photo, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream)), stream.Length,
            () => File.ReadAllBytes(photo.FullPath));
    }
}
