using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Micrositio.Write;

namespace Micrositio.Render.Press.Pdf;

/// <summary>
/// PDFs already written, by a fingerprint of everything printed: a PDF is a pure function of its
/// <see cref="PressPdfDocument"/>, its fonts and this code, so an unchanged release is not laid out and
/// painted again. In memory (the preview keeps one between rebuilds; entries no build asked for in the last
/// round are dropped) and, with a folder, on disk as well (<c>.cache/pdf</c>, kept between builds like the
/// image cache; the key includes the fonts' and the generator's own fingerprints, so a changed font or
/// layout code never serves an old PDF). The folder can be deleted at any time.
/// </summary>
public sealed class PdfMemory(string? directory = null)
{
    /// <summary>This build of the generator, which writes the PDFs itself: a code change must not reuse a PDF laid out by the old code.</summary>
    private static readonly string CodeVersion = typeof(PdfMemory).Assembly.ManifestModule.ModuleVersionId.ToString();

    private readonly ConcurrentDictionary<string, string> _fontHashes = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, PdfOutput> _previous = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, PdfOutput> _current = new(StringComparer.Ordinal);
    private int _reused;
    private int _written;

    /// <summary>How many PDFs the current build took from memory.</summary>
    public int Reused => _reused;

    /// <summary>How many PDFs the current build laid out and printed.</summary>
    public int Written => _written;

    /// <summary>The cache files of the PDFs this build used, published or not (the fact sheet goes only into the kit).</summary>
    public IEnumerable<string> UsedFiles => _current.Values.SelectMany(p => new[] { p.CacheFile, p.TextFile }).OfType<string>();

    /// <summary>Starts a build: what the last one used stays available, anything older goes.</summary>
    public void NextBuild()
    {
        _previous = _current;
        _current = new ConcurrentDictionary<string, PdfOutput>(StringComparer.Ordinal);
        _reused = 0;
        _written = 0;
    }

    /// <summary>The PDF of <paramref name="document"/> with the fonts of <paramref name="fontDirectory"/>: remembered, cached on disk, or written now.</summary>
    public PdfOutput GetOrWrite(PressPdfDocument document, string fontDirectory, Func<PressPdfDocument, PdfOutput> write)
    {
        var key = Key(Fingerprint(document), fontDirectory);
        if (((_current.TryGetValue(key, out var done) || _previous.TryGetValue(key, out done)) && Present(done)) || TryRead(key, out done))
        {
            Interlocked.Increment(ref _reused);
            return _current[key] = done;
        }

        var written = write(document);
        Interlocked.Increment(ref _written);
        return _current[key] = Save(key, written);
    }

    // A remembered PDF whose cache entry was pruned (a build that did not use it) must be written again.
    private static bool Present(PdfOutput output) =>
        output.CacheFile is null || (File.Exists(output.CacheFile) && (output.TextFile is null || File.Exists(output.TextFile)));

    private string Key(string fingerprint, string fontDirectory)
    {
        var fonts = _fontHashes.GetOrAdd(Path.GetFullPath(fontDirectory), folder =>
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            foreach (var font in Directory.EnumerateFiles(folder, "*.ttf").Order(StringComparer.Ordinal))
            {
                hash.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(font)));
                hash.AppendData(SHA256.HashData(File.ReadAllBytes(font)));
            }

            return Convert.ToHexString(hash.GetHashAndReset());
        });
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{fingerprint}\n{fonts}\n{CodeVersion}")))[..32].ToLowerInvariant();
    }

    private bool TryRead(string key, out PdfOutput output)
    {
        output = null!;
        if (directory is null || !File.Exists(Path.Combine(directory, key + ".pdf")) || !File.Exists(Path.Combine(directory, key + ".txt")))
        {
            return false;
        }

        output = PdfOutput.Cached(Path.Combine(directory, key + ".pdf"), Path.Combine(directory, key + ".txt"));
        return true;
    }

    /// <summary>
    /// The text first, then the PDF, each through a rename: a reader finds both or no PDF. What is returned is the
    /// cache entry, so the build holds no PDF in memory (and links it into output/); without a folder, the bytes.
    /// </summary>
    private PdfOutput Save(string key, PdfOutput output)
    {
        if (directory is null)
        {
            return output;
        }

        try
        {
            CacheEntry.Write(Path.Combine(directory, key + ".txt"), Encoding.UTF8.GetBytes(output.Text));
            CacheEntry.Write(Path.Combine(directory, key + ".pdf"), output.Bytes);

            return PdfOutput.Cached(Path.Combine(directory, key + ".pdf"), Path.Combine(directory, key + ".txt"));
        }
        catch (IOException)
        {
            // A cache that cannot be written only costs time on the next build.
            return output;
        }
    }

    /// <summary>SHA-256 of every field of the document, blocks and runs included, in a canonical text.</summary>
    public static string Fingerprint(PressPdfDocument document)
    {
        var text = new StringBuilder()
            .Append(document.Title).Append('\u0001').Append(document.Language).Append('\u0001').Append(document.Subject).Append('\u0001')
            .Append(document.Date.ToString("O", System.Globalization.CultureInfo.InvariantCulture)).Append('\u0001')
            .Append(document.Kicker).Append('\u0001').Append(document.Lead).Append('\u0001').Append(document.Dateline).Append('\u0001')
            .Append(document.Footer).Append('\u0001');
        foreach (var logo in document.HeaderLogos)
        {
            text.Append("logo ").Append(Convert.ToHexString(SHA256.HashData(logo.Png))).Append(' ')
                .Append(logo.HeightPoints.ToString("R", System.Globalization.CultureInfo.InvariantCulture)).Append(' ').Append(logo.Alt).Append('\u0001');
        }

        Blocks(text.Append("body\u0001"), document.Body);
        Blocks(text.Append("closing\u0001"), document.Closing);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static void Blocks(StringBuilder text, IEnumerable<PdfBlock> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case PdfHeading heading:
                    Runs(text.Append("h").Append(heading.Level).Append('\u0002'), heading.Runs);
                    break;
                case PdfParagraph paragraph:
                    Runs(text.Append("p\u0002"), paragraph.Runs);
                    break;
                case PdfList list:
                    text.Append(list.Ordered ? "ol " : "ul ").Append(list.Start).Append('\u0002');
                    foreach (var item in list.Items)
                    {
                        Blocks(text.Append("li\u0002"), item);
                        text.Append("/li\u0002");
                    }

                    text.Append("/list\u0002");
                    break;
                case PdfQuote quote:
                    Blocks(text.Append("quote\u0002"), quote.Blocks);
                    text.Append("/quote\u0002");
                    break;
                case PdfRule:
                    text.Append("rule\u0002");
                    break;
                default:
                    // A new kind of block must be added here, or two different PDFs could share a fingerprint.
                    throw new NotSupportedException($"PdfMemory cannot fingerprint {block.GetType().Name}.");
            }
        }
    }

    private static void Runs(StringBuilder text, IEnumerable<PdfRun> runs)
    {
        foreach (var run in runs)
        {
            text.Append(run.Bold ? 'b' : '-').Append(run.Italic ? 'i' : '-').Append(run.LinkUrl).Append('\u0003').Append(run.Text).Append('\u0003');
        }
    }
}
