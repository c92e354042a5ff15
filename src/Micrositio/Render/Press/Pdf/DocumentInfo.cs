using PdfSharp.Pdf;

namespace Micrositio.Render.Press.Pdf;

/// <summary>
/// The document information and language. No /Author: a release speaks for the network, and the metadata
/// must carry no person's or machine's name.
/// </summary>
internal static class DocumentInfo
{
    public const string Creator = "Micrositio";

    public static void Apply(PdfDocument pdf, PressPdfDocument source)
    {
        // UAManager sets the language to "en" when it is created, so this must come after it.
        pdf.Language = source.Language;
        pdf.Info.Title = source.Title;
        if (!string.IsNullOrWhiteSpace(source.Subject))
        {
            pdf.Info.Subject = source.Subject;
        }

        pdf.Info.Creator = Creator;
        pdf.Info.Elements.Remove("/Author");
        pdf.Info.Elements.SetString("/CreationDate", PdfDates.Pdf(source.Date));
        pdf.Info.Elements.SetString("/ModDate", PdfDates.Pdf(source.Date));
    }
}
