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
        Assert.Equal(Digest([1, 2, 3, 4]), first.Of(photo).Digest);
        first.Save();

        var second = SourceHashes.Load(_folder);
        var (digest, length) = second.Of(photo);

        Assert.Equal(Digest([1, 2, 3, 4]), digest);
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

        Assert.Equal(Digest([9, 9, 9, 9]), second.Of(photo).Digest);
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

        Assert.Equal(Digest([1, 2, 3]), hashes.Of(photo).Digest);
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

    [Fact]
    public void The_memory_names_no_file_and_holds_no_plain_hash_and_its_digests_change_with_the_key()
    {
        var photo = Write("IMG_20181122_183012.jpg", [5, 6, 7, 8]);
        var hashes = SourceHashes.Load(_folder);
        var local = hashes.Of(photo).Digest;
        hashes.Save();

        var memory = File.ReadAllText(Path.Combine(_folder, "fuentes.tsv"));
        Assert.DoesNotContain("IMG_20181122_183012", memory, StringComparison.Ordinal);
        Assert.DoesNotContain(_folder, memory, StringComparison.Ordinal);
        foreach (var plain in new[] { SHA256.HashData(new byte[] { 5, 6, 7, 8 }), SHA1.HashData(new byte[] { 5, 6, 7, 8 }), MD5.HashData(new byte[] { 5, 6, 7, 8 }) })
        {
            Assert.DoesNotContain(Convert.ToHexStringLower(plain)[..12], memory, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains(local, memory, StringComparison.Ordinal);
        Assert.NotEqual(local, SourceHashes.Load(_folder, PhotoKey.Of("otra clave")).Of(photo).Digest);
    }

    private static string Digest(byte[] bytes) => PhotoSource.ContentDigest(PhotoKey.Local, SHA256.HashData(bytes));
}
