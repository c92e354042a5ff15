using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Micrositio.Assemble;
using Micrositio.Content;
using Micrositio.Load;
using Micrositio.Text;
using Micrositio.Write;

namespace Micrositio.Render.Search;

/// <summary>A page as search shows it: its kind, title, address and the start of its text.</summary>
public sealed record SearchDocument(string Kind, string Title, string Url, string Snippet);

/// <summary>
/// <c>/buscar/indice.json</c>: every published page worth finding, with an inverted index of folded,
/// stemmed terms, written by the build so search needs no server and no third party. Only published
/// content is read (releases under embargo are not in <see cref="SiteModel.PublishedReleases"/>), and photo
/// captions are left out, so a withdrawn photo cannot be found.
/// </summary>
public static class SearchIndex
{
    public const string Url = "/buscar/indice.json";

    /// <summary>Characters of each page's text kept for the result's snippet; the terms cover the whole text.</summary>
    public const int SnippetSource = 700;

    /// <summary>A term in a title counts this many times a term in the text.</summary>
    public const int TitleWeight = 10;

    /// <summary>This build of the generator and of Markdig (bodies as plain text): new code must index again.</summary>
    private static readonly string CodeVersion = string.Join(",",
        typeof(SearchIndex).Assembly.ManifestModule.ModuleVersionId, typeof(Markdig.Markdown).Assembly.ManifestModule.ModuleVersionId);

    /// <summary>
    /// The index file of <paramref name="site"/>. With a cache folder it is kept there by a key of everything it is
    /// made from (each document's kind, title, address, lead and Markdown body, and the code), so a build whose
    /// documents did not change reads no body and indexes nothing: a tenth of a warm 5,000-page build. Indexes no
    /// build uses any more are deleted after each build (<see cref="Build.BuildCaches"/>).
    /// </summary>
    /// <returns>The file, and whether it was indexed now (false: taken from the cache).</returns>
    public static (OutputFile File, bool Indexed) Make(SiteModel site, Func<MarkdownSource, string> plainText, string? cacheDirectory, CancellationToken cancellation = default)
    {
        var path = Url.TrimStart('/');
        var sources = Sources(site);
        if (cacheDirectory is null)
        {
            return (new OutputFile(path, Write(sources, plainText, cancellation)), true);
        }

        var entry = Path.Combine(cacheDirectory, Key(sources) + ".json");
        if (File.Exists(entry))
        {
            return (OutputFile.Cached(path, entry), false);
        }

        var bytes = Write(sources, plainText, cancellation);
        try
        {
            CacheEntry.Write(entry, bytes);
            return (OutputFile.Cached(path, entry, length: bytes.Length), true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (new OutputFile(path, bytes), true); // a cache that cannot be written only costs time on the next build
        }
    }

    private static string Key(IEnumerable<DocumentSource> sources)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(CodeVersion));
        foreach (var source in sources)
        {
            // Separators that Markdown and YAML text cannot hold keep two different lists from hashing alike.
            hash.AppendData(Encoding.UTF8.GetBytes($"\u0000{source.Kind}\u0001{source.Title}\u0001{source.Url}\u0001{source.Lead}\u0001{source.Body?.Text}"));
        }

