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

    /// <summary>Hashes the photos from disk, in parallel (a warm build's Images stage is mostly this), in their order.</summary>
    public static IReadOnlyList<PhotoSource> FromFiles(IReadOnlyList<Photo> photos) =>
        photos.AsParallel().AsOrdered().WithDegreeOfParallelism(Math.Max(1, Environment.ProcessorCount)).Select(FromFile).ToList();

    public static PhotoSource FromFile(Photo photo)
    {
        using var stream = File.OpenRead(photo.FullPath);
        return new PhotoSource(photo, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream)), stream.Length,
            () => File.ReadAllBytes(photo.FullPath));
    }
}
