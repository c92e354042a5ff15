using System.Text;

namespace Micrositio.Tests.Fuzz.Harness;

/// <summary>The byte- and text-level damages of <see cref="MutationKind"/>.</summary>
public static class Mutations
{
    /// <summary>Where a link or a value points outside the repository (see <see cref="MutationKind.LinkOutside"/>).</summary>
    public const string OutsideFolder = "fuera-del-sitio";

    private static readonly string[] Tokens =
    [
        "~", "null", "[]", "{}", "-1", "0", "\"\"", "''", "*", "&", "!!binary AAAA", "!etiqueta x", "? clave", "|", ">", "%YAML 1.1", "---", "...",
        ":", "- ", "#", "@", "`", "true", "no", "0x1F", "1e400", "-.inf", ".nan", "2018-02-30", "0000-00-00", "99999999999999999999",
        "<<: *nada", "*nada", "&a", "\"\\u0000\"", "\"\\uD800\"", "mesa:", "mesa:../../x", "javascript:alert(1)", "http://", "//ejemplo.org",
        "../../../" + OutsideFolder + "/secreto.svg", "/etc/passwd", "..", "/", "C:\\Windows", "input/../../x", "%00", "\u202e", "\u0301",
        "\"", "'", "\\", "{{ x }}", "{% raw %}", "<script>", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", "&e;",
        "\"a\",\"b", "\"\"\"", ",,,,,,,", ";", "\t", "ñ", "😀", "\uFFFD", "NaN", "Infinity", "+5", "5,0", "5.0.0", "1_000",
    ];

