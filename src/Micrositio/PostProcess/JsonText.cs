using System.Text;
using System.Text.Json;

namespace Micrositio.PostProcess;

/// <summary>
/// A JSON file's text as a reader of its values sees it, for the personal-data check: every property name, string
/// and number, one per line, escapes decoded (a name written <c>P\u00e9rez</c> is read «Pérez»). The search index is
/// millions of characters; read as one text, each scan of it made several copies of that size on the large-object
/// heap (a cold 5,000-page build's peak memory: median 606 MB before, 536 MB after), so it comes in pieces of
/// <see cref="PieceLength"/> new characters. Each piece starts with the end of the one before (<see cref="Overlap"/>
/// characters, whole values), so what spans two pieces (a name split over two values) is still found whole.
/// </summary>
public static class JsonText
{
    public const int PieceLength = 32 * 1024;

    public const int Overlap = 512;

    /// <summary>
    /// Calls <paramref name="scan"/> with each piece and where its new text starts (what comes before repeats the
    /// piece before). Returns false, having called nothing, when the bytes are not JSON: they are then read as text.
    /// </summary>
    public static bool ForEachPiece(byte[] json, Action<string, int> scan)
    {
        if (!IsValid(json))
        {
            return false;
        }

        var piece = new StringBuilder(PieceLength + Overlap);
        var from = 0;
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.PropertyName or JsonTokenType.String)
            {
                piece.Append(reader.GetString()).Append('\n');
            }
            else if (reader.TokenType is JsonTokenType.Number)
            {
                piece.Append(Encoding.UTF8.GetString(reader.ValueSpan)).Append('\n');
            }

            // Counted from the carried text's end: a carried value longer than a piece is not scanned again for every value after it.
            if (piece.Length - from >= PieceLength)
            {
                var text = piece.ToString();
                scan(text, from);
                // Whole lines from the end, at least Overlap characters of them (or all, when a value is longer).
                var keep = text.LastIndexOf('\n', Math.Max(0, text.Length - 2 - Overlap));
                piece.Clear().Append(text, keep + 1, text.Length - keep - 1);
                from = piece.Length;
            }
        }

        if (piece.Length > from)
        {
            scan(piece.ToString(), from);
        }

        return true;
    }

    private static bool IsValid(byte[] json)
    {
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            while (reader.Read())
            {
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
