using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Micrositio.Render.Press.Pdf;

/// <summary>
/// PDFs already written by earlier builds of this process (the preview keeps one between rebuilds), by a
/// fingerprint of everything printed: a PDF is a pure function of its <see cref="PressPdfDocument"/> (the
/// fonts are fixed per process), so an unchanged release is not laid out and painted again. Entries no
/// build asked for in the last round are dropped, so memory follows the site, not the session's history.
/// </summary>
public sealed class PdfMemory
{
    private ConcurrentDictionary<string, PdfOutput> _previous = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, PdfOutput> _current = new(StringComparer.Ordinal);

    private int _reused;

    /// <summary>How many PDFs the current build took from memory.</summary>
    public int Reused => _reused;

    /// <summary>Starts a build: what the last one used stays available, anything older goes.</summary>
    public void NextBuild()
    {
        _previous = _current;
        _current = new ConcurrentDictionary<string, PdfOutput>(StringComparer.Ordinal);
        _reused = 0;
    }

    public PdfOutput GetOrWrite(PressPdfDocument document, Func<PressPdfDocument, PdfOutput> write)
    {
        var key = Fingerprint(document);
        if (_current.TryGetValue(key, out var done) || _previous.TryGetValue(key, out done))
        {
            Interlocked.Increment(ref _reused);
            return _current[key] = done;
        }

        return _current[key] = write(document);
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
