using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace Micrositio.Tests.Render.Press.Pdf;

/// <summary>Text helpers for comparing what PdfPig extracts with what was written.</summary>
public static partial class PdfText
{
    public static string Words(PdfDocument pdf) =>
        string.Join(" ", pdf.GetPages().SelectMany(page => page.GetWords()).Select(word => word.Text));

    public static string Letters(PdfDocument pdf) => string.Concat(pdf.GetPages().Select(page => page.Text));

    public static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    public static string Strip(string text) => Whitespace().Replace(text, "");

    public static string Latin1(byte[] bytes) => Encoding.Latin1.GetString(bytes);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
