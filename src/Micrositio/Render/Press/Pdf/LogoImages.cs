using System.Security.Cryptography;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Micrositio.Render.Press.Pdf;

/// <summary>
/// The header logos, made once per thread instead of once per PDF. PDFsharp decodes a PNG pixel by pixel
/// (about half the time of a release PDF) and deflates the pixels again for every document that draws it
/// (a quarter of what was left). So each logo is drawn once into a one-page PDF of its own, compressed then,
/// and every release imports that page as a form XObject, which copies the compressed image as it is.
/// PDFsharp does not promise that two threads may use one form or image at the same time (it reads the
/// form's document and fills in lookup keys on first use), so every thread keeps its own. Keyed by the
/// PNG's SHA-256, so equal logos from different builds share one form.
/// </summary>
internal static class LogoImages
{
    /// <summary>A site has a handful of header logos; more than this means old ones from earlier builds.</summary>
    private const int MaxPerThread = 16;

    [ThreadStatic]
    private static Dictionary<string, XPdfForm>? _forms;

    public static XImage For(PdfLogo logo)
    {
        var forms = _forms ??= new Dictionary<string, XPdfForm>(StringComparer.Ordinal);
        var key = Convert.ToHexString(SHA256.HashData(logo.Png));
        if (!forms.TryGetValue(key, out var form))
        {
            if (forms.Count >= MaxPerThread)
            {
                // Dropped, not disposed: a form's document holds only managed memory.
                forms.Clear();
            }

            form = Form(logo.Png);
            forms[key] = form;
        }

        return form;
    }

    /// <summary>The PNG on a page of its size in pixels, as points; drawn scaled to the header's box.</summary>
    private static XPdfForm Form(byte[] png)
    {
        using var image = XImage.FromStream(new MemoryStream(png, writable: false));
        using var holder = new PdfDocument();
        // Once per thread, so the smallest encoding costs nothing that matters and every PDF is smaller for it.
        holder.Options.FlateEncodeMode = PdfFlateEncodeMode.BestCompression;
        var page = holder.AddPage();
        page.Width = XUnit.FromPoint(image.PixelWidth);
        page.Height = XUnit.FromPoint(image.PixelHeight);
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            gfx.DrawImage(image, 0, 0, image.PixelWidth, image.PixelHeight);
        }

        var bytes = new MemoryStream();
        holder.Save(bytes, closeStream: false);
        bytes.Position = 0;
        return XPdfForm.FromStream(bytes);
    }
}
