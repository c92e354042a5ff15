using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;

namespace Micrositio.Render.Press.Pdf;

/// <summary>
/// Replaces what PDFsharp fills from the clock or <see cref="Guid.NewGuid"/> before saving: font subset
/// tags (ABCDEF+Lato), link annotations' /M and /NM, and the trailer /ID (a placeholder here; the real
/// one, a hash of the file, is written by <see cref="MetadataRewriter"/>).
/// </summary>
internal static partial class DeterministicObjects
{
    /// <summary>16 zero bytes, written as 32 zeros in hexadecimal.</summary>
    public static readonly string IdPlaceholder = new('\0', 16);

    public static void Prepare(PdfDocument pdf, string seed)
    {
        pdf.Internals.FirstDocumentID = IdPlaceholder;
        pdf.Internals.SecondDocumentID = IdPlaceholder;
        foreach (var item in pdf.Internals.GetAllObjects())
        {
            if (item is not PdfDictionary dictionary)
            {
                continue;
            }

            foreach (var key in (string[])["/BaseFont", "/FontName"])
            {
                if (dictionary.Elements.ContainsKey(key)
                    && SubsetName().Match(dictionary.Elements.GetName(key)) is { Success: true } match)
                {
                    var name = match.Groups["name"].Value;
                    dictionary.Elements.SetName(key, "/" + SubsetTag(seed, name) + "+" + name);
                }
            }

            if (dictionary.Elements.GetName("/Type") == "/Annot")
            {
                dictionary.Elements.Remove("/M");
                dictionary.Elements.Remove("/NM");
            }
        }
    }

    /// <summary>Six capital letters from a hash of the document's text and the font name, as the PDF spec asks.</summary>
    private static string SubsetTag(string seed, string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(seed + "\0" + name));
        return string.Concat(hash.Take(6).Select(b => (char)('A' + b % 26)));
    }

    [GeneratedRegex("^/[A-Z]{6}\\+(?<name>.+)$")]
    private static partial Regex SubsetName();
}
