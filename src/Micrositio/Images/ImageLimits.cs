namespace Micrositio.Images;

/// <summary>
/// Bounds on what a source photo may be, checked before any pixel is decoded, so a corrupt file or a
/// decompression bomb (a tiny file declaring 50 000 × 50 000 pixels) fails with a message instead of
/// exhausting memory. Set in sitio.yml (<c>fotos_max_megapixeles</c>, <c>fotos_max_megabytes</c>).
/// </summary>
public sealed record ImageLimits(int MaxMegapixels, int MaxMegabytes)
{
    public static ImageLimits Default { get; } = new(100, 50);

    public long MaxPixels => MaxMegapixels * 1_000_000L;

    public long MaxBytes => MaxMegabytes * 1024L * 1024L;
}
