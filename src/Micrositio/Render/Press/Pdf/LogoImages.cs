using System.Collections.Concurrent;
using System.Security.Cryptography;
using Micrositio.Images;
using NetVips;

namespace Micrositio.Render.Press.Pdf;

/// <summary>
/// The header logos, decoded (libvips) and deflated once per process instead of once per PDF: every release
/// prints the same two, and an image XObject only needs the samples, so each PDF copies the same compressed
/// bytes. They are immutable, so threads share them. Keyed by the PNG's SHA-256, so equal logos from
/// different builds share one.
/// </summary>
internal static class LogoImages
{
    /// <summary>A site has a handful of header logos; more than this means old ones from earlier builds.</summary>
    private const int MaxLogos = 16;

    private static readonly ConcurrentDictionary<string, Lazy<LogoImage>> Images = new(StringComparer.Ordinal);

    public static LogoImage For(byte[] png)
    {
        var key = Convert.ToHexString(SHA256.HashData(png));
        if (Images.Count >= MaxLogos && !Images.ContainsKey(key))
        {
            Images.Clear();
        }

        return Images.GetOrAdd(key, _ => new Lazy<LogoImage>(() => Decode(png))).Value;
    }

    private static LogoImage Decode(byte[] png)
    {
        ImageEngine.EnsureConfigured();
        using var loaded = Image.NewFromBuffer(png);
        using var srgb = loaded.Colourspace(Enums.Interpretation.Srgb);
        using var image = srgb.Format == Enums.BandFormat.Uchar ? srgb.Copy() : srgb.Cast(Enums.BandFormat.Uchar);
        using var rgb = image.ExtractBand(0, 3);
        byte[]? mask = null;
        if (image.HasAlpha())
        {
            using var band = image.ExtractBand(3);
            var alpha = band.WriteToMemory<byte>();

            // A logo without transparent pixels needs no soft mask.
            if (alpha.AsSpan().IndexOfAnyExcept((byte)255) >= 0)
            {
                mask = PdfObjectWriter.DeflateSmallest(alpha);
            }
        }

        return new LogoImage(image.Width, image.Height, PdfObjectWriter.DeflateSmallest(rgb.WriteToMemory<byte>()), mask);
    }
}
