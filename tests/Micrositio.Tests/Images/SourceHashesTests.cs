using System.Security.Cryptography;
using Micrositio.Images;

namespace Micrositio.Tests.Images;

/// <summary>
/// Source photos' hashes are remembered by file identity, so a warm build reads no photo; a photo rewritten in
/// place is read again even when its size and modification time are made to look unchanged.
/// </summary>
public sealed class SourceHashesTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "micrositio-tests", Guid.NewGuid().ToString("N"));

    public SourceHashesTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void An_unchanged_photo_is_not_read_again_by_the_next_build()
    {
        var photo = Write("a.jpg", [1, 2, 3, 4]);
        var first = SourceHashes.Load(_folder);
        Assert.Equal(Sha256([1, 2, 3, 4]), first.Of(photo).Sha256);
        first.Save();

        var second = SourceHashes.Load(_folder);
        var (sha256, length) = second.Of(photo);

        Assert.Equal(Sha256([1, 2, 3, 4]), sha256);
        Assert.Equal(4, length);
        Assert.Equal(OperatingSystem.IsLinux() ? 0 : 1, second.Read);
    }

    [Fact]
    public void A_photo_rewritten_with_the_same_size_and_modification_time_is_read_again()
    {
        var photo = Write("a.jpg", [1, 2, 3, 4]);
        var modified = File.GetLastWriteTimeUtc(photo);
        var first = SourceHashes.Load(_folder);
        first.Of(photo);
        first.Save();

        // A tool that keeps the file's date (exiftool -P does) cannot keep its change time.
        Thread.Sleep(100);
        File.WriteAllBytes(photo, [9, 9, 9, 9]);
        File.SetLastWriteTimeUtc(photo, modified);
        var second = SourceHashes.Load(_folder);

        Assert.Equal(Sha256([9, 9, 9, 9]), second.Of(photo).Sha256);
        Assert.Equal(1, second.Read);
    }

    [Fact]
    public void A_photo_written_just_before_the_memory_was_saved_is_read_again()
    {
        var photo = Path.Combine(_folder, "a.jpg");
        File.WriteAllBytes(photo, [1, 2, 3]);
        var first = SourceHashes.Load(_folder);
        first.Of(photo);
        first.Save();

        var second = SourceHashes.Load(_folder);
        second.Of(photo);

        Assert.Equal(1, second.Read);
    }

    [Fact]
    public void A_damaged_memory_means_hashing_everything()
    {
        var photo = Write("a.jpg", [1, 2, 3]);
        File.WriteAllText(Path.Combine(_folder, "fuentes.tsv"), $"{photo}\tno es una identidad\n{photo}\tx\t{new string('0', 64)}\n");

        var hashes = SourceHashes.Load(_folder);

        Assert.Equal(Sha256([1, 2, 3]), hashes.Of(photo).Sha256);
        Assert.Equal(1, hashes.Read);
    }

    /// <summary>Writes a file, then lets the file system's clock move on: a file changed right before the memory is saved is not trusted.</summary>
    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        Thread.Sleep(100);
        return path;
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
