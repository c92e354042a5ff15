using Micrositio.Content;
using NetVips;

namespace Micrositio.Images;

/// <summary>
/// The pixels every derivative of one photo is made from: decoded once (a large JPEG at 1/2, 1/4 or 1/8 of its
/// size, shrink-on-load), oriented, 8-bit sRGB, flattened, its hidden areas already covered with an opaque fill,
/// and held in memory so the derivatives never decode the source again. <see cref="Width"/> and
/// <see cref="Height"/> are those of the photo as seen at full resolution, the space hidden areas are given in.
/// </summary>
internal sealed class PhotoPixels : IDisposable
{
    private static readonly double[] Fill = [0, 0, 0];

    private readonly Image _covered;
    private readonly IReadOnlyList<HiddenArea> _areas;

    private PhotoPixels(Image covered, int width, int height, IReadOnlyList<HiddenArea> areas)
    {
        _covered = covered;
        _areas = areas;
        Width = width;
        Height = height;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>The width the source was decoded at (smaller than <see cref="Width"/> after shrink-on-load).</summary>
    public int DecodedWidth => _covered.Width;

    /// <summary>
    /// Covers the hidden areas on the decoded pixels (<paramref name="width"/> × <paramref name="height"/>: the
    /// photo's full oriented size) and keeps the result in memory; <paramref name="pixels"/> can be disposed then.
    /// </summary>
    public static PhotoPixels Cover(Image pixels, int width, int height, IReadOnlyList<HiddenArea> areas)
    {
        // One decoded pixel more on every side: a JPEG decoder interpolates the half-resolution colour of the
        // pixels inside into their neighbours, and shrink-on-load's blocks of 2–8 source pixels are shifted by
        // one when an odd-sized photo is turned, so the area's edge can fall inside a decoded pixel.
        return new PhotoPixels(CoverAt(pixels, width, height, areas, margin: 1), width, height, areas);
    }

    /// <summary>
    /// The derivative <paramref name="width"/> px wide (height from the full-resolution aspect ratio), in memory,
    /// with the hidden areas covered once more at this size: every pixel that shows any part of an area is the
    /// fill itself, not the fill blurred with its surroundings by the resampling.
    /// </summary>
    public Image At(int width)
    {
        var height = Math.Max(1, (int)Math.Round(Height * (double)width / Width));
        using var resized = width == _covered.Width && height == _covered.Height
            ? _covered.Copy()
            : _covered.Resize(width / (double)_covered.Width, vscale: height / (double)_covered.Height);
        return CoverAt(resized, Width, Height, _areas, margin: 0);
    }

    /// <summary>The pixel rectangle of <paramref name="image"/> that shows any part of <paramref name="area"/>, plus <paramref name="margin"/>.</summary>
    public static (int Left, int Top, int Width, int Height) Scaled(HiddenArea area, int width, int height, Image image, int margin)
    {
        var scaleX = image.Width / (double)width;
        var scaleY = image.Height / (double)height;
        // Rounded outward: scaling must never shrink what is covered.
        var left = Math.Max(0, (int)Math.Floor(area.X * scaleX) - margin);
        var top = Math.Max(0, (int)Math.Floor(area.Y * scaleY) - margin);
        var right = Math.Min(image.Width, (int)Math.Ceiling((area.X + area.Width) * scaleX) + margin);
        var bottom = Math.Min(image.Height, (int)Math.Ceiling((area.Y + area.Height) * scaleY) + margin);
        return (left, top, right - left, bottom - top);
    }

    public void Dispose() => _covered.Dispose();

    private static Image CoverAt(Image image, int width, int height, IReadOnlyList<HiddenArea> areas, int margin) => areas.Count == 0
        ? image.CopyMemory()
        : image.Mutate(m =>
        {
            foreach (var area in areas)
            {
                var (left, top, w, h) = Scaled(area, width, height, image, margin);
                m.DrawRect(Fill, left, top, w, h, fill: true);
            }
        });
}
