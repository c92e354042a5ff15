using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using Micrositio.Diagnostics;

namespace Micrositio.Load;

/// <summary>
/// Decodes a text file of <c>input/</c> strictly: it must be UTF-8 (a BOM is fine) without control characters other
/// than tab, line feed and carriage return. Anything else is recorded as an error naming file, line and column, and
/// the file is not read, so no replacement character or invisible byte ever reaches the site.
/// </summary>
public static class InputText
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>Searched vectorized: every file of a 5,000-page site passes through here.</summary>
    private static readonly SearchValues<char> Controls =
        SearchValues.Create([.. Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(IsControl)]);

    /// <summary>The text of <paramref name="bytes"/>, or null when it is not clean UTF-8 (the error is recorded).</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, string file, ErrorList errors)
    {
        if (bytes.Length > MaxBytes(file))
        {
            return TooLarge(bytes.Length, file, errors);
        }

        if (bytes.StartsWith(Bom))
        {
            bytes = bytes[Bom.Length..];
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            errors.Add(Stage.Load, file, 1, null, "el archivo está guardado como UTF-16 («Unicode» en el Bloc de notas), no como UTF-8.",
                "guárdelo de nuevo eligiendo la codificación «UTF-8».");
            return null;
        }

        var chars = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                var (line, column) = Position(chars.AsSpan(0, written));
                var lineEnd = bytes[read..].IndexOf((byte)'\n');
                var lineStart = bytes[..read].LastIndexOf((byte)'\n') + 1;
                var asLatin1 = Encoding.Latin1.GetString(bytes[lineStart..(lineEnd < 0 ? bytes.Length : read + lineEnd)]).Trim();
                errors.Add(Stage.Load, file, line, null,
                    $"el archivo no está guardado como UTF-8: el byte 0x{bytes[read]:X2} de la columna {column} no es texto UTF-8 " +
                    $"(la línea parece decir «{Shorten(asLatin1)}», escrita con otra codificación, como Latin-1 o Windows-1252).",
                    "guarde el archivo como UTF-8 (en el Bloc de notas: «Guardar como» → Codificación: «UTF-8»; en otros editores, " +
                    "«Reabrir/Guardar con codificación» → «UTF-8») y revise que los acentos y la «ñ» se vean bien.");
                return null;
            }

            var text = chars.AsSpan(0, written);
            var control = IndexOfControl(text);
            if (control >= 0)
            {
                var (line, column) = Position(text[..control]);
                var count = 0;
                for (var i = control; i < text.Length; i++)
                {
                    count += IsControl(text[i]) ? 1 : 0;
                }

                errors.Add(Stage.Load, file, line, null,
                    $"el archivo contiene un carácter de control invisible (U+{(int)text[control]:X4}) en la columna {column}" +
                    (count > 1 ? $" y {count - 1} más después." : "."),
                    "bórrelo (suele llegar al copiar y pegar desde otro programa o en un archivo dañado) y guarde el archivo como texto UTF-8; " +
                    "solo se admiten tabuladores y saltos de línea.");
                return null;
            }

            return new string(text);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Reads and decodes a file; null when it is not clean UTF-8 (the error is recorded with <paramref name="relative"/>).</summary>
    public static string? Read(string path, string relative, ErrorList errors) =>
        new FileInfo(path).Length > MaxBytes(relative) ? TooLarge(new FileInfo(path).Length, relative, errors) : Decode(File.ReadAllBytes(path), relative, errors);

    private static string? TooLarge(long length, string file, ErrorList errors)
    {
        errors.Add(Stage.Load, file, null, null,
            $"el archivo pesa {Kilobytes(length)}, más que el máximo de {Kilobytes(MaxBytes(file))} para un archivo {Path.GetExtension(file)}; un archivo tan grande no se puede revisar a tiempo.",
            file.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
                ? "divida el texto en varias páginas o revise si pegó el mismo texto muchas veces."
                : "revise si el archivo se pegó o se duplicó por error; si de verdad necesita ser tan grande, pida ayuda al equipo técnico.");
        return null;
    }

    /// <summary>
    /// The largest text file read: ten times the largest page the site has, and far more for data tables. Larger
    /// hand-written files are mistakes (pasted twice, a binary renamed) and cost the parsers seconds each.
    /// </summary>
    public static long MaxBytes(string path) =>
        Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".csv" or ".json" => 16L * 1024 * 1024,
            ".svg" => 512L * 1024,
            _ => 128L * 1024,
        };

    private static string Kilobytes(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB")
        : $"{(bytes + 1023) / 1024} KB";

    /// <summary>Controls other than tab, line feed and carriage return, including DEL and the C1 block a wrong decoding leaves.</summary>
    public static bool IsControl(char c) => c is < ' ' and not ('\t' or '\n' or '\r') or >= '\u007F' and <= '\u009F';

    private static int IndexOfControl(ReadOnlySpan<char> text) => text.IndexOfAny(Controls);

    /// <summary>1-based line and column (in characters) of the position right after <paramref name="before"/>.</summary>
    private static (int Line, int Column) Position(ReadOnlySpan<char> before)
    {
        var line = before.Count('\n') + 1;
        var lineStart = before.LastIndexOf('\n') + 1;
        return (line, new StringInfo(before[lineStart..].ToString()).LengthInTextElements + 1);
    }

    private static string Shorten(string line)
    {
        var clean = new string(line.Select(c => IsControl(c) ? '·' : c).ToArray());
        return clean.Length <= 60 ? clean : clean[..57] + "…";
    }
}
