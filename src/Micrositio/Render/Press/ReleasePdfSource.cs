using Micrositio.Assemble;
using Micrositio.Diagnostics;
using Micrositio.Images;
using Micrositio.Render.Markdown;
using Micrositio.Write;

namespace Micrositio.Render.Press;

/// <summary>
/// What a release's PDF is made from besides the site model: the fonts, the brand manual's PNGs for its header,
/// the photos, and the PDFs already made. Kept by the preview to make an edited release's PDF again with its page.
/// </summary>
public sealed record ReleasePdfSource(string FontDirectory, IReadOnlyList<OutputFile> BrandFiles, GalleryResult Gallery, Pdf.PdfMemory? Memory)
{
    public PressRoom For(SiteModel site, ErrorList errors) =>
        new(site, new MarkdownRenderer(site.Ids, errors).Parse, FontDirectory, BrandFiles, Gallery, errors, Memory);
}
