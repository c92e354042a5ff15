namespace Micrositio.Render.Press.Pdf;

/// <summary>
/// The press PDF's look. US Letter (Mexico's usual paper) with 2 cm margins; the footer sits inside
/// the bottom margin. Colours keep at least 4.5:1 contrast on white.
/// </summary>
internal static class PressPdfTheme
{
    public const double PageWidth = 612;
    public const double PageHeight = 792;
    public const double Margin = 56.69;
    public const double ContentLeft = Margin;
    public const double ContentWidth = PageWidth - 2 * Margin;
    public const double ContentTop = Margin;
    public const double ContentBottom = PageHeight - Margin;

    public const uint Brand = 0x0B4F6C;
    public const uint Ink = 0x1A1A1A;
    public const uint Muted = 0x4A4A4A;
    public const uint Hairline = 0x8A9AA3;

    public static readonly TextStyle Kicker = new(10, true, false, Brand, 1.3);
    public static readonly TextStyle Title = new(20, true, false, Ink, 1.2);
    public static readonly TextStyle Lead = new(12.5, false, false, Muted, 1.4);
    public static readonly TextStyle Body = new(10.75, false, false, Ink, 1.45);
    public static readonly TextStyle Closing = new(9.5, false, false, Ink, 1.4);
    public static readonly TextStyle Footer = new(8, false, false, Muted, 1.25);

    public static readonly double FooterLastBaseline = PageHeight - 28;
    public static readonly double FooterRuleY = PageHeight - 48;
    public const int FooterMaxLines = 2;

    public const double QuoteIndent = 16;
    public const double QuoteBarOffset = 3;
    public const double BulletIndent = 16;
    public const double LabelGap = 6;

    public static TextStyle Heading(int level, TextStyle body) => level switch
    {
        <= 2 => new TextStyle(Math.Round(body.Size * 1.3, 2), true, false, Brand, 1.25),
        3 => new TextStyle(Math.Round(body.Size * 1.12, 2), true, false, Ink, 1.3),
        _ => body with { Bold = true },
    };

    /// <summary>Space above a heading: more for higher levels, so sections read as sections.</summary>
    public static double HeadingGap(int level) => level <= 2 ? 16 : 11;
}
