using NetVips;

namespace Micrositio.Tests.Images.Orientation;

/// <summary>
/// The stored picture every orientation case is made of: two flat halves (light grey over green), a red marker
/// near the top-left corner (the face to hide) and a blue control near the bottom-right one. No black, no other
/// red or blue, so a covered marker, a marker left visible and a control in the wrong place all show.
/// </summary>
internal static class MarkerPicture
{
    public const int Width = 800;
    public const int Height = 520;

    public static readonly (int X, int Y, int Width, int Height) Marker = (90, 70, 120, 90);

    public static readonly (int X, int Y, int Width, int Height) Control = (560, 330, 150, 110);

    /// <summary>How far the declared hidden area reaches beyond the marker, as staff draw it (lossy sources blur its edge).</summary>
    public const int HiddenMargin = 8;

    public static Image Make()
    {
        Image Block(int w, int h, double[] colour) => Image.Black(w, h, bands: 3).NewFromImage(colour);
        using var upper = Block(Width, Height / 2, [185, 185, 175]);
        using var lower = Block(Width, Height - Height / 2, [110, 170, 120]);
        using var halves = upper.Join(lower, Enums.Direction.Vertical);
        using var marked = halves.Mutate(m =>
        {
            m.DrawRect([230, 25, 25], Marker.X, Marker.Y, Marker.Width, Marker.Height, fill: true);
            m.DrawRect([25, 25, 230], Control.X, Control.Y, Control.Width, Control.Height, fill: true);
        });
        return marked.Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
    }
}
