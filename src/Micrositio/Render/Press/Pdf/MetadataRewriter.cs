using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Micrositio.Render.Press.Pdf;

/// <summary>
/// Rewrites the tail of a PDF saved by PDFsharp: its XMP metadata stream and the trailer /ID. PDFsharp
/// creates the metadata during Save, after every other object, so it is the last object before the
/// cross-reference table; replacing it moves only the table, whose start (startxref) is updated. The /ID
/// becomes a hash of everything before the metadata, the usual way to make it both stable and unique.
/// </summary>
internal static partial class MetadataRewriter
{
    private static readonly Encoding Latin1 = Encoding.Latin1;

    public static byte[] Rewrite(byte[] pdf, Func<Guid, byte[]> xmp)
    {
        var tail = Latin1.GetString(pdf.AsSpan(Math.Max(0, pdf.Length - 64)));
        var startXref = StartXref().Match(tail);
        Require(startXref.Success, "no encuentro startxref");
        var xref = int.Parse(startXref.Groups["offset"].Value, CultureInfo.InvariantCulture);
        Require(xref > 0 && xref < pdf.Length && Latin1.GetString(pdf, xref, 5) == "xref\n", "startxref no apunta a la tabla xref");

        var table = Latin1.GetString(pdf, xref, pdf.Length - xref);
        Require(SingleSection().IsMatch(table), "la tabla xref tiene varias secciones");
        var metadata = MetadataObject(Latin1.GetString(pdf, 0, xref), table);
        var offsets = Offsets().Matches(table).Select(m => long.Parse(m.Groups["offset"].Value, CultureInfo.InvariantCulture));
        Require(offsets.All(o => o <= metadata.Offset), "los metadatos no son el último objeto");

        var hash = SHA256.HashData(pdf.AsSpan(0, metadata.Offset));
        var id = new Guid(hash.AsSpan(0, 16));
        var xml = xmp(id);
        var header = Latin1.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"{metadata.Number} 0 obj\n<</Type/Metadata/Subtype/XML/Length {xml.Length}>>\nstream\n"));
        var footer = Latin1.GetBytes("\nendstream\nendobj\n");

        var placeholder = "<" + new string('0', 32) + ">";
        Require(CountOf(table, placeholder) == 2, "el /ID provisional no está en el tráiler");
        var hex = "<" + Convert.ToHexString(hash, 0, 16) + ">";
        var trailer = table[..table.LastIndexOf("startxref", StringComparison.Ordinal)].Replace(placeholder, hex, StringComparison.Ordinal);
        var newXref = metadata.Offset + header.Length + xml.Length + footer.Length;

        using var output = new MemoryStream(newXref + trailer.Length + 32);
        output.Write(pdf, 0, metadata.Offset);
        output.Write(header);
        output.Write(xml);
        output.Write(footer);
        output.Write(Latin1.GetBytes(trailer));
        output.Write(Latin1.GetBytes(string.Create(CultureInfo.InvariantCulture, $"startxref\n{newXref}\n%%EOF\n")));
        return output.ToArray();
    }

    private static (int Number, int Offset) MetadataObject(string body, string table)
    {
        var catalog = MetadataReference().Match(body);
        Require(catalog.Success, "el catálogo no tiene /Metadata");
        var number = int.Parse(catalog.Groups["number"].Value, CultureInfo.InvariantCulture);
        var entries = Offsets().Matches(table);
        Require(number < entries.Count, "el objeto de metadatos no está en la tabla xref");
        var offset = int.Parse(entries[number].Groups["offset"].Value, CultureInfo.InvariantCulture);
        Require(body.AsSpan(offset).StartsWith(string.Create(CultureInfo.InvariantCulture, $"{number} 0 obj")), "la tabla xref no coincide");
        return (number, offset);
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static void Require(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"PDF: no puedo reescribir los metadatos ({what}); ¿cambió la versión de PDFsharp?");
        }
    }

    [GeneratedRegex(@"startxref\n(?<offset>\d+)\n%%EOF\n?$")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"^xref\n0 \d+\n")]
    private static partial Regex SingleSection();

    [GeneratedRegex(@"(?<offset>\d{10}) \d{5} [nf] ?\n")]
    private static partial Regex Offsets();

    [GeneratedRegex(@"/Type/Catalog[^>]*?/Metadata (?<number>\d+) 0 R")]
    private static partial Regex MetadataReference();
}
