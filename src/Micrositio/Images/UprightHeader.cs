namespace Micrositio.Images;

/// <summary>
/// What a source photo's header says about turning it upright: the size it is stored at, the EXIF-style
/// orientation (1–8) still to apply after decoding, and whether it needs the external HEVC decoder.
/// <see cref="Width"/> and <see cref="Height"/> are the upright size, the space hidden areas are given in.
/// </summary>
public sealed record UprightHeader(ImageFormat Format, int StoredWidth, int StoredHeight, int Orientation, bool Hevc)
{
    /// <summary>Orientations 5–8 turn the photo a quarter, so its upright width is its stored height.</summary>
    public bool Turned => Orientation is >= 5 and <= 8;

    public int Width => Turned ? StoredHeight : StoredWidth;

    public int Height => Turned ? StoredWidth : StoredHeight;
}
