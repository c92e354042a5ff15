using System.Buffers.Binary;
using Micrositio.Images.Verification;
using NetVips;

namespace Micrositio.Images;

/// <summary>A photo made fit for the repository: its new bytes and extension, what it carried, and how it was made.</summary>
public sealed record CleanPhoto(byte[] Bytes, string Extension, IReadOnlyList<string> Removed, bool Lossless, bool Rotated, string? ConvertedFrom);

/// <summary>
/// Makes a copy of a photo with no metadata, to be committed instead of the original. A JPEG that needs no
/// turning and has no colour profile keeps its compressed pixels as they are (only the APPn and COM segments are
/// left out, and whatever follows its end); every other photo is decoded upright, converted to sRGB and
/// re-encoded at high quality: JPEG for photos (HEIC/HEIF/AVIF and WebP included), PNG for PNG and TIFF. The
/// result is verified byte by byte with <see cref="ImageVerifier"/> before it is returned.
/// </summary>
public static class PhotoCleaner
{
    public const int JpegQuality = 95;

    /// <summary>The clean copy, or null with a Spanish reason (a format it cannot clean, a file it cannot read).</summary>
    public static (CleanPhoto? Photo, string? Error) Clean(byte[] bytes, ImageLimits limits)
    {
        var format = ImageFormats.Sniff(bytes);
        if (format == ImageFormat.Unknown)
        {
            return (null, bytes is [(byte)'G', (byte)'I', (byte)'F', ..]
                ? "es un GIF, que la galería no admite; expórtelo como PNG o JPEG"
                : "no es una imagen JPEG, PNG, WebP, HEIC/HEIF/AVIF ni TIFF");
        }

        var removed = SourceMetadata.Carried(bytes).Where(k => !k.StartsWith("archivo ", StringComparison.Ordinal)).ToList();
        try
        {
            ImageEngine.EnsureConfigured();
            using var header = Image.NewFromBuffer(bytes, failOn: Enums.FailOn.Error);
            var upright = UprightDecoder.Inspect(header);
            if (format == ImageFormat.Jpeg && upright.Orientation == 1 && StripJpeg(bytes) is { } stripped && ImageVerifier.Verify(stripped).Count == 0)
            {
                return Checked(new CleanPhoto(stripped, ".jpg", removed, Lossless: true, Rotated: false, ConvertedFrom: null));
            }

            using var image = UprightDecoder.Decode(bytes, limits);
            return Checked(ReEncode(image, format, removed, upright.Orientation != 1));
        }
        catch (VipsException ex)
        {
            var first = ex.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
            return (null, $"la imagen no se puede leer: está dañada, incompleta o no es lo que dice ser ({first})");
        }
        catch (UprightDecodeException ex)
        {
            return (null, ex.Message.TrimEnd('.'));
        }
    }

    /// <summary>The upright pixels (from the one orientation decision, <see cref="UprightDecoder"/>) in sRGB, saved with no metadata.</summary>
    private static CleanPhoto ReEncode(Image upright, ImageFormat format, List<string> removed, bool rotated)
    {
        var png = format is ImageFormat.Png or ImageFormat.Tiff;
        using var srgb = ToSrgb(upright, keepDepth: png);
        byte[] encoded;
        if (png)
        {
            encoded = srgb.PngsaveBuffer(compression: 9, keep: Enums.ForeignKeep.None);
        }
        else
        {
            using var flat = srgb.HasAlpha() ? srgb.Flatten(background: [255, 255, 255]) : srgb.Copy();
            using var eightBit = flat.Format == Enums.BandFormat.Uchar ? flat.Copy() : flat.Cast(Enums.BandFormat.Uchar);
            encoded = eightBit.JpegsaveBuffer(q: JpegQuality, optimizeCoding: true, subsampleMode: Enums.ForeignSubsample.Off, keep: Enums.ForeignKeep.None);
        }

        var from = format switch { ImageFormat.Heif => "HEIC/HEIF/AVIF", ImageFormat.WebP => "WebP", ImageFormat.Tiff => "TIFF", _ => null };
        return new CleanPhoto(encoded, png ? ".png" : ".jpg", removed, Lossless: false, rotated, from);
    }

    /// <summary>sRGB through the embedded ICC profile when there is one (so a wide-gamut photo keeps its colours), else by interpretation.</summary>
    private static Image ToSrgb(Image image, bool keepDepth)
    {
        var sixteen = keepDepth && image.Format == Enums.BandFormat.Ushort;
        if (image.Contains("icc-profile-data"))
        {
            try
            {
                using var transformed = image.IccTransform("srgb", embedded: true, intent: Enums.Intent.Perceptual, depth: sixteen ? 16 : 8);
                return transformed.Copy();
            }
            catch (VipsException)
            {
                // A broken profile: fall back to the interpretation, as the publishing pipeline does.
            }
        }

        return image.Colourspace(sixteen ? Enums.Interpretation.Rgb16 : Enums.Interpretation.Srgb);
    }

    private static (CleanPhoto? Photo, string? Error) Checked(CleanPhoto photo)
    {
        var problems = ImageVerifier.Verify(photo.Bytes);
        return problems.Count == 0 ? (photo, null) : (null, "la copia limpia no pasó la verificación: " + string.Join("; ", problems));
    }

    /// <summary>
    /// The JPEG with only the segments needed to decode it (frame, tables, restart interval, a plain Adobe segment
    /// for CMYK, scans), or null when it must be re-encoded instead: carrying a colour profile, or not walkable to its end.
    /// </summary>
    internal static byte[]? StripJpeg(byte[] bytes)
    {
        var output = new MemoryStream(bytes.Length);
        output.Write([0xFF, 0xD8]);
        var position = 2;
        while (position + 2 <= bytes.Length)
        {
            if (bytes[position] != 0xFF)
            {
                return null;
            }

            var marker = bytes[position + 1];
            if (marker == 0xFF)
            {
                position++;
                continue;
            }

            if (marker == 0xD9)
            {
                output.Write([0xFF, 0xD9]);
                return output.ToArray();
            }

            if (position + 4 > bytes.Length)
            {
                return null;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(position + 2));
            if (length < 2 || position + 2 + length > bytes.Length)
            {
                return null;
            }

            var segment = bytes.AsSpan(position, 2 + length);
            var payload = segment[4..];
            position += 2 + length;
            switch (marker)
            {
                case 0xE2 when payload.StartsWith("ICC_PROFILE\0"u8):
                    return null;
                case 0xEE when payload.Length == 12 && payload.StartsWith("Adobe"u8):
                    output.Write(segment);
                    break;
                case >= 0xE0 and <= 0xEF or 0xFE:
                    break;
                case 0xDA:
                    var end = ScanEnd(bytes, position);
                    output.Write(segment);
                    output.Write(bytes.AsSpan(position, end - position));
                    position = end;
                    break;
                default:
                    output.Write(segment);
                    break;
            }
        }

        return null;
    }

    private static int ScanEnd(byte[] bytes, int position)
    {
        while (position + 1 < bytes.Length)
        {
            if (bytes[position] == 0xFF && bytes[position + 1] is not (0x00 or >= 0xD0 and <= 0xD7))
            {
                return position;
            }

            position++;
        }

        return bytes.Length;
    }
}
