using Micrositio.Images;
using NetVips;

namespace Micrositio.Render.Press;

/// <summary>
/// The image a link to a release shows in social networks when the release has no photo: the brand colour
/// with the approved reversed logos, 1200×630 (the size Open Graph readers expect). No text is drawn, so no
/// font is needed and nothing can be misspelt.
/// </summary>
public static class SocialCard
{
    public const int Width = 1200;
    public const int Height = 630;

    /// <param name="logos">PNGs of the reversed variants, all of the same height, placed side by side in order.</param>
    public static byte[] Png(IReadOnlyList<byte[]> logos, string background)
    {
        ImageEngine.EnsureConfigured();
        var rgb = new[] { 1, 3, 5 }.Select(i => (double)Convert.ToInt32(background.Substring(i, 2), 16)).ToArray();
        using var canvas = Image.Black(Width, Height, bands: 3).NewFromImage(rgb).Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
        var images = logos.Select(bytes => Image.NewFromBuffer(bytes)).ToList();
        try
        {
            const int gap = 64;
            var total = images.Sum(i => i.Width) + (gap * (images.Count - 1));
            var x = (Width - total) / 2;
            var card = canvas.Bandjoin(255).Copy(interpretation: Enums.Interpretation.Srgb);
            foreach (var logo in images)
            {
                using var withAlpha = logo.HasAlpha() ? logo.Copy() : logo.Bandjoin(255);
                var next = card.Composite2(withAlpha, Enums.BlendMode.Over, x, (Height - logo.Height) / 2);
                card.Dispose();
                card = next;
                x += logo.Width + gap;
            }

            using var flat = card.Flatten(background: rgb);
            card.Dispose();
            return flat.PngsaveBuffer(keep: Enums.ForeignKeep.None);
        }
        finally
        {
            images.ForEach(i => i.Dispose());
        }
    }
}