    private static readonly byte[][] ControlSequences =
    [
        [0x00], [0x01], [0x08], [0x0b], [0x0c], [0x1b], [0x7f], [0x0d], [0x09],
        "\u2028"u8.ToArray(), "\uFEFF"u8.ToArray(), "\u0085"u8.ToArray(), "\u202E"u8.ToArray(), "\u200D"u8.ToArray(),
        [0xc3], [0xff], [0xfe], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82],
    ];

    public static byte[] Apply(Mutation m, byte[] bytes, IReadOnlyList<byte[]> donors) => m.Kind switch
    {
        MutationKind.FlipBytes => FlipBytes(bytes, m),
        MutationKind.Truncate => bytes.Length == 0 ? bytes : bytes[..Index(m.A, bytes.Length)],
        MutationKind.Splice => Splice(bytes, donors.Count == 0 ? bytes : donors[Index(m.B, donors.Count)], m),
        MutationKind.DeepNesting => InsertAtLine(bytes, m.A, DeepNesting(m.B, m.C)),
        MutationKind.Aliases => Aliases(bytes, m),
        MutationKind.Reencode => Reencode(bytes, m),
        MutationKind.ControlBytes => ControlBytes(bytes, m),
        MutationKind.HugeValue => HugeValue(bytes, m),
        MutationKind.LongLines => LongLines(bytes, m),
        MutationKind.Token => ReplaceToken(bytes, m.A, Tokens[Index(m.B, Tokens.Length)]),
        MutationKind.DuplicateLine => EditLine(bytes, m.A, line => line + "\n" + line),
        MutationKind.DeleteLine => EditLine(bytes, m.A, _ => null),
        MutationKind.LinkOutside => ReplaceToken(bytes, m.A, string.Concat(Enumerable.Repeat("../", 1 + Index(m.B, 5))) + OutsideFolder + "/secreto" + Path.GetExtension(SecretNames[Index(m.C, SecretNames.Count)])),
        _ => bytes,
    };

    /// <summary>Files placed outside the site, beside it, each holding <see cref="OutsideMarker"/>.</summary>
    public static IReadOnlyList<string> SecretNames { get; } = ["secreto.txt", "secreto.svg", "secreto.md", "secreto.yml", "secreto.csv", "secreto.jpg"];

    public const string OutsideMarker = "MARCA-FUERA-DEL-REPOSITORIO-7f3a";

    private static int Index(int value, int length) => length <= 0 ? 0 : (int)((uint)value % (uint)length);

    private static byte[] FlipBytes(byte[] bytes, Mutation m)
    {
        if (bytes.Length == 0)
        {
            return [(byte)m.B];
        }

        var copy = (byte[])bytes.Clone();
        var count = 1 + Index(m.C, 8);
        for (var k = 0; k < count; k++)
        {
            var at = Index(m.A + (k * (m.B | 1)), copy.Length);
            copy[at] ^= (byte)(1 + Index(m.C >> 3, 255));
        }

        return copy;
    }

    private static byte[] Splice(byte[] bytes, byte[] donor, Mutation m) =>
        [.. bytes.AsSpan(0, Index(m.A, bytes.Length + 1)), .. donor.AsSpan(Index(m.C, donor.Length + 1))];

    // Structures nested thousands deep, in the syntaxes the readers meet: YAML flow and block, Markdown, XML, TOML.
    private static string DeepNesting(int pattern, int size)
    {
        var depth = 500 << Index(size, 8);
        return Index(pattern, 11) switch
        {
            0 => "a: " + new string('[', depth) + "\n",
            1 => "a: " + new string('[', depth) + new string(']', depth) + "\n",
            2 => "a: " + string.Concat(Enumerable.Repeat("{a: ", depth)) + "1" + new string('}', depth) + "\n",
            3 => "a:\n" + string.Concat(Enumerable.Repeat("- ", depth)) + "x\n",
            4 => string.Concat(Enumerable.Range(0, Math.Min(depth, 1500)).Select(i => new string(' ', i) + "a:\n")),
            5 => string.Concat(Enumerable.Repeat("> ", depth)) + "cita\n",
            6 => string.Concat(Enumerable.Repeat("[", depth)) + "enlace" + string.Concat(Enumerable.Repeat("](x)", depth)) + "\n",
            7 => string.Concat(Enumerable.Repeat("*_", depth)) + "x" + string.Concat(Enumerable.Repeat("_*", depth)) + "\n",
            8 => string.Concat(Enumerable.Range(0, Math.Min(depth, 1500)).Select(i => new string(' ', 2 * i) + "- x\n")),
            9 => string.Concat(Enumerable.Repeat("<g>", depth)) + string.Concat(Enumerable.Repeat("</g>", depth)) + "\n",
            _ => "a = " + new string('[', depth) + new string(']', depth) + "\n",
        };
    }

    // Anchors and aliases: a billion laughs, an alias to nothing, one inside its own anchor, merge keys.
    private static byte[] Aliases(byte[] bytes, Mutation m)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var block = Index(m.B, 4) switch
        {
            0 => "risa0: &r0 [\"ja\",\"ja\",\"ja\",\"ja\",\"ja\",\"ja\",\"ja\",\"ja\",\"ja\",\"ja\"]\n" + string.Concat(Enumerable.Range(1, 9)
                .Select(i => $"risa{i}: &r{i} [{string.Join(",", Enumerable.Repeat($"*r{i - 1}", 10))}]\n")),
            1 => "",
            2 => "risa0: &r9 [a, *r9]\n",
            _ => "base: &r9 {titulo: x, nombre: y}\nmezcla:\n  <<: *r9\n  <<: [*r9, *r9]\n",
        };
        var value = Index(m.B, 4) == 1 ? "*nada" : "*r9";
        var lines = text.Split('\n').ToList();
        var start = lines.Count > 0 && lines[0].TrimEnd() == "---" ? 1 : 0;
        lines.Insert(start, block.TrimEnd('\n'));
        if (Index(m.C, 2) == 0)
        {
            // The alias replaces the value of a real key, so the validators (not only the parser) meet it.
            var keyLine = lines.FindIndex(start + 1, l => l.Length > 0 && !char.IsWhiteSpace(l[0]) && l.Contains(": ", StringComparison.Ordinal) && !l.StartsWith('#'));
            if (keyLine >= 0)
            {
                lines[keyLine] = lines[keyLine][..(lines[keyLine].IndexOf(": ", StringComparison.Ordinal) + 2)] + value;
            }
        }
        else
        {
            lines.Insert(start + 1, "extra: " + value);
        }

        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    private static byte[] Reencode(byte[] bytes, Mutation m)
    {
        var text = Encoding.UTF8.GetString(bytes);
        return Index(m.B, 7) switch
        {
            0 => Encoding.Latin1.GetBytes(text),
            1 => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            2 => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            3 => Encoding.Unicode.GetBytes(text),
            4 => [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(text)],
            5 => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetPreamble(), .. bytes],
            _ => text.Replace("\n", Index(m.C, 2) == 0 ? "\r\n" : "\r", StringComparison.Ordinal) is var crlf ? Encoding.UTF8.GetBytes(crlf) : bytes,
        };
    }

    private static byte[] ControlBytes(byte[] bytes, Mutation m)
    {
        var result = bytes.ToList();
        var count = 1 + Index(m.C, 6);
        for (var k = 0; k < count; k++)
        {
            var at = Index(m.A + (k * 7919), result.Count + 1);
            result.InsertRange(at, ControlSequences[Index(m.B + k, ControlSequences.Length)]);
        }

        return [.. result];
    }

    private static byte[] HugeValue(byte[] bytes, Mutation m)
    {
        var value = Index(m.B, 6) switch
        {
            0 => new string('x', 16_384 << Index(m.C, 5)),
            1 => "1" + new string('0', 400),
            2 => "\"" + string.Concat(Enumerable.Repeat("\\u00e9", 50_000)) + "\"",
            3 => string.Join(", ", Enumerable.Range(0, 100_000)),
            4 => "[" + string.Join(", ", Enumerable.Range(0, 100_000)) + "]",
            _ => string.Concat(Enumerable.Repeat("palabra ", 200_000)),
        };
        return ReplaceToken(bytes, m.A, value);
    }

    private static byte[] LongLines(byte[] bytes, Mutation m) => EditLine(bytes, m.A, line =>
    {
        var copies = Math.Min(100 << Index(m.C, 8), Mutation.MaxBytes / 4 / Math.Max(1, line.Length + 1));
        return Index(m.B, 2) == 0 ? string.Join("\n", Enumerable.Repeat(line, copies)) : string.Concat(Enumerable.Repeat(line, copies));
    });

    private static byte[] InsertAtLine(byte[] bytes, int position, string insert)
    {
        var at = Index(position, bytes.Length + 1);
        while (at > 0 && bytes[at - 1] != (byte)'\n')
        {
            at--;
        }

        return [.. bytes.AsSpan(0, at), .. Encoding.UTF8.GetBytes(insert), .. bytes.AsSpan(at)];
    }

    // Replaces the run of non-blank bytes around <paramref name="position"/> (or inserts there).
    private static byte[] ReplaceToken(byte[] bytes, int position, string token)
    {
        var at = Index(position, bytes.Length + 1);
        var start = at;
        while (start > 0 && !IsBlank(bytes[start - 1]))
        {
            start--;
        }

        var end = at;
        while (end < bytes.Length && !IsBlank(bytes[end]))
        {
            end++;
        }

        return [.. bytes.AsSpan(0, start), .. Encoding.UTF8.GetBytes(token), .. bytes.AsSpan(end)];
    }

    private static bool IsBlank(byte b) => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t';

    // Replaces the line around <paramref name="position"/>; null removes it.
    private static byte[] EditLine(byte[] bytes, int position, Func<string, string?> edit)
    {
        var at = Index(position, bytes.Length + 1);
        var start = at;
        while (start > 0 && bytes[start - 1] != (byte)'\n')
        {
            start--;
        }

        var end = at;
        while (end < bytes.Length && bytes[end] != (byte)'\n')
        {
            end++;
        }

        var replaced = edit(Encoding.UTF8.GetString(bytes, start, end - start));
        var tail = replaced is null && end < bytes.Length ? end + 1 : end;
        return [.. bytes.AsSpan(0, start), .. Encoding.UTF8.GetBytes(replaced ?? ""), .. bytes.AsSpan(tail)];
    }
}
