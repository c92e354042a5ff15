using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Micrositio.Brand;
using Micrositio.Write;

namespace Micrositio.PostProcess;

/// <summary>
/// What the PostProcess stage already knows from earlier builds (kept by the preview between rebuilds):
/// files that passed every per-file check, by path, content hash and lockup requirement, with the ids and
/// references of each page. Such a file is not parsed or checked again; only its references are, against
/// the new site, since a target may have gone. Everything is forgotten when the checks' own inputs change
/// (see <see cref="Context"/>), and only builds without errors are remembered.
/// </summary>
public sealed class CheckMemory
{
    private readonly ConcurrentDictionary<string, PageLinks> _passed = new(StringComparer.Ordinal);
    private string _context = "";

    /// <summary>The keys of the files of the last <see cref="Partition"/>, by path: <see cref="Remember"/> does not hash them again.</summary>
    private Dictionary<string, string> _keys = new(StringComparer.Ordinal);

    /// <summary>How many files the last <see cref="Partition"/> took from memory.</summary>
    public int LastReused { get; private set; }

    /// <summary>
    /// The inputs of the per-file checks besides the file itself: the checkers' settings (language, address,
    /// personal-data policy) and every stylesheet, SVG and brand file, which the logo rules read.
    /// </summary>
    public static string Context(IEnumerable<string> settings, IEnumerable<OutputFile> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var setting in settings)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(setting + "\n"));
        }

        foreach (var file in files.Where(f => f.Path.StartsWith("marca/", StringComparison.Ordinal) || f.Path.EndsWith(".svg", StringComparison.Ordinal) || f.Path.EndsWith(".css", StringComparison.Ordinal)))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file.Path + "\n"));
            hash.AppendData(SHA256.HashData(file.Bytes));
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>Splits the files into those to check and those known to pass (with their links).</summary>
    public (List<OutputFile> ToCheck, Dictionary<string, PageLinks> Known) Partition(
        string context, IReadOnlyList<OutputFile> files, IReadOnlyDictionary<string, LockupRequirement> requirements)
    {
        if (context != _context)
        {
            _passed.Clear();
            _context = context;
        }

        var toCheck = new List<OutputFile>();
        var known = new Dictionary<string, PageLinks>(StringComparer.Ordinal);
        _keys = files.AsParallel().Select(f => (f.Path, Key: Key(f, requirements))).ToDictionary(k => k.Path, k => k.Key, StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (_passed.TryGetValue(_keys[file.Path], out var links))
            {
                known[file.Path] = links;
            }
            else
            {
                toCheck.Add(file);
            }
        }

        LastReused = known.Count;
        return (toCheck, known);
    }

    /// <summary>Remembers every file of the last <see cref="Partition"/>, after a build that had no errors.</summary>
    public void Remember(IReadOnlyDictionary<string, PageLinks> links)
    {
        foreach (var (path, key) in _keys)
        {
            _passed[key] = links.GetValueOrDefault(path) ?? PageLinks.None;
        }

        // Keep only this build's files: an edit back and forth costs one check, and memory stays bounded.
        var current = _keys.Values.ToHashSet(StringComparer.Ordinal);
        foreach (var stale in _passed.Keys.Where(k => !current.Contains(k)))
        {
            _passed.TryRemove(stale, out _);
        }
    }

    private static string Key(OutputFile file, IReadOnlyDictionary<string, LockupRequirement> requirements)
    {
        var lockup = requirements.TryGetValue(file.Path, out var r) ? $"{r.PageLockup}|{r.Mesa}|{string.Join(',', r.Sponsors)}" : "";
        return $"{file.Path}\n{Convert.ToHexString(SHA256.HashData(file.Bytes))}\n{lockup}\n{file.SourcePath}";
    }
}
