using System.Text;

namespace Micrositio.Load;

/// <summary>One record of a CSV file and the line where it starts (1-based), for error messages.</summary>
public sealed record CsvRow(int Line, IReadOnlyList<string> Fields);

/// <summary>A CSV file's header and records, and the syntax problems found while reading it.</summary>
public sealed record CsvDocument(IReadOnlyList<string> Header, IReadOnlyList<CsvRow> Rows, IReadOnlyList<(int Line, string Problem)> Problems);

/// <summary>
/// RFC 4180 CSV: comma-separated, double quotes around fields that hold commas, quotes or line breaks,
/// <c>""</c> for a quote inside them. Blank lines are skipped; a UTF-8 BOM is ignored.
/// </summary>
public static class CsvText
{
    public static CsvDocument Parse(string text)
    {
        var records = new List<CsvRow>();
        var problems = new List<(int, string)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var fieldWasQuoted = false;
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;

        void EndField()
        {
            fields.Add(fieldWasQuoted ? field.ToString() : field.ToString().Trim());
            field.Clear();
            fieldWasQuoted = false;
        }

        void EndRecord()
        {
            EndField();
            if (fields.Count > 1 || fields[0].Length > 0)
            {
                records.Add(new CsvRow(recordLine, fields.ToArray()));
            }

            fields.Clear();
        }

        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.ToString().Trim().Length == 0 && !fieldWasQuoted:
                    field.Clear();
                    quoted = fieldWasQuoted = true;
                    break;
                case '"':
                    problems.Add((line, "hay comillas en medio de un valor; un valor con comillas debe ir completo entre comillas y escribirlas dobles (\"\")."));
                    field.Append(c);
                    break;
                case ',':
                    EndField();
                    break;
                case '\r':
                    break;
                case '\n':
                    EndRecord();
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (quoted)
        {
            problems.Add((recordLine, "unas comillas se abren y nunca se cierran."));
        }

        EndRecord();
        if (records.Count == 0)
        {
            return new CsvDocument([], [], problems);
        }

        return new CsvDocument(records[0].Fields, records.Skip(1).ToList(), problems);
    }

    /// <summary>Writes one record; quotes a field only when it needs it.</summary>
    public static string Line(IEnumerable<string> fields) =>
        string.Join(',', fields.Select(f => f.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + f.Replace("\"", "\"\"") + "\"" : f));
}
