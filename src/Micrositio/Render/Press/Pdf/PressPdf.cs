namespace Micrositio.Render.Press.Pdf;

/// <summary>
/// Writes a press release or fact sheet as a tagged, deterministic PDF: Lato embedded (subset), Letter
/// pages, the brand header, footer page numbers, clickable links, and metadata without personal names.
/// Build expensive things once: the fonts are loaded on the first call and shared by the whole process; each
/// thread keeps its measured widths (<see cref="TextMeasurer.ForThisThread"/>) and its header logos
/// (<see cref="LogoImages"/>) for the PDFs it writes next.
/// </summary>
public static class PressPdf
{
    /// <param name="document">What to print.</param>
    /// <param name="fontDirectory">The folder with Lato-Regular/Bold/Italic/BoldItalic.ttf; every call in a process must name the same fonts.</param>
    /// <exception cref="ArgumentException">The text has characters Lato lacks, or a logo is not a PNG or has no alternative text.</exception>
    public static PdfOutput Write(PressPdfDocument document, string fontDirectory)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (string.IsNullOrWhiteSpace(document.Title))
        {
            throw new ArgumentException("PDF: el documento necesita un título.", nameof(document));
        }

        PdfEngineSetup.Ensure(fontDirectory);
        var measurer = TextMeasurer.ForThisThread();
        var fonts = measurer.Fonts;
        var pages = PageFooters.Add(PressLayout.Lay(document, measurer), document.Footer, measurer);
        GlyphCheck.Ensure(pages, fonts);
        using var painted = PdfPainter.Paint(pages, measurer);
        DocumentInfo.Apply(painted.Document, document);
        DeterministicObjects.Prepare(painted.Document, painted.Text);

        using var stream = new MemoryStream();
        painted.Document.Save(stream, closeStream: false);
        var producer = painted.Document.Info.Producer;
        var bytes = MetadataRewriter.Rewrite(stream.ToArray(), id => XmpPacket.Build(document, producer, id));
        return new PdfOutput(bytes, painted.Text);
    }
}
