using System.Globalization;

namespace Micrositio.Brand;

/// <summary>Colour arithmetic for the brand checks: reading CSS colours and the WCAG contrast ratio.</summary>
public static class Colors
{
    /// <summary>A CSS colour as «#rrggbb»; null when it is not an opaque colour this can read.</summary>
    public static string? Normalize(string value)
    {
        var text = value.Trim().ToLowerInvariant();
        if (text.StartsWith("rgba(", StringComparison.Ordinal) && text.EndsWith(')'))
        {
            var parts = text[5..^1].Split(',', StringSplitOptions.TrimEntries);
            return parts.Length == 4 && parts[3] is "1" or "1.0" ? SvgLogoLint.NormalizeColor($"rgb({parts[0]}, {parts[1]}, {parts[2]})") : null;
        }

        return SvgLogoLint.NormalizeColor(text);
    }

    /// <summary>The WCAG 2 contrast ratio between two colours, from 1 to 21; null if either cannot be read.</summary>
    public static double? Contrast(string a, string b) =>
        Luminance(a) is { } la && Luminance(b) is { } lb ? (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05) : null;

    private static double? Luminance(string color)
    {
        if (Normalize(color) is not { } hex)
        {
            return null;
        }

        double Channel(int index)
        {
            var c = int.Parse(hex.AsSpan(1 + (2 * index), 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(0)) + (0.7152 * Channel(1)) + (0.0722 * Channel(2));
    }
}
