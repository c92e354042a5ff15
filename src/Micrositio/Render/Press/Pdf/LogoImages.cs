using System.Security.Cryptography;
using PdfSharp.Drawing;

namespace Micrositio.Render.Press.Pdf;

/// <summary>
/// The header logos, decoded once per thread instead of once per PDF: PDFsharp's PNG decoder took about half
/// the time of a release PDF. An <see cref="XImage"/> can be drawn into any number of documents, since each
/// document's image table makes its own PDF image object from it, but PDFsharp does not promise that two
/// threads may use one at the same time (it fills in the image's lookup key on first use), so every thread
/// keeps its own. Keyed by the PNG's SHA-256, so equal logos from different builds share one image.
/// </summary>
internal static class LogoImages
{
    /// <summary>A site has a handful of header logos; more than this means old ones from earlier builds.</summary>
    private const int MaxPerThread = 16;

    [ThreadStatic]
    private static Dictionary<string, XImage>? _images;

    public static XImage For(PdfLogo logo)
    {
        var images = _images ??= new Dictionary<string, XImage>(StringComparer.Ordinal);
        var key = Convert.ToHexString(SHA256.HashData(logo.Png));
        if (!images.TryGetValue(key, out var image))
        {
            if (images.Count >= MaxPerThread)
            {
                // Dropped, not disposed: an XImage of the Core build holds only managed memory.
                images.Clear();
            }

            image = XImage.FromStream(new MemoryStream(logo.Png, writable: false));
            images[key] = image;
        }

        return image;
    }
}
