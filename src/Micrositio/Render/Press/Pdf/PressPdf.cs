using System.Security.Cryptography;

namespace Micrositio.Render.Press.Pdf;

/// <summary>
/// Writes a press release or fact sheet as a tagged (PDF/UA-1), deterministic PDF 1.7: Lato embedded as
/// subsets, Letter pages, the brand header, footer page numbers, clickable links, and metadata without
/// personal names. The fonts are read once per process and the header logos decoded once, and both are
/// shared by every thread (<see cref="LatoFonts"/>, <see cref="LogoImages"/>).
/// </summary>
public static class PressPdf
{
    /// <param name="document">What to print.</param>
    /// <param name="fontDirectory">The folder with Lato-Regular/Bold/Italic/BoldItalic.ttf.</param>
    /// <exception cref="ArgumentException">The text has characters Lato lacks, or a logo is not a PNG or has no alternative text.</exception>
    public static PdfOutput Write(PressPdfDocument document, string fontDirectory)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (string.IsNullOrWhiteSpace(document.Title))
        {
            throw new ArgumentException("PDF: el documento necesita un título.", nameof(document));
        }

        var fonts = LatoFonts.From(fontDirectory);
        var pages = PageFooters.Add(PressLayout.Lay(document, fonts.Measurer), document.Footer, fonts.Measurer);
        GlyphCheck.Ensure(pages, fonts);

        using var pdf = new PdfObjectWriter();
        var (catalog, info, metadata) = (pdf.Allocate(), pdf.Allocate(), pdf.Allocate());
        var painted = PdfPainter.Paint(pdf, pages, fonts);
        pdf.Begin(catalog).Raw("<</Type/Catalog/Pages "u8).Reference(painted.Pages).Raw("/StructTreeRoot "u8).Reference(painted.Structure)
            .Raw("/MarkInfo<</Marked true>>/Lang"u8).Text(document.Language)
            .Raw("/ViewerPreferences<</DisplayDocTitle true>>/Metadata "u8).Reference(metadata).Raw(">>"u8);
        pdf.End();
        DocumentInfo.Write(pdf, info, document);

        // The file identifier and the XMP ids are a hash of everything else: stable for the same input, unique otherwise.
        var id = SHA256.HashData(pdf.Written).AsSpan(0, 16).ToArray();
        pdf.BeginStream(metadata).Raw("/Type/Metadata/Subtype/XML"u8);
        pdf.EndStream(XmpPacket.Build(document, new Guid(id)));
        return new PdfOutput(pdf.Finish(catalog, info, id), painted.Text);
    }
}
