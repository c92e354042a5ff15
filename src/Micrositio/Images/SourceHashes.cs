using System.Security.Cryptography;
using System.Text;
using Micrositio.Write;

namespace Micrositio.Images;

/// <summary>
/// The keyed digests of source photos (<see cref="PhotoSource.ContentDigest"/>), remembered between builds by each file's identity — device, inode, size,
/// modification and change times, as git's index knows a file did not change — in <c>fuentes.tsv</c> of the
/// image cache, so a build whose photos did not change reads none of them. Any write to a file sets its change
/// time (ctime), which no program can set back, so a remembered hash is never stale. Where the system does not
/// tell the change time (not Linux), every photo is hashed, as before. As in git's "racy" rule, a file whose change
/// time is not clearly older than the moment the memory was saved is hashed again: it may have been written again
/// within the same tick of the file system's clock. Paths and contents are stored only as digests keyed with the
/// <see cref="PhotoKey"/>, so the cache names no file and holds no hash an original's holder could compare.
/// </summary>
public sealed class SourceHashes
{
    private const string FileName = "fuentes.tsv";

    /// <summary>File system clocks tick coarsely (a few milliseconds); a change this close to the save is not trusted.</summary>
    private const long RacyNanoseconds = 50_000_000;

    private readonly string _path;
    private readonly PhotoKey _key;
    private readonly long _savedAt;
    private readonly Dictionary<string, (string Identity, string Digest)> _known;
    private readonly Dictionary<string, (string Identity, string Digest)> _seen = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private int _read;

    private SourceHashes(string path, PhotoKey key, long savedAt, Dictionary<string, (string, string)> known)
    {
        _path = path;
        _key = key;
        _savedAt = savedAt;
        _known = known;
    }

    /// <summary>What earlier builds remembered in <paramref name="cacheDirectory"/>; nothing if it is missing or unreadable.</summary>
    public static SourceHashes Load(string cacheDirectory, PhotoKey? key = null)
    {
        key ??= PhotoKey.Local;
        var path = Path.Combine(cacheDirectory, FileName);
        var known = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        long savedAt = 0;
        try
        {
            foreach (var line in File.ReadLines(path))
            {
                if (line.Split('\t') is [var file, var identity, var digest] && digest.Length == 64)
                {
                    known[file] = (identity, digest);
                }
                else if (line.StartsWith(SavedAtPrefix, StringComparison.Ordinal) && long.TryParse(line.AsSpan(SavedAtPrefix.Length), out var at))
                {
                    savedAt = at;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // No memory: every photo is hashed, as on a first build.
        }

        return new SourceHashes(path, key, savedAt, known);
    }

    /// <summary>Files read and hashed (not known from an earlier build).</summary>
    public int Read => _read;

    /// <summary>The keyed digest and length of the file at <paramref name="fullPath"/>, from memory when the file is the same one.</summary>
    public (string Digest, long Length) Of(string fullPath)
    {
        var identity = FileIdentity.Of(fullPath);
        var name = _key.Digest("ruta", Path.GetFullPath(fullPath));
        lock (_lock)
        {
            if (identity is { } id && _known.TryGetValue(name, out var known) && known.Identity == id.Text && id.Changed < _savedAt - RacyNanoseconds)
            {
                _seen[name] = known;
                return (known.Digest, identity.Value.Length);
            }
        }

        Interlocked.Increment(ref _read);
        using var stream = File.OpenRead(fullPath);
        var digest = PhotoSource.ContentDigest(_key, SHA256.HashData(stream));
        // Identity is read again after hashing: a file rewritten meanwhile is not remembered with the old digest.
        if (identity is not null && FileIdentity.Of(fullPath) is { } after && after.Text == identity.Value.Text)
        {
            lock (_lock)
            {
                _seen[name] = (after.Text, digest);
            }
        }

        return (digest, stream.Length);
    }

    /// <summary>Keeps the photos of this build (only them), if anything changed; a memory that cannot be saved only costs time.</summary>
    public void Save()
    {
        lock (_lock)
        {
            if (_seen.Count == _known.Count && _seen.All(s => _known.TryGetValue(s.Key, out var k) && k == s.Value))
            {
                return;
            }

            try
            {
                var now = (DateTime.UtcNow - DateTime.UnixEpoch).Ticks * 100;
                var lines = _seen.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key}\t{s.Value.Identity}\t{s.Value.Digest}")
                    .Prepend(SavedAtPrefix + now.ToString(System.Globalization.CultureInfo.InvariantCulture));
                CacheEntry.Write(_path, Encoding.UTF8.GetBytes(string.Concat(lines.Select(l => l + "\n"))));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
            }
        }
    }

    private const string SavedAtPrefix = "# guardado (ns desde 1970): ";
}
