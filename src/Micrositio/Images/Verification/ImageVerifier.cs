namespace Micrositio.Images.Verification;

/// <summary>
/// Checks an image file byte by byte against an allow-list of its container's parts (JPEG segments, PNG
/// chunks, WebP chunks, AVIF/HEIF boxes, TIFF tags, GIF blocks), so that no metadata, comment, thumbnail, embedded profile or appended
/// data reaches the published site. The format is recognised by its first bytes, never by the file name.
/// Malformed input yields problems; it never throws.
/// </summary>
public static class ImageVerifier
{
    private static readonly HashSet<string> ImageExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".jpg", ".jpeg", ".png", ".webp", ".avif", ".heic", ".heif", ".tif", ".tiff", ".gif",

        // Image formats this verifier cannot read: a file with such a name is reported as not verified, never as clean.
        ".bmp", ".ico", ".cur", ".jxl", ".jp2", ".j2k", ".jpx", ".jxr", ".wdp", ".hdp", ".psd", ".tga", ".pcx", ".dng", ".cr2", ".cr3",
        ".nef", ".arw", ".orf", ".rw2", ".raf", ".heics", ".avifs", ".apng", ".jfif", ".pjpeg", ".pjp", ".ppm", ".pgm", ".pbm", ".pnm", ".exr", ".hdr",
    };

    /// <summary>Problems found, in Spanish, each naming the offending part (e.g. "segmento APP1 (Exif) en el byte 2"); empty when clean.</summary>
    public static IReadOnlyList<string> Verify(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return bytes switch
            {
                [0xFF, 0xD8, ..] => JpegVerifier.Verify(bytes),
                [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => PngVerifier.Verify(bytes),
                [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => WebpVerifier.Verify(bytes),
                _ when IsoBmffVerifier.HasImageBrand(bytes) => IsoBmffVerifier.Verify(bytes),
                [(byte)'I', (byte)'I', 0x2A, 0x00, ..] or [(byte)'M', (byte)'M', 0x00, 0x2A, ..] => TiffVerifier.Verify(bytes),
                [(byte)'G', (byte)'I', (byte)'F', (byte)'8', ..] => GifVerifier.Verify(bytes),
                _ => [$"{NotVerified}: formato no reconocido ({Describe(bytes)}); solo se pueden verificar JPEG, PNG, WebP, AVIF/HEIF, TIFF y GIF."],
            };
        }
        catch (Exception ex) when (ex is ArgumentException or IndexOutOfRangeException or InvalidOperationException or OverflowException)
        {
            // The verifiers check every bound; this is a last line of defence so that a verifier bug fails the
            // file (it is not published) instead of the whole run.
            return [$"{NotVerified}: el archivo no se pudo revisar ({ex.GetType().Name}); se trata como no seguro."];
        }
    }

    /// <summary>How a problem starts when the file could not be verified at all (its format is unknown to the verifier).</summary>
    public const string NotVerified = "no verificada";

    /// <summary>
    /// True for the names of image files, in any case: those this verifier reads (.jpg .jpeg .png .webp .avif .heic
    /// .heif .tif .tiff .gif) and other image formats, which it reports as not verified.
    /// </summary>
    public static bool IsImagePath(string path) => ImageExtensions.Contains(Path.GetExtension(path));

    /// <summary>
    /// True when the first bytes are those of an image format (JPEG, PNG, WebP, AVIF/HEIF, TIFF, GIF, BMP, JPEG XL, JPEG 2000),
    /// whatever the file is called: an image under another name must be checked too.
    /// </summary>
    public static bool HasImageSignature(ReadOnlySpan<byte> head) => head switch
    {
        [0xFF, 0xD8, 0xFF, ..] => true,
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => true,
        [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => true,
        [(byte)'I', (byte)'I', 0x2A, 0x00, ..] or [(byte)'M', (byte)'M', 0x00, 0x2A, ..] => true,
        [(byte)'I', (byte)'I', 0x2B, 0x00, ..] or [(byte)'M', (byte)'M', 0x00, 0x2B, ..] => true,
        [(byte)'G', (byte)'I', (byte)'F', (byte)'8', ..] => true,
        [(byte)'B', (byte)'M', _, _, _, _, 0, 0, 0, 0, ..] => true,
        [0xFF, 0x0A, ..] or [0, 0, 0, 0x0C, (byte)'J', (byte)'X', (byte)'L', (byte)' ', ..] or [0, 0, 0, 0x0C, (byte)'j', (byte)'P', (byte)' ', (byte)' ', ..] => true,
        _ => IsoBmffVerifier.HasImageBrand(head),
    };

    /// <summary>A hint of what an unrecognised file is, for the message.</summary>
    private static string Describe(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [] => "archivo vacío",
        [(byte)'I', (byte)'I', 0x2B, 0x00, ..] or [(byte)'M', (byte)'M', 0x00, 0x2B, ..] => "BigTIFF",
        [0xFF, 0x0A, ..] or [0, 0, 0, 0x0C, (byte)'J', (byte)'X', (byte)'L', (byte)' ', ..] => "JPEG XL",
        [0, 0, 0, 0x0C, (byte)'j', (byte)'P', (byte)' ', (byte)' ', ..] => "JPEG 2000",
        [(byte)'B', (byte)'M', ..] => "BMP",
        [(byte)'%', (byte)'P', (byte)'D', (byte)'F', ..] => "PDF",
        [_, _, _, _, (byte)'f', (byte)'t', (byte)'y', (byte)'p', ..] => "ISO-BMFF sin marca AVIF/HEIF, p. ej. un video",
        [(byte)'R', (byte)'I', (byte)'F', (byte)'F', ..] => "RIFF que no es WebP",
        _ => $"primeros bytes {Convert.ToHexString(bytes[..Math.Min(bytes.Length, 8)])}",
    };
}
