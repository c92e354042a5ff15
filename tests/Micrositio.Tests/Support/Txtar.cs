namespace Micrositio.Tests.Support;

/// <summary>
/// Go's txtar format, as Hugo's integration tests use it: a line <c>-- path --</c> starts a file, and
/// every line up to the next such line is its text. Text before the first file is a comment.
/// </summary>
public static class Txtar
{
    public static IReadOnlyList<(string Path, string Text)> Parse(string archive)
    {
        var files = new List<(string Path, string Text)>();
        string? path = null;
        var lines = new List<string>();
        foreach (var line in archive.Replace("\r\n", "\n").Split('\n'))
        {
            var trimmed = line.TrimEnd();
            if (trimmed.StartsWith("-- ", StringComparison.Ordinal) && trimmed.EndsWith(" --", StringComparison.Ordinal) && trimmed.Length > 6)
            {
                Flush();
                path = trimmed[3..^3].Trim();
                continue;
            }

            lines.Add(line);
        }

        Flush();
        return files;

        void Flush()
        {
            if (path is not null)
            {
                while (lines.Count > 0 && lines[^1].Length == 0)
                {
                    lines.RemoveAt(lines.Count - 1);
                }

                files.Add((path, lines.Count == 0 ? "" : string.Join('\n', lines) + "\n"));
            }

            lines.Clear();
        }
    }
}
