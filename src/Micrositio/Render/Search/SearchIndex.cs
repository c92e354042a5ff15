using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Micrositio.Assemble;
using Micrositio.Content;
using Micrositio.Load;
using Micrositio.Text;

namespace Micrositio.Render.Search;

/// <summary>A page as search knows it: its kind (shown with each result), title, address and text.</summary>
public sealed record SearchDocument(string Kind, string Title, string Url, string Text);

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

    public static IReadOnlyList<SearchDocument> Documents(SiteModel site, Func<MarkdownSource, string> plainText, CancellationToken cancellation = default)
    {
        // What each document says before its body; the bodies (Markdown to plain text) are read in parallel below.
        var sources = new List<(string Kind, string Title, string Url, string Lead, MarkdownSource? Body)>();
        sources.AddRange(site.MesasBySlug.Values.Select(m =>
            ("Mesa", m.Name, Urls.Mesa(m.Slug), $"{site.StatesBySlug[m.State].Name}. {string.Join(", ", m.Municipalities)}. {m.Summary}\n", (MarkdownSource?)m.Body)));
        sources.AddRange(site.Content.States.Select(s => ("Estado", s.Name, Urls.State(s.Slug),
            $"{s.OfficialName}. " + string.Join(", ", site.MesasByState[s.Slug].Select(m => m.Name)) + ". ", (MarkdownSource?)s.Intro)));
        sources.AddRange(site.AchievementsNewestFirst.Select(a => ("Logro", a.Title, Urls.Achievement(a.Slug),
            $"{SpanishFormat.Date(a.Date)}. {a.Summary}\n", (MarkdownSource?)a.Body)));
        sources.AddRange(site.PublishedReleases.Select(r => ("Comunicado", r.Title, Urls.Release(r),
            $"{r.Place}, {SpanishFormat.Date(r.Date.Day)}. {r.Summary}\n", (MarkdownSource?)r.Body)));
        sources.AddRange(site.MeetingsNewestFirst.Select(m => ("Encuentro", m.Title, Urls.Meeting(m.Slug),
            $"{m.Venue}, {SpanishFormat.DateRange(m.Start, m.End)}. {m.Summary}\n", (MarkdownSource?)m.Body)));
        sources.AddRange(site.Content.Pages.Select(p => ("Página", p.Title, Urls.Page(p.Slug), (p.Description ?? "") + "\n", (MarkdownSource?)p.Body)));
        sources.AddRange(site.Content.Albums.Select(a => ("Álbum", a.Title, Urls.Album(a.Slug), a.Description ?? "", (MarkdownSource?)null)));
        return sources.AsParallel().AsOrdered().WithCancellation(cancellation)
            .Select(d => new SearchDocument(d.Kind, d.Title, d.Url, d.Lead + (d.Body is null ? "" : plainText(d.Body))))
            .ToList();
    }

    /// <summary>
    /// <c>{"documentos": [{"tipo","titulo","url","texto"}], "terminos": {"juarez": [doc, peso, doc, peso…]}}</c>,
    /// terms and postings in ordinal order so the same site gives the same bytes.
    /// </summary>
    public static byte[] Write(IReadOnlyList<SearchDocument> documents, CancellationToken cancellation = default)
    {
        // Each document's terms and weights in parallel (folding and stemming are most of the work), merged in order.
        var weights = documents.AsParallel().AsOrdered().WithCancellation(cancellation).Select(document =>
        {
            var terms = new Dictionary<string, int>(StringComparer.Ordinal);
            var lookup = terms.GetAlternateLookup<ReadOnlySpan<char>>();
            foreach (var (text, weight) in new[] { (document.Title, TitleWeight), (document.Text, 1) })
            {
                // A string is made only for each document's new terms, not for every word.
                SpanishSearch.ForEachTerm(text, (stem, ces) =>
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

            return terms;
        }).ToList();
        // Documents are taken in order, so each term's postings come out sorted by document as they are added.
        var postings = new Dictionary<string, List<(int Document, int Weight)>>(StringComparer.Ordinal);
        for (var d = 0; d < weights.Count; d++)
        {
            foreach (var (term, weight) in weights[d])
            {
                if (!postings.TryGetValue(term, out var byDocument))
                {
                    postings[term] = byDocument = [];
                }

                byDocument.Add((d, weight));
            }
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
                json.WriteString("texto", Snippet(document.Text));
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
