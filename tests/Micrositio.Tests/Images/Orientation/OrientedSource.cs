namespace Micrositio.Tests.Images.Orientation;

/// <summary>
/// A source photo of <see cref="MarkerPicture"/> as one format stores it with one orientation, and where its
/// marker and control are once it is upright (from the specifications, see <see cref="UprightGeometry"/>).
/// </summary>
internal sealed record OrientedSource(string Name, string Extension, byte[] Bytes, IReadOnlyList<Turn> Turns)
{
    public (int Width, int Height) UprightSize => UprightGeometry.Size(MarkerPicture.Width, MarkerPicture.Height, Turns);

    public (int X, int Y, int Width, int Height) Marker => UprightGeometry.Rectangle(MarkerPicture.Marker, MarkerPicture.Width, MarkerPicture.Height, Turns);

    public (int X, int Y, int Width, int Height) Control => UprightGeometry.Rectangle(MarkerPicture.Control, MarkerPicture.Width, MarkerPicture.Height, Turns);

    /// <summary>The area staff declare over the marker, in upright pixels.</summary>
    public (int X, int Y, int Width, int Height) Hidden
    {
        get
        {
            var (x, y, w, h) = Marker;
            var m = MarkerPicture.HiddenMargin;
            return (x - m, y - m, w + 2 * m, h + 2 * m);
        }
    }

    public override string ToString() => Name;
}
