using System.Security.Cryptography;
using System.Text;
using Micrositio.Write;

namespace Micrositio.Images;

/// <summary>
/// The SHA-256 of source photos, remembered between builds by each file's identity — device, inode, size,
/// modification and change times, as git's index knows a file did not change — in <c>fuentes.tsv</c> of the
/// image cache, so a build whose photos did not change reads none of them. Any write to a file sets its change
/// time (ctime), which no program can set back, so a remembered hash is never stale. Where the system does not
/// tell the change time (not Linux), every photo is hashed, as before. As in git's "racy" rule, a file whose change
/// time is not clearly older than the moment the memory was saved is hashed again: it may have been written again
/// within the same tick of the file system's clock.
/// </summary>
public sealed class SourceHashes
{
    private const string FileName = "fuentes.tsv";

    /// <summary>File system clocks tick coarsely (a few milliseconds); a change this close to the save is not trusted.</summary>
    private const long RacyNanoseconds = 50_000_000;

    private readonly string _path;
    private readonly long _savedAt;
    private readonly Dictionary<string, (string Identity, string Sha256)> _known;
    private readonly Dictionary<string, (string Identity, string Sha256)> _seen = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private int _read;

    private SourceHashes(string path, long savedAt, Dictionary<string, (string, string)> known)
    {
        _path = path;
        _savedAt = savedAt;
        _known = known;
    }

    /// <summary>What earlier builds remembered in <paramref name="cacheDirectory"/>; nothing if it is missing or unreadable.</summary>
    public static SourceHashes Load(string cacheDirectory)
    {
        var path = Path.Combine(cacheDirectory, FileName);
        var known = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        long savedAt = 0;
        try
        {
            foreach (var line in File.ReadLines(path))
            {
                if (line.Split('\t') is [var file, var identity, var sha256] && sha256.Length == 64)
                {
                    known[file] = (identity, sha256);
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

        return new SourceHashes(path, savedAt, known);
    }

    /// <summary>Files read and hashed (not known from an earlier build).</summary>
    public int Read => _read;

    /// <summary>The SHA-256 and length of the file at <paramref name="fullPath"/>, from memory when the file is the same one.</summary>
    public (string Sha256, long Length) Of(string fullPath)
    {
        var identity = FileIdentity.Of(fullPath);
        lock (_lock)
        {
            if (identity is { } id && _known.TryGetValue(fullPath, out var known) && known.Identity == id.Text && id.Changed < _savedAt - RacyNanoseconds)
            {
                _seen[fullPath] = known;
                return (known.Sha256, identity.Value.Length);
            }
        }

        Interlocked.Increment(ref _read);
        using var stream = File.OpenRead(fullPath);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(stream));
        // Identity is read again after hashing: a file rewritten meanwhile is not remembered with the old hash.
        if (identity is not null && FileIdentity.Of(fullPath) is { } after && after.Text == identity.Value.Text)
        {
            lock (_lock)
            {
                _seen[fullPath] = (after.Text, sha256);
            }
        }

        return (sha256, stream.Length);
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
                var lines = _seen.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key}\t{s.Value.Identity}\t{s.Value.Sha256}")
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
