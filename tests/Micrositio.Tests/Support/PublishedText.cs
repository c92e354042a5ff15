using System.IO.Compression;
using System.Net;
using System.Text;
using Micrositio.Write;
using UglyToad.PdfPig;

namespace Micrositio.Tests.Support;

/// <summary>
/// What a reader of an output file can read in it: HTML decoded, a PDF's extracted text, every entry of a
/// zip (PDFs inside included). Searching raw bytes would miss compressed text.
/// </summary>
public static class PublishedText
{
    public static string Of(OutputFile file) => Of(file.Path, file.Bytes);

    public static string Of(string path, byte[] bytes)
    {
        if (path.EndsWith(".pdf", StringComparison.Ordinal))
        {
            using var pdf = PdfDocument.Open(bytes);
            return string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))) + "\n" +
                string.Join("\n", pdf.Information.DocumentInformationDictionary?.Data.Values.Select(v => v.ToString()) ?? []);
        }

        if (path.EndsWith(".zip", StringComparison.Ordinal))
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            return string.Join("\n", zip.Entries.Select(e =>
            {
                using var stream = e.Open();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                return e.FullName + "\n" + Of(e.FullName, copy.ToArray());
            }));
        }

        var text = Encoding.UTF8.GetString(bytes);
        return text + "\n" + WebUtility.HtmlDecode(text);
    }
}
