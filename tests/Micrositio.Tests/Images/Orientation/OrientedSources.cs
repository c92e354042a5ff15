using Micrositio.Tests.Images.Pipeline;
using Micrositio.Tests.Support;
using NetVips;
using static Micrositio.Tests.Images.Pipeline.Forge;

namespace Micrositio.Tests.Images.Orientation;

/// <summary>
/// Every format the gallery accepts with every orientation it can carry. JPEG, PNG, WebP and TIFF are made here
/// from <see cref="MarkerPicture"/> with an EXIF block holding nothing but the orientation (TIFF: its own tag).
/// HEIC and AVIF start from small committed files (testdata/orientation, made by heif-enc from the same picture,
/// see its LEEME.md), to which <see cref="HeifTransforms"/> adds irot/imir.
/// </summary>
internal static class OrientedSources
{
    public static IEnumerable<string> Names
    {
        get
        {
            foreach (var format in new[] { "jpeg", "png", "webp", "tiff" })
            {
                for (var orientation = 1; orientation <= 8; orientation++)
                {
                    yield return $"{format}-exif-{orientation}";
                }
            }

            foreach (var format in new[] { "heic", "avif" })
            {
                for (var turns = 0; turns < 4; turns++)
                {
                    yield return $"{format}-irot-{turns}";
                    yield return $"{format}-irot-{turns}-imir-0";
                    yield return $"{format}-irot-{turns}-imir-1";
                }

                // As iPhones write them: irot and an EXIF orientation that says the same; and an EXIF
                // orientation alone, which the HEIF specification says to ignore.
                yield return $"{format}-irot-3-exif-6";
                yield return $"{format}-irot-1-exif-8";
                yield return $"{format}-irot-2-exif-3";
                yield return $"{format}-exif-6";
            }
        }
    }

    public static TheoryData<string> All => [.. Names];

    public static OrientedSource Get(string name)
    {
        var parts = name.Split('-');
        var format = parts[0];
        int? Value(string key) => Array.IndexOf(parts, key) is var i and >= 0 ? int.Parse(parts[i + 1], System.Globalization.CultureInfo.InvariantCulture) : null;
        var exif = Value("exif");
        if (format is "heic" or "avif")
        {
            var baseName = exif is { } o ? $"marker-exif-{o}.{format}" : $"marker.{format}";
            var bytes = File.ReadAllBytes(Path.Combine(TestData, baseName));
            var (turns, mirror) = (Value("irot"), Value("imir"));
            return new OrientedSource(name, "." + format, HeifTransforms.Add(bytes, turns, mirror), UprightGeometry.OfHeif(turns, mirror));
        }

        var orientation = exif ?? 1;
        using var picture = MarkerPicture.Make();
        var source = format switch
        {
            "jpeg" => WithExif(picture.JpegsaveBuffer(q: 92, keep: Enums.ForeignKeep.None), orientation),
            "png" => PngWithAfterIhdr(picture.PngsaveBuffer(keep: Enums.ForeignKeep.None), PngChunk("eXIf", ExifOrientation(orientation))),
            "webp" => WebpWithExif(picture.WebpsaveBuffer(q: 92, keep: Enums.ForeignKeep.None), ExifOrientation(orientation)),
            "tiff" => Tiff(picture, orientation),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
        var extension = format switch { "jpeg" => ".jpg", "tiff" => ".tif", _ => "." + format };
        return new OrientedSource(name, extension, source, UprightGeometry.OfExif(orientation));
    }

    public static string TestData => Path.Combine(Repository.Root, "tests", "Micrositio.Tests", "testdata", "orientation");

    /// <summary>A big-endian TIFF/EXIF block whose IFD0 holds only Orientation.</summary>
    public static byte[] ExifOrientation(int orientation) =>
        Concat(Ascii("MM"), U16(42), U32(8), U16(1), U16(0x0112), U16(3), U32(1), U16(orientation), U16(0), U32(0));

    private static byte[] WithExif(byte[] jpeg, int orientation) =>
        Concat(jpeg[..2], JpegSegment(0xE1, Concat(Ascii("Exif\0\0"), ExifOrientation(orientation))), jpeg[2..]);

    /// <summary>A simple lossy WebP turned into the extended format (VP8X) with an EXIF chunk.</summary>
    private static byte[] WebpWithExif(byte[] webp, byte[] exif)
    {
        Assert.Equal("VP8 ", System.Text.Encoding.ASCII.GetString(webp, 12, 4));
        byte[] Le32(int value) => BitConverter.GetBytes(value);
        byte[] Le24(int value) => [(byte)value, (byte)(value >> 8), (byte)(value >> 16)];
        var vp8x = Concat(Ascii("VP8X"), Le32(10), [0x08, 0, 0, 0], Le24(MarkerPicture.Width - 1), Le24(MarkerPicture.Height - 1));
        var exifChunk = Concat(Ascii("EXIF"), Le32(exif.Length), exif, exif.Length % 2 == 1 ? [0] : []);
        var body = Concat(Ascii("WEBP"), vp8x, webp[12..], exifChunk);
        return Concat(Ascii("RIFF"), Le32(body.Length), body);
    }

    private static byte[] Tiff(Image picture, int orientation)
    {
        using var oriented = picture.Mutate(m => m.Set(GValue.GIntType, "orientation", orientation));
        return oriented.TiffsaveBuffer(compression: Enums.ForeignTiffCompression.Deflate);
    }
}
