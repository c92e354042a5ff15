using System.IO.Compression;
using Micrositio.Assemble;
using Micrositio.Tests.Images.Pipeline;
using Micrositio.Tests.Support;
using NetVips;

namespace Micrositio.Tests.Images.Orientation;

/// <summary>
/// Orientation is applied exactly once, for every format and every orientation it can carry: a photo whose
/// hidden area is declared over a marker in upright coordinates (as the README tells staff) is published upright
/// in every derivative and in the press kit, with the marker covered and the control where upright puts it.
/// File names are taken from the output, never assumed.
/// </summary>
public sealed class UprightPublicationTests
{
    private const string AlbumFolder = "orientacion";

    // A turned WebP is refused as a source (see the test below); «fotos agregar» stores it upright as JPEG.
    public static TheoryData<string> Cases => [.. OrientedSources.Names.Where(n => !IsTurnedWebp(n))];

    public static TheoryData<string> TurnedWebps => [.. OrientedSources.Names.Where(IsTurnedWebp)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_published_copy_is_upright_with_the_hidden_marker_covered(string name)
    {
        var source = OrientedSources.Get(name);
        using var site = SiteFixture.Create(Album(source));
        site.WriteBytes($"input/galeria/{AlbumFolder}/foto{source.Extension}", source.Bytes);

        site.Generate();

        site.AssertNoErrors();
        var derivatives = site.Result.Files.Where(f => f.Path.StartsWith("fotos/", StringComparison.Ordinal)).Select(f => (f.Path, f.Bytes)).ToList();
        Assert.Contains(derivatives, d => d.Path.EndsWith(".webp", StringComparison.Ordinal));
        Assert.Contains(derivatives, d => d.Path.EndsWith(".jpg", StringComparison.Ordinal));
        var kit = KitPhotos(site);
        Assert.True(kit.Count == 1, $"{name}: the press kit holds {kit.Count} photos; expected the one photo of the site");
        var problems = derivatives.Concat(kit).SelectMany(d => Problems(source, d.Path, d.Bytes)).ToList();
        var widths = derivatives.Select(d => ImageWidth(d.Bytes)).Distinct().Count();
        if (widths < 2)
        {
            problems.Add($"only {widths} derivative width(s); expected 480 and the photo's own");
        }

        Assert.True(problems.Count == 0, $"{name} (upright {source.UprightSize.Width} × {source.UprightSize.Height}):\n" + string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(TurnedWebps))]
    public void A_webp_whose_exif_turns_it_is_refused_because_viewers_disagree_on_it(string name)
    {
        var source = OrientedSources.Get(name);
        using var site = SiteFixture.Create(Album(source));
        site.WriteBytes($"input/galeria/{AlbumFolder}/foto{source.Extension}", source.Bytes);

        site.Generate();

        site.AssertError($"input/galeria/{AlbumFolder}/foto{source.Extension}", "orientación EXIF", "WebP", "fotos agregar");
        Assert.DoesNotContain(site.Result.Files, f => f.Path.StartsWith("fotos/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("heic-irot-3-exif-6", 600, 60, "520 × 800")]
    [InlineData("avif-irot-1", 600, 60, "520 × 800")]
    [InlineData("jpeg-exif-6", 600, 60, "520 × 800")]
    [InlineData("png-exif-2", 60, 600, "800 × 520")]
    public void A_hidden_area_outside_the_upright_photo_is_refused_quoting_its_upright_size(string name, int x, int y, string size)
    {
        var source = OrientedSources.Get(name);
        // Measured on the picture as stored (800 × 520) rather than as seen.
        using var site = SiteFixture.Create(Album(source, hidden: (x, y, 150, 100)));
        site.WriteBytes($"input/galeria/{AlbumFolder}/foto{source.Extension}", source.Bytes);

        site.Generate();

        site.AssertError($"input/galeria/{AlbumFolder}/foto{source.Extension}", $"se sale de la foto, que mide {size} ya girada", "Cómo corregirlo", "tal como se ve");
        Assert.DoesNotContain(site.Result.Files, f => f.Path.StartsWith("fotos/", StringComparison.Ordinal));
    }

    /// <summary>The album of one photo in the press kit, hiding the marker where it is once the photo is upright.</summary>
    internal static string Album(OrientedSource source, (int X, int Y, int Width, int Height)? hidden = null)
    {
        var (x, y, w, h) = hidden ?? source.Hidden;
        return $$"""
            -- input/galeria/{{AlbumFolder}}/album.yml --
            titulo: Orientación
            fecha: 2025-11-20
            fotos:
              - archivo: foto{{source.Extension}}
                alt: Una foto de prueba con una marca.
                pie: La foto de prueba.
                credito: México SOS
                kit_de_prensa: true
                consentimiento: {fecha: 2025-11-20, registro: Formato 1}
                ocultar:
                  - {x: {{x}}, y: {{y}}, ancho: {{w}}, alto: {{h}}, motivo: rostro}
            """;
    }

    /// <summary>
    /// Everything wrong with one image of <paramref name="source"/>: turned, control misplaced, and the marker visible
    /// (or, when not <paramref name="covered"/>, the marker not red where upright puts it).
    /// </summary>
    internal static List<string> Problems(OrientedSource source, string label, byte[] bytes, bool covered = true)
    {
        using var image = Pixels.Decode(bytes);
        var (uprightWidth, uprightHeight) = source.UprightSize;
        if (Math.Abs(image.Width / (double)image.Height - uprightWidth / (double)uprightHeight) > 0.02)
        {
            return [$"{label}: {image.Width} × {image.Height}, not the upright aspect of {uprightWidth} × {uprightHeight} (turned a quarter?)"];
        }

        var problems = new List<string>();
        var scale = image.Width / (double)uprightWidth;
        var marker = Inside(source.Marker, scale, inset: 1);
        if (covered)
        {
            var markerMax = Pixels.MaxIn(image, marker.X, marker.Y, marker.Width, marker.Height);
            if (markerMax > 40)
            {
                problems.Add($"{label}: the marker at {marker} is not the fill (a channel reaches {markerMax:0})");
            }
        }
        else if (Colour(image, marker) is var (r, g, b) && !(r > 170 && g < 80 && b < 80))
        {
            problems.Add($"{label}: the marker at {marker} is ({r:0}, {g:0}, {b:0}), not red: turned or mirrored the wrong way");
        }

        var control = Inside(source.Control, scale, inset: 6);
        var (red, green, blue) = Colour(image, control);
        if (!(blue > 170 && red < 80 && green < 80))
        {
            problems.Add($"{label}: the control at {control} is ({red:0}, {green:0}, {blue:0}), not blue: turned or mirrored the wrong way");
        }

        var visibleRed = covered ? RedPixels(image) : 0;
        if (visibleRed > 0)
        {
            problems.Add($"{label}: {visibleRed} pixels of the marker's red are visible");
        }

        return problems;
    }

    private static List<(string Path, byte[] Bytes)> KitPhotos(SiteFixture site)
    {
        var zip = site.Result.Find(Urls.PressKit.TrimStart('/'));
        Assert.NotNull(zip);
        using var archive = new ZipArchive(new MemoryStream(zip.Bytes), ZipArchiveMode.Read);
        var images = new List<(string, byte[])>();
        foreach (var entry in archive.Entries.Where(e => e.FullName.StartsWith("fotos/", StringComparison.Ordinal)))
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var bytes = copy.ToArray();
            if (Micrositio.Images.ImageFormats.Sniff(bytes) != Micrositio.Images.ImageFormat.Unknown)
            {
                images.Add(("kit:" + entry.FullName, bytes));
            }
        }

        return images;
    }

    /// <summary>A rectangle of the upright photo in the pixels of an image <paramref name="scale"/> times its size, shrunk on every side.</summary>
    private static (int X, int Y, int Width, int Height) Inside((int X, int Y, int Width, int Height) area, double scale, int inset)
    {
        var left = (int)Math.Ceiling(area.X * scale) + inset;
        var top = (int)Math.Ceiling(area.Y * scale) + inset;
        var right = (int)Math.Floor((area.X + area.Width) * scale) - inset;
        var bottom = (int)Math.Floor((area.Y + area.Height) * scale) - inset;
        return (left, top, right - left, bottom - top);
    }

    private static (double Red, double Green, double Blue) Colour(Image image, (int X, int Y, int Width, int Height) area)
    {
        using var patch = image.Crop(area.X, area.Y, area.Width, area.Height);
        double Mean(int band)
        {
            using var channel = patch.ExtractBand(band);
            return channel.Avg();
        }

        return (Mean(0), Mean(1), Mean(2));
    }

    /// <summary>Pixels that are clearly the marker's red (red far above green and blue), anywhere in the image.</summary>
    private static long RedPixels(Image image)
    {
        using var wide = image.Cast(Enums.BandFormat.Int);
        using var red = wide.ExtractBand(0);
        using var green = wide.ExtractBand(1);
        using var blue = wide.ExtractBand(2);
        using var redOverGreen = red - green;
        using var redOverBlue = red - blue;
        using var overGreen = redOverGreen > 90;
        using var overBlue = redOverBlue > 90;
        using var mask = overGreen & overBlue;
        return (long)Math.Round(mask.Avg() / 255 * image.Width * image.Height);
    }

    private static int ImageWidth(byte[] bytes)
    {
        using var image = Image.NewFromBuffer(bytes);
        return image.Width;
    }

    private static bool IsTurnedWebp(string name) => name.StartsWith("webp-exif-", StringComparison.Ordinal) && name != "webp-exif-1";
}
