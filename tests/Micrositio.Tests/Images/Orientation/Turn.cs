namespace Micrositio.Tests.Images.Orientation;

/// <summary>One step of turning a stored picture upright, as the EXIF and HEIF specifications define them.</summary>
internal enum Turn
{
    Clockwise,
    Half,
    Anticlockwise,
    MirrorLeftRight,
    MirrorTopBottom,
}
