namespace Micrositio.Tests.Images.Orientation;

/// <summary>
/// Where a stored rectangle is once a picture is upright, computed from the specifications alone (never from a
/// decoder): EXIF orientations 1–8, HEIF <c>irot</c> (quarter turns anticlockwise) then <c>imir</c> (mode 0
/// exchanges top and bottom, 1 left and right; ISO/IEC 23008-12:2022 6.5.12).
/// </summary>
internal static class UprightGeometry
{
    public static IReadOnlyList<Turn> OfExif(int orientation) => orientation switch
    {
        1 => [],
        2 => [Turn.MirrorLeftRight],
        3 => [Turn.Half],
        4 => [Turn.MirrorTopBottom],
        5 => [Turn.MirrorLeftRight, Turn.Anticlockwise],
        6 => [Turn.Clockwise],
        7 => [Turn.MirrorLeftRight, Turn.Clockwise],
        8 => [Turn.Anticlockwise],
        _ => throw new ArgumentOutOfRangeException(nameof(orientation)),
    };

    public static IReadOnlyList<Turn> OfHeif(int? quarterTurns, int? mirrorMode)
    {
        var turns = new List<Turn>();
        switch (quarterTurns)
        {
            case 1:
                turns.Add(Turn.Anticlockwise);
                break;
            case 2:
                turns.Add(Turn.Half);
                break;
            case 3:
                turns.Add(Turn.Clockwise);
                break;
        }

        if (mirrorMode is { } mode)
        {
            turns.Add(mode == 0 ? Turn.MirrorTopBottom : Turn.MirrorLeftRight);
        }

        return turns;
    }

    /// <summary>The upright size of a <paramref name="width"/> × <paramref name="height"/> stored picture.</summary>
    public static (int Width, int Height) Size(int width, int height, IReadOnlyList<Turn> turns) =>
        turns.Count(t => t is Turn.Clockwise or Turn.Anticlockwise) % 2 == 1 ? (height, width) : (width, height);

    /// <summary>The stored rectangle <paramref name="area"/> (x, y, width, height) in the upright picture.</summary>
    public static (int X, int Y, int Width, int Height) Rectangle((int X, int Y, int Width, int Height) area, int width, int height, IReadOnlyList<Turn> turns)
    {
        var (left, top, right, bottom) = (area.X, area.Y, area.X + area.Width, area.Y + area.Height);
        var (w, h) = (width, height);
        foreach (var turn in turns)
        {
            (left, top, right, bottom, w, h) = turn switch
            {
                Turn.Clockwise => (h - bottom, left, h - top, right, h, w),
                Turn.Anticlockwise => (top, w - right, bottom, w - left, h, w),
                Turn.Half => (w - right, h - bottom, w - left, h - top, w, h),
                Turn.MirrorLeftRight => (w - right, top, w - left, bottom, w, h),
                Turn.MirrorTopBottom => (left, h - bottom, right, h - top, w, h),
                _ => throw new ArgumentOutOfRangeException(nameof(turns)),
            };
        }

        return (left, top, right - left, bottom - top);
    }
}
