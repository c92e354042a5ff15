using NetVips;

namespace Micrositio.Images;

/// <summary>
/// The one place that decides how a source photo is turned upright, as browsers and phone galleries show it.
/// JPEG, PNG (<c>eXIf</c>), WebP (EXIF chunk) and TIFF carry an EXIF/TIFF orientation, applied once after
/// decoding. HEIC, HEIF and AVIF carry transformative properties (<c>irot</c>, <c>imir</c>) that libheif applies
/// while decoding, whichever program runs it; the HEIF specification makes them win, so an EXIF orientation
/// inside a HEIF file (iPhones write both) is ignored. The result carries no orientation metadata, so nothing
/// downstream can turn it a second time.
/// </summary>
public static class UprightDecoder
{
    /// <summary>
    /// Decodes a source photo upright at full size, into memory, with its orientation metadata removed.
    /// Throws <see cref="UprightDecodeException"/> (Spanish message) when it cannot.
    /// </summary>
    public static Image Decode(byte[] bytes, ImageLimits? limits = null)
    {
        ImageEngine.EnsureConfigured();
        if (ImageFormats.Sniff(bytes) == ImageFormat.Unknown)
        {
            throw new UprightDecodeException("el archivo no es una imagen JPEG, PNG, WebP, HEIC/HEIF, AVIF ni TIFF.");
        }

        var maxMegapixels = (limits ?? ImageLimits.Default).MaxMegapixels;
        try
        {
            using var header = Image.NewFromBuffer(bytes, failOn: Enums.FailOn.Error);
            var upright = Inspect(header);
            if ((long)upright.StoredWidth * upright.StoredHeight > maxMegapixels * 1_000_000L)
            {
                throw new UprightDecodeException(
                    $"la imagen declara {upright.Width} × {upright.Height} píxeles, más que el límite de {maxMegapixels} megapíxeles.");
            }

            using var decoded = Decode(bytes, header, upright, shrink: 1);
            // Decoded here, so a damaged file fails in this call rather than when the caller saves it.
            return decoded.CopyMemory();
        }
        catch (VipsException ex)
        {
            throw new UprightDecodeException($"la imagen no se puede leer: está dañada, incompleta o no es lo que dice ser ({FirstLine(ex.Message)}).", ex);
        }
    }

    /// <summary>The upright decision for a photo, from its header alone (no pixel decoded).</summary>
    public static UprightHeader Inspect(Image header)
    {
        var loader = header.Contains("vips-loader") ? header.Get("vips-loader") as string ?? "" : "";
        var format = loader switch
        {
            _ when loader.StartsWith("jpegload", StringComparison.Ordinal) => ImageFormat.Jpeg,
            _ when loader.StartsWith("pngload", StringComparison.Ordinal) => ImageFormat.Png,
            _ when loader.StartsWith("webpload", StringComparison.Ordinal) => ImageFormat.WebP,
            _ when loader.StartsWith("heifload", StringComparison.Ordinal) => ImageFormat.Heif,
            _ when loader.StartsWith("tiffload", StringComparison.Ordinal) => ImageFormat.Tiff,
            _ => ImageFormat.Unknown,
        };
        if (format == ImageFormat.Heif)
        {
            // libheif reports the size with irot/imir already applied and applies them to the pixels.
            var hevc = header.Contains("heif-compression") && header.Get("heif-compression") is "hevc";
            return new UprightHeader(format, header.Width, header.Height, Orientation: 1, hevc);
        }

        var orientation = header.Contains("orientation") && header.Get("orientation") is int value && value is >= 1 and <= 8 ? value : 1;
        return new UprightHeader(format, header.Width, header.Height, orientation, Hevc: false);
    }

    /// <summary>
    /// Decodes upright by <paramref name="upright"/>'s decision (JPEG at 1/<paramref name="shrink"/> of its size
    /// when shrink is over 1); lazily, with no orientation metadata. HEVC failures throw
    /// <see cref="UprightDecodeException"/>, damaged data <see cref="VipsException"/>.
    /// </summary>
    internal static Image Decode(byte[] bytes, Image header, UprightHeader upright, int shrink)
    {
        using var decoded = upright.Hevc ? DecodeHevc(bytes, upright)
            : shrink > 1 ? Image.NewFromBuffer(bytes, failOn: Enums.FailOn.Error, kwargs: new VOption { { "shrink", shrink } })
            : header.Copy();

        // Only the header's decision is applied: whatever orientation the decoded pixels carry (heif-convert copies
        // the EXIF orientation into its already turned PNG) is replaced by it.
        using var tagged = decoded.Mutate(m => m.Set(GValue.GIntType, "orientation", upright.Orientation));
        using var turned = tagged.Autorot();
        return WithoutOrientation(turned);
    }

    private static Image DecodeHevc(byte[] bytes, UprightHeader upright)
    {
        var (png, error) = HevcDecoder.Decode(bytes);
        if (png is null)
        {
            throw new UprightDecodeException($"la foto HEIC no se puede decodificar: {error}.");
        }

        var image = Image.NewFromBuffer(png, failOn: Enums.FailOn.Error);
        if (image.Width != upright.Width || image.Height != upright.Height)
        {
            image.Dispose();
            throw new UprightDecodeException(
                $"la foto HEIC declara {upright.Width} × {upright.Height} píxeles, pero {HevcDecoder.Tool} la entrega de {image.Width} × {image.Height}.");
        }

        return image;
    }

    private static Image WithoutOrientation(Image image) => image.Mutate(m =>
    {
        foreach (var field in image.GetFields().Where(f => f == "orientation" || f.StartsWith("exif-", StringComparison.Ordinal)))
        {
            m.Remove(field);
        }
    });

    private static string FirstLine(string message) =>
        message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? message;
}
