namespace Micrositio.Render.Press.Pdf;

/// <summary>
/// The document information dictionary. No /Author: a release speaks for the network, and the metadata
/// must carry no person's or machine's name; the dates are the document's, never the clock's.
/// </summary>
internal static class DocumentInfo
{
    /// <summary>Both the creating application and the PDF producer: this generator writes the file itself.</summary>
    public const string Creator = "Micrositio";

    public static void Write(PdfObjectWriter pdf, int number, PressPdfDocument source)
    {
        var info = pdf.Begin(number).Raw("<</Title"u8).Text(source.Title);
        if (!string.IsNullOrWhiteSpace(source.Subject))
        {
            info.Raw("/Subject"u8).Text(source.Subject);
        }

        var date = PdfDates.Pdf(source.Date);
        info.Raw("/Creator"u8).Text(Creator).Raw("/Producer"u8).Text(Creator)
            .Raw("/CreationDate"u8).Text(date).Raw("/ModDate"u8).Text(date).Raw(">>"u8);
        pdf.End();
    }
}
