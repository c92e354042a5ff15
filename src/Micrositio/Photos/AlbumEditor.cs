using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Micrositio.Photos;

/// <summary>
/// Edits an album folder the way staff would by hand, keeping their comments and layout: neutral file names
/// (foto-001.jpg, …), new entries appended to the «fotos» list of album.yml, an entry removed. Every file is
/// written aside and moved into place, so a failure never leaves half a file.
/// </summary>
public static partial class AlbumEditor
{
    public const string AlbumFile = "album.yml";

    /// <summary>
    /// <paramref name="count"/> neutral names, numbered after every number already used in the album by a file, an
    /// album.yml entry or a line of <paramref name="withdrawals"/> (so a withdrawn photo's name is never reused).
    /// </summary>
    public static IReadOnlyList<string> NeutralNames(string albumFolder, string album, string withdrawals, IReadOnlyList<string> extensions)
    {
        var used = new HashSet<int>();
        void Collect(string text)
        {
            foreach (Match match in NeutralName().Matches(text))
            {
                used.Add(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
            }
        }

        foreach (var file in Directory.EnumerateFiles(albumFolder))
        {
            Collect(Path.GetFileName(file));
        }

        var yml = Path.Combine(albumFolder, AlbumFile);
        if (File.Exists(yml))
        {
            Collect(File.ReadAllText(yml));
        }

        foreach (var line in withdrawals.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith(album + "/", StringComparison.Ordinal)))
        {
            Collect(line[(album.Length + 1)..]);
        }

        var names = new List<string>();
        var next = used.Count == 0 ? 1 : used.Max() + 1;
        foreach (var extension in extensions)
        {
            names.Add(string.Create(CultureInfo.InvariantCulture, $"foto-{next++:000}{extension}"));
        }

        return names;
    }

    /// <summary>The entry `fotos agregar` writes: the file, and the keys staff must fill in before the photo is published.</summary>
    public static string Entry(string fileName) =>
        $"""
          - archivo: {fileName}
            # Complete «alt» y «consentimiento» antes de publicar; «./micrositio check» falla mientras falten.
            alt:
            consentimiento:
              fecha:
              registro:

        """;

    /// <summary>album.yml with <paramref name="entries"/> added at the end of its «fotos» list (the key is added if missing).</summary>
    public static string AppendEntries(string yaml, IEnumerable<string> entries)
    {
        var text = string.Concat(entries);
        var lines = yaml.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        if (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        var key = lines.FindIndex(l => FotosKey().IsMatch(l));
        if (key < 0)
        {
            lines.Add("fotos:");
            key = lines.Count - 1;
        }
        else
        {
            lines[key] = "fotos:";
        }

        // The list ends at the next top-level key; trailing comments and blank lines stay after the new entries.
        var end = key + 1;
        var last = key + 1;
        for (; end < lines.Count; end++)
        {
            var line = lines[end];
            if (line.Length > 0 && line[0] is not (' ' or '#' or '-'))
            {
                break;
            }

            if (line.TrimStart().Length > 0 && !line.StartsWith('#'))
            {
                last = end + 1;
            }
        }

        lines.InsertRange(last, text.TrimEnd('\n').Split('\n'));
        return string.Join('\n', lines) + "\n";
    }

    /// <summary>album.yml without the «fotos» entry of <paramref name="fileName"/>, or null when there is no such entry.</summary>
    public static string? RemoveEntry(string yaml, string fileName)
    {
        var lines = yaml.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        var start = lines.FindIndex(l => EntryStart().Match(l) is { Success: true } m && Unquote(m.Groups[2].Value) == fileName);
        if (start < 0)
        {
            return null;
        }

        var indent = EntryStart().Match(lines[start]).Groups[1].Value.Length;
        var end = start + 1;
        while (end < lines.Count && (lines[end].Trim().Length == 0 || Indent(lines[end]) > indent) && !IsTopLevel(lines[end]))
        {
            end++;
        }

        // Blank lines that separated the entry from the next one stay.
        while (end > start + 1 && lines[end - 1].Trim().Length == 0)
        {
            end--;
        }

        lines.RemoveRange(start, end - start);
        return string.Join('\n', lines);
    }

    /// <summary>Writes <paramref name="bytes"/> beside <paramref name="path"/> and moves them into place.</summary>
    public static void WriteAtomically(string path, byte[] bytes)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public static void WriteAtomically(string path, string text) => WriteAtomically(path, new UTF8Encoding(false).GetBytes(text));

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    private static bool IsTopLevel(string line) => line.Length > 0 && line[0] is not (' ' or '#');

    private static string Unquote(string value)
    {
        value = value.Trim();
        return value.Length >= 2 && (value[0] == '"' && value[^1] == '"' || value[0] == '\'' && value[^1] == '\'') ? value[1..^1] : value;
    }

    [GeneratedRegex(@"foto-(\d{1,9})\.[A-Za-z]+")]
    private static partial Regex NeutralName();

    [GeneratedRegex(@"^fotos:\s*(\[\s*\])?\s*(#.*)?$")]
    private static partial Regex FotosKey();

    [GeneratedRegex(@"^(\s*)-\s+archivo:\s*(.+?)\s*(#.*)?$")]
    private static partial Regex EntryStart();
}
