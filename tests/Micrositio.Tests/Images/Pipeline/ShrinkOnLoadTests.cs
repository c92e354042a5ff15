using Micrositio.Content;
using Micrositio.Diagnostics;
using Micrositio.Images;
using NetVips;

namespace Micrositio.Tests.Images.Pipeline;

/// <summary>
/// Large JPEGs are decoded at 1/2 or 1/4 of their size (shrink-on-load) when that still covers the largest
/// derivative: the shrink is chosen on the photo as seen (after its EXIF orientation), so a turned photo is never
/// decoded narrower than its 1600 px derivative, and the derivatives keep the full photo's size, aspect and corners.
/// </summary>
public sealed class ShrinkOnLoadTests
{
    [Theory]
    [InlineData(4000, 3000, 1, 2)]
    [InlineData(4000, 3000, 3, 2)]
    [InlineData(4000, 3000, 6, 1)] // seen 3000 wide: half would be 1500, narrower than 1600
    [InlineData(4000, 3000, 8, 1)]
    [InlineData(6400, 3600, 1, 4)]
    [InlineData(6400, 3600, 6, 2)] // seen 3600 wide: decoded at half, then turned
    [InlineData(4001, 2999, 7, 1)]
    [InlineData(3201, 1801, 2, 2)]
    public void Large_jpegs_are_decoded_smaller_and_published_at_their_full_size(int width, int height, int orientation, int shrink)
    {
        using var quadrants = TestPhotos.Quadrants(width, height);
        var source = ExifTool.Write(quadrants.JpegsaveBuffer(q: 85, keep: Enums.ForeignKeep.None), ".jpg", $"-IFD0:Orientation#={orientation}");
        var (seenWidth, seenHeight) = orientation >= 5 ? (height, width) : (width, height);

        using (var folder = new TempFolder())
        {
            var fullPath = Path.Combine(folder.Path, "grande.jpg");
            File.WriteAllBytes(fullPath, source);
            var photo = new Photo(PhotoPipeline.Album, "grande.jpg", PhotoPipeline.SourcePathOf("grande.jpg"), fullPath, 3, "Texto", null, null, HasConsent: true, []);
            var errors = new ErrorList();
            using var pixels = new PhotoProcessor(Path.Combine(folder.Path, ".cache"), ImageLimits.Default, errors).Decode(photo, source);
            Assert.NotNull(pixels);
            Assert.Equal((seenWidth, seenHeight), (pixels.Width, pixels.Height));
            Assert.Equal(seenWidth / shrink, pixels.DecodedWidth); // libvips rounds the shrunk size down
        }

        var run = PhotoPipeline.Run("grande.jpg", source);

        PhotoPipeline.AssertSafe(run);
        var processed = Assert.Single(run.Photos);
        Assert.Equal((seenWidth, seenHeight), (processed.Width, processed.Height));
        var expected = CameraCorpusTests.ExpectedWidths(seenWidth).ToList();
        Assert.Equal(1600, expected[^1]);
        var corners = Corners(orientation);
        foreach (var variant in processed.Variants)
        {
            using var image = Pixels.Decode(run.Files.Single(f => "/" + f.Path == variant.Url).Bytes);
            Assert.Equal((variant.Width, variant.Height), (image.Width, image.Height));
            Assert.Contains(image.Width, expected);
            Assert.Equal((int)Math.Round(seenHeight * (double)image.Width / seenWidth), image.Height);
            var seen = new[] { (0.25, 0.25), (0.75, 0.25), (0.25, 0.75), (0.75, 0.75) }.Select(p => TestPhotos.ColourAt(image, p.Item1, p.Item2)).ToArray();
            Assert.True(seen.SequenceEqual(corners), $"{variant.Url}, orientation {orientation}: corners {string.Join(", ", seen)}; expected {string.Join(", ", corners)}");
        }

        Assert.Equal(2 * expected.Count, processed.Variants.Count);
    }

    /// <summary>The colours seen at the four quarters (top-left, top-right, bottom-left, bottom-right) once turned.</summary>
    private static string[] Corners(int orientation) => orientation switch
    {
        1 => ["red", "green", "blue", "white"],
        2 => ["green", "red", "white", "blue"],
        3 => ["white", "blue", "green", "red"],
        6 => ["blue", "red", "white", "green"],
        7 => ["white", "green", "blue", "red"],
        8 => ["green", "white", "red", "blue"],
        _ => throw new ArgumentOutOfRangeException(nameof(orientation)),
    };
}
