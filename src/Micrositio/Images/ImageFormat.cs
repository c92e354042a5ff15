namespace Micrositio.Images;

/// <summary>The source formats the gallery accepts, recognised by their first bytes rather than their name.</summary>
public enum ImageFormat
{
    Unknown,
    Jpeg,
    Png,
    WebP,
    Heif,
    Tiff,
}

public static class ImageFormats
{
    public static IReadOnlyDictionary<string, ImageFormat> ByExtension { get; } = new Dictionary<string, ImageFormat>(StringComparer.OrdinalIgnoreCase)
    {
        [".jpg"] = ImageFormat.Jpeg,
        [".jpeg"] = ImageFormat.Jpeg,
        [".png"] = ImageFormat.Png,
        [".webp"] = ImageFormat.WebP,
        [".heic"] = ImageFormat.Heif,
        [".heif"] = ImageFormat.Heif,
        [".avif"] = ImageFormat.Heif,
        [".tif"] = ImageFormat.Tiff,
        [".tiff"] = ImageFormat.Tiff,
    };

    public static ImageFormat Sniff(ReadOnlySpan<byte> head) => head switch
    {
        [0xFF, 0xD8, 0xFF, ..] => ImageFormat.Jpeg,
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => ImageFormat.Png,
        [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => ImageFormat.WebP,
        [_, _, _, _, (byte)'f', (byte)'t', (byte)'y', (byte)'p', ..] => ImageFormat.Heif,
        [(byte)'I', (byte)'I', 0x2A, 0x00, ..] or [(byte)'M', (byte)'M', 0x00, 0x2A, ..] => ImageFormat.Tiff,
        _ => ImageFormat.Unknown,
    };
}
