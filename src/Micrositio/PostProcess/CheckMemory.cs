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
/// (see <see cref="Context"/>), and only builds without errors are remembered. The CLI keeps it on disk
/// between builds (<see cref="Load"/>, <see cref="Save"/>: <c>.cache/revision</c>, like the image cache).
/// </summary>
public sealed class CheckMemory
{
    /// <summary>This build of the generator and of the HTML and CSS readers: new checking code must check every file again.</summary>
    private static readonly string CodeVersion = string.Join(",",
        typeof(CheckMemory).Assembly.ManifestModule.ModuleVersionId,
        typeof(AngleSharp.Html.Parser.HtmlParser).Assembly.ManifestModule.ModuleVersionId,
        typeof(AngleSharp.Css.Parser.CssParser).Assembly.ManifestModule.ModuleVersionId);

    private const string FileMagic = "micrositio-revision-2";

    private readonly ConcurrentDictionary<string, PageLinks> _passed = new(StringComparer.Ordinal);
    private string _context = "";

    /// <summary>The keys of the files of this build's <see cref="Partition"/>s, by path: <see cref="Remember"/> does not hash them again.</summary>
    private ConcurrentDictionary<string, string> _keys = new(StringComparer.Ordinal);

    private int _reused;

    /// <summary>How many files this build (since <see cref="Begin"/>) took from memory.</summary>
    public int LastReused => _reused;

    /// <summary>
    /// The inputs of the per-file checks besides the file itself: the checkers' settings (language, address,
    /// personal-data policy) and every stylesheet, SVG and brand file, which the logo rules read.
    /// </summary>
    public static string Context(IEnumerable<string> settings, IEnumerable<OutputFile> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var setting in settings.Prepend(CodeVersion))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(setting + "\n"));
        }

        foreach (var file in files.Where(f => f.Path.StartsWith("marca/", StringComparison.Ordinal) || f.Path.EndsWith(".svg", StringComparison.Ordinal) || f.Path.EndsWith(".css", StringComparison.Ordinal)))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file.Path + "\n" + file.ContentKey() + "\n"));
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>Starts a build whose checks depend on <paramref name="context"/> (<see cref="Context"/>): what passed with another context is forgotten.</summary>
    public void Begin(string context)
    {
        if (context != _context)
        {
            _passed.Clear();
            _context = context;
        }

        _keys = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        _reused = 0;
    }

    /// <summary>Splits files of this build (a batch at a time) into those to check and those known to pass (with their links).</summary>
    public (List<OutputFile> ToCheck, Dictionary<string, PageLinks> Known) Partition(
        IReadOnlyList<OutputFile> files, IReadOnlyDictionary<string, LockupRequirement> requirements)
    {
        var toCheck = new List<OutputFile>();
        var known = new Dictionary<string, PageLinks>(StringComparer.Ordinal);
        foreach (var (file, key) in files.AsParallel().AsOrdered().Select(f => (File: f, Key: Key(f, requirements))).ToList())
        {
            _keys[file.Path] = key;
            if (_passed.TryGetValue(key, out var links))
            {
                known[file.Path] = links;
            }
            else
            {
                toCheck.Add(file);
            }
        }

        Interlocked.Add(ref _reused, known.Count);
        return (toCheck, known);
    }

    /// <summary>Remembers every file of this build's <see cref="Partition"/>s, after a build that had no errors.</summary>
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
        // Hashed: the memory is saved in .cache/, which must name no original photo nor any absolute path.
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{file.Path}\n{file.ContentKey()}\n{lockup}\n{file.SourcePath}")));
    }

    /// <summary>What an earlier build saved at <paramref name="path"/>; an empty memory if there is none or it cannot be read.</summary>
    public static CheckMemory Load(string path)
    {
        var memory = new CheckMemory();
        try
        {
            using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
            if (reader.ReadString() != FileMagic)
            {
                return memory;
            }

            memory._context = reader.ReadString();
            var strings = new string[reader.ReadInt32()];
            for (var i = 0; i < strings.Length; i++)
            {
                strings[i] = reader.ReadString();
            }

            // Pages share most of their links (the navigation, the footer): each distinct one is made once, not once per page.
            var shared = new Dictionary<(int Element, int Url, bool LoadsResource), PageReference>();
            for (var entries = reader.ReadInt32(); entries > 0; entries--)
            {
                var key = reader.ReadString();
                var ids = new HashSet<string>(StringComparer.Ordinal);
                for (var n = reader.Read7BitEncodedInt(); n > 0; n--)
                {
                    ids.Add(strings[reader.Read7BitEncodedInt()]);
                }

                var references = new PageReference[reader.Read7BitEncodedInt()];
                for (var i = 0; i < references.Length; i++)
                {
                    var (element, url, loads) = (reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt(), reader.ReadBoolean());
                    if (!shared.TryGetValue((element, url, loads), out var reference))
                    {
                        shared[(element, url, loads)] = reference = new PageReference(strings[element], strings[url], loads);
                    }

                    references[i] = reference;
                }

                memory._passed[key] = new PageLinks(ids, references);
            }

            return memory;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or EndOfStreamException or IndexOutOfRangeException or FormatException)
        {
            // Missing or damaged: the build checks everything, as if the cache had been deleted.
            return new CheckMemory();
        }
    }

    /// <summary>Writes what is remembered to <paramref name="path"/>, through a rename so a reader never sees half a file.</summary>
    public void Save(string path)
    {
        var strings = new Dictionary<string, int>(StringComparer.Ordinal);
        int Index(string value) => strings.TryGetValue(value, out var index) ? index : strings[value] = strings.Count;
        var entries = _passed.OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
        var body = new MemoryStream();
        using (var writer = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(entries.Count);
            foreach (var (key, links) in entries)
            {
                writer.Write(key);
                writer.Write7BitEncodedInt(links.Ids.Count);
                foreach (var id in links.Ids.Order(StringComparer.Ordinal))
                {
                    writer.Write7BitEncodedInt(Index(id));
                }

                writer.Write7BitEncodedInt(links.References.Count);
                foreach (var reference in links.References)
                {
                    writer.Write7BitEncodedInt(Index(reference.Element));
                    writer.Write7BitEncodedInt(Index(reference.Url));
                    writer.Write(reference.LoadsResource);
                }
            }
        }

        try
        {
            CacheEntry.Write(path, stream =>
            {
                using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
                writer.Write(FileMagic);
                writer.Write(_context);
                writer.Write(strings.Count);
                foreach (var value in strings.OrderBy(s => s.Value).Select(s => s.Key))
                {
                    writer.Write(value);
                }

                writer.Write(body.GetBuffer(), 0, (int)body.Length);
            });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A memory that cannot be saved only costs time on the next build.
        }
    }
}