        return Convert.ToHexString(hash.GetHashAndReset()).ToLowerInvariant();
    }

    /// <summary>What each document is made of; its body is read as plain text only when it is indexed.</summary>
    private sealed record DocumentSource(string Kind, string Title, string Url, string Lead, MarkdownSource? Body);

    private static List<DocumentSource> Sources(SiteModel site) =>
    [
        .. site.MesasBySlug.Values.Select(m => new DocumentSource("Mesa", m.Name, Urls.Mesa(m.Slug),
            $"{site.StatesBySlug[m.State].Name}. {string.Join(", ", m.Municipalities)}. {m.Summary}\n", m.Body)),
        .. site.Content.States.Select(s => new DocumentSource("Estado", s.Name, Urls.State(s.Slug),
            $"{s.OfficialName}. " + string.Join(", ", site.MesasByState[s.Slug].Select(m => m.Name)) + ". ", s.Intro)),
        .. site.AchievementsNewestFirst.Select(a => new DocumentSource("Logro", a.Title, Urls.Achievement(a.Slug),
            $"{SpanishFormat.Date(a.Date)}. {a.Summary}\n", a.Body)),
        .. site.PublishedReleases.Select(r => new DocumentSource("Comunicado", r.Title, Urls.Release(r),
            $"{r.Place}, {SpanishFormat.Date(r.Date.Day)}. {r.Summary}\n", r.Body)),
        .. site.MeetingsNewestFirst.Select(m => new DocumentSource("Encuentro", m.Title, Urls.Meeting(m.Slug),
            $"{m.Venue}, {SpanishFormat.DateRange(m.Start, m.End)}. {m.Summary}\n", m.Body)),
        .. site.Content.Pages.Select(p => new DocumentSource("Página", p.Title, Urls.Page(p.Slug), (p.Description ?? "") + "\n", p.Body)),
        .. site.Content.Albums.Select(a => new DocumentSource("Álbum", a.Title, Urls.Album(a.Slug), a.Description ?? "", null)),
    ];

    /// <summary>
    /// <c>{"documentos": [{"tipo","titulo","url","texto"}], "terminos": {"juarez": [doc, peso, doc, peso…]}}</c>,
    /// terms and postings in ordinal order so the same site gives the same bytes.
    /// </summary>
    private static byte[] Write(List<DocumentSource> sources, Func<MarkdownSource, string> plainText, CancellationToken cancellation = default)
    {
        // Each document is read as plain text, folded and stemmed in parallel (most of the work), and merged in order as it
        // comes: only its snippet and its terms' weights outlive it, so the bodies' text is never in memory all at once.
        var documents = new List<SearchDocument>(sources.Count);
        var postings = new Dictionary<string, List<(int Document, int Weight)>>(StringComparer.Ordinal);
        foreach (var (document, terms) in sources.AsParallel().AsOrdered().WithCancellation(cancellation).Select(d => Index(d, plainText)))
        {
            // Documents are taken in order, so each term's postings come out sorted by document as they are added.
            foreach (var (term, weight) in terms)
            {
                if (!postings.TryGetValue(term, out var byDocument))
                {
                    postings[term] = byDocument = [];
                }

                byDocument.Add((documents.Count, weight));
            }

            documents.Add(document);
        }

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("documentos");
            foreach (var document in documents)
            {
                json.WriteStartObject();
                json.WriteString("tipo", document.Kind);
                json.WriteString("titulo", document.Title);
                json.WriteString("url", document.Url);
                json.WriteString("texto", document.Snippet);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("terminos");
            foreach (var (term, byDocument) in postings.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                json.WriteStartArray(term);
                foreach (var (document, weight) in byDocument)
                {
                    json.WriteNumberValue(document);
                    json.WriteNumberValue(weight);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>A document as the index shows it (its text cut to the snippet) and the weight of each of its terms.</summary>
    private static (SearchDocument Document, Dictionary<string, int> Terms) Index(DocumentSource source, Func<MarkdownSource, string> plainText)
    {
        var text = source.Lead + (source.Body is null ? "" : plainText(source.Body));
        var terms = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = terms.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (part, weight) in new[] { (source.Title, TitleWeight), (text, 1) })
        {
            // A string is made only for each document's new terms, not for every word.
            SpanishSearch.ForEachTerm(part, (stem, ces) =>
            {
                if (ces)
                {
                    var term = string.Concat(stem, "z");
                    terms[term] = terms.GetValueOrDefault(term) + weight;
                }
                else
                {
                    lookup[stem] = lookup.TryGetValue(stem, out var sum) ? sum + weight : weight;
                }
            });
        }

        return (new SearchDocument(source.Kind, source.Title, source.Url, Snippet(text)), terms);
    }

    /// <summary>The text's start with every run of white space made one space, up to <see cref="SnippetSource"/> characters.</summary>
    private static string Snippet(string text)
    {
        var flat = new StringBuilder(SnippetSource);
        foreach (var word in text.AsSpan().SplitAny(Whitespace))
        {
            if (word.Start.GetOffset(text.Length) == word.End.GetOffset(text.Length))
            {
                continue;
            }

            if (flat.Length > 0)
            {
                flat.Append(' ');
            }

            flat.Append(text.AsSpan()[word]);
            if (flat.Length >= SnippetSource)
            {
                return flat.ToString(0, SnippetSource);
            }
        }

        return flat.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> Whitespace = System.Buffers.SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace).ToArray());
}
