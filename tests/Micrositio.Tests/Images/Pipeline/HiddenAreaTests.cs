using Micrositio.Content;
using Micrositio.Diagnostics;
using Micrositio.Images;
using NetVips;

namespace Micrositio.Tests.Images.Pipeline;

/// <summary>
/// Hidden areas on a real 12-megapixel phone photo, which the pipeline decodes with shrink-on-load (at half its
/// size), so every area has to be scaled to the decoded pixels and again to each derivative: at every width
/// and format it must be covered to its very edges, and nothing of what it hides may reach any derivative.
/// </summary>
public sealed class HiddenAreaTests
{
    /// <summary>4032 × 3024, the Arche de la Défense at night: lit walls, a lit façade of windows, a canopy.</summary>
    private const string RealPhoto = "mei__Samsung_SM-G935L_Galaxy_S7_Edge.jpg";

    /// <summary>Over the façade, the right-hand wall and a small patch of the canopy; odd places and sizes, so every scaling rounds.</summary>
    private static readonly HiddenArea[] Unaligned =
    [
        new(1013, 1011, 541, 1397, "rostro"),
        new(2829, 757, 601, 1503, "placa"),
        new(2019, 2623, 37, 41, "tatuaje"),
    ];

    [Fact]
    public void Before_encoding_every_pixel_showing_a_hidden_area_is_the_fill_at_every_width()
    {
        var source = Source(RealPhoto);
        using var folder = new TempFolder();
        var errors = new ErrorList();
        var processor = new PhotoProcessor(Path.Combine(folder.Path, ".cache"), ImageLimits.Default, errors);

        using var pixels = processor.Decode(PhotoOf(folder, RealPhoto, source, Unaligned), source);

        Assert.True(errors.Sorted().Count == 0, string.Join("\n", errors.Sorted()));
        Assert.NotNull(pixels);
        Assert.Equal((4032, 3024), (pixels.Width, pixels.Height));
        Assert.True(pixels.DecodedWidth < pixels.Width, $"decoded {pixels.DecodedWidth} px wide: this test is about shrink-on-load");
        var problems = new List<string>();
        foreach (var width in CameraCorpusTests.ExpectedWidths(pixels.Width))
        {
            using var image = pixels.At(width);
            foreach (var area in Unaligned)
            {
                var (left, top, w, h) = Showing(area, pixels.Width, pixels.Height, image);
                var max = Pixels.MaxIn(image, left, top, w, h);
                if (max != 0)
                {
                    problems.Add($"{width} px: area {area.Reason} ({left}, {top}, {w} × {h}): a channel reaches {max}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>
    /// Published (lossy) derivatives: every pixel showing a hidden area, its outermost ring included, is at most
    /// <see cref="CodecRinging"/> and their mean at most <see cref="MaxMean"/>; the photo's own pixels on that ring
    /// are far brighter, so an edge left uncovered, or blurred with its surroundings, would fail.
    /// </summary>
    /// <remarks>
    /// JPEG and WebP encode 8–16 px blocks and half-resolution colour, so a black area next to a lit wall comes
    /// back with a few levels of the wall's light in it (measured on this photo: at most 24 levels).
    /// </remarks>
    [Fact]
    public void Published_derivatives_are_black_over_every_hidden_area_to_its_edges()
    {
        var source = Source(RealPhoto);

        var run = PhotoPipeline.Run(RealPhoto, source, hidden: Unaligned);

        PhotoPipeline.AssertSafe(run);
        Assert.Equal(2 * CameraCorpusTests.ExpectedWidths(4032).Count(), run.Files.Count);
        var problems = new List<string>();
        foreach (var file in run.Files)
        {
            using var image = Pixels.Decode(file.Bytes);
            using var thumbnail = Image.ThumbnailBuffer(source, image.Width, height: image.Height, size: Enums.Size.Force);
            using var seen = thumbnail.CopyMemory();
            foreach (var area in Unaligned)
            {
                var (left, top, w, h) = Showing(area, 4032, 3024, image);
                var where = $"{file.Path} ({image.Width} × {image.Height}), area {area.Reason} at ({left}, {top}), {w} × {h}";
                var max = Pixels.MaxIn(image, left, top, w, h);
                var edge = Ring(image, left, top, w, h).Max(p => p.Max);
                var mean = Pixels.MeanIn(image, left, top, w, h);
                if (max > CodecRinging || edge > CodecRinging || mean > MaxMean)
                {
                    problems.Add($"{where}: not black: a channel reaches {max} ({edge} on its edge), mean {mean:0.00}");
                }

                var originalEdge = Ring(seen, left, top, w, h).Average(p => p.Mean);
                if (originalEdge < 2 * CodecRinging)
                {
                    problems.Add($"{where}: the photo itself is dark there (edge mean {originalEdge:0.0}): the test could not tell covered from not");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>
    /// Two sources that differ only inside their hidden areas (the second has the photo's pixels inverted there)
    /// give byte-identical derivatives: nothing inside an area reaches any width or format, whatever it holds.
    /// The areas sit on the source's 16-px JPEG blocks, so no block of the source mixes hidden and visible pixels
    /// (which the source file itself would do, before the pipeline sees it); the photo is cropped to an odd size,
    /// so the turns move shrink-on-load's blocks against the areas.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(6)]
    public void Nothing_inside_a_hidden_area_reaches_any_derivative(int orientation)
    {
        (int X, int Y, int Width, int Height)[] stored = [(1008, 1008, 544, 1392), (2832, 752, 592, 1504), (2016, 2624, 48, 48)];
        using var decoded = Pixels.Decode(Source(RealPhoto));
        using var photo = decoded.Crop(0, 0, 4031, 3023).CopyMemory();
        var altered = photo;
        var steps = new List<Image>();
        foreach (var (x, y, w, h) in stored)
        {
            using var inside = altered.Crop(x, y, w, h);
            using var inverted = inside.Invert();
            altered = altered.Insert(inverted, x, y);
            steps.Add(altered);
        }

        string[] tags = [$"-IFD0:Orientation#={orientation}"];
        var original = ExifTool.Write(photo.JpegsaveBuffer(q: 88, keep: Enums.ForeignKeep.None), ".jpg", tags);
        var changed = ExifTool.Write(altered.JpegsaveBuffer(q: 88, keep: Enums.ForeignKeep.None), ".jpg", tags);
        steps.ForEach(s => s.Dispose());
        Assert.False(original.AsSpan().SequenceEqual(changed), "the two sources should differ");
        var hidden = stored.Select(a => Seen(a, 4031, 3023, orientation)).Select(a => new HiddenArea(a.X, a.Y, a.Width, a.Height, "rostro")).ToArray();

        var first = PhotoPipeline.Run("original.jpg", original, hidden: hidden);
        var second = PhotoPipeline.Run("cambiada.jpg", changed, hidden: hidden);

        PhotoPipeline.AssertSafe(first);
        PhotoPipeline.AssertSafe(second);
        var seenWidth = orientation >= 5 ? 3023 : 4031;
        Assert.Equal(2 * CameraCorpusTests.ExpectedWidths(seenWidth).Count(), first.Files.Count);
        var a = BySuffix(first);
        var b = BySuffix(second);
        Assert.Equal(a.Keys.Order(), b.Keys.Order());
        Assert.All(a, pair => Assert.True(pair.Value.AsSpan().SequenceEqual(b[pair.Key]), $"-{pair.Key} differs: something of the hidden areas reached it"));

        // The same two sources without hidden areas differ: the comparison above can see a difference.
        var uncovered = BySuffix(PhotoPipeline.Run("original.jpg", original));
        var uncoveredChanged = BySuffix(PhotoPipeline.Run("cambiada.jpg", changed));
        Assert.All(uncovered, pair => Assert.False(pair.Value.AsSpan().SequenceEqual(uncoveredChanged[pair.Key]), $"-{pair.Key}: the sources give the same bytes even uncovered"));
    }

    /// <summary>Beyond the edge of an area the published derivatives ring by at most this much (see above).</summary>
    private const double CodecRinging = 32;

    private const double MaxMean = 6;

    /// <summary>A stored rectangle as seen once the EXIF orientation is applied (1, 3 and 6 only).</summary>
    private static (int X, int Y, int Width, int Height) Seen((int X, int Y, int Width, int Height) area, int width, int height, int orientation) => orientation switch
    {
        1 => area,
        3 => (width - area.X - area.Width, height - area.Y - area.Height, area.Width, area.Height),
        6 => (height - area.Y - area.Height, area.X, area.Height, area.Width),
        _ => throw new ArgumentOutOfRangeException(nameof(orientation)),
    };

    /// <summary>Derivatives by what follows their content-derived name: width and format ("1600.webp").</summary>
    private static Dictionary<string, byte[]> BySuffix(PipelineRun run)
    {
        Assert.True(run.Errors.Count == 0, run.ErrorText);
        return run.Files.ToDictionary(f => f.Path[(f.Path.LastIndexOf('-') + 1)..], f => f.Bytes, StringComparer.Ordinal);
    }

    /// <summary>The pixels of <paramref name="image"/> that show any part of <paramref name="area"/> (given at full size): rounded outward.</summary>
    private static (int Left, int Top, int Width, int Height) Showing(HiddenArea area, int width, int height, Image image)
    {
        var scaleX = image.Width / (double)width;
        var scaleY = image.Height / (double)height;
        var left = (int)Math.Floor(area.X * scaleX);
        var top = (int)Math.Floor(area.Y * scaleY);
        var right = Math.Min(image.Width, (int)Math.Ceiling((area.X + area.Width) * scaleX));
        var bottom = Math.Min(image.Height, (int)Math.Ceiling((area.Y + area.Height) * scaleY));
        return (left, top, right - left, bottom - top);
    }

    /// <summary>The outermost ring of pixels of the rectangle, side by side: largest channel value and mean of each.</summary>
    private static IEnumerable<(double Max, double Mean)> Ring(Image image, int left, int top, int width, int height) =>
        new[] { (left, top, width, 1), (left, top + height - 1, width, 1), (left, top, 1, height), (left + width - 1, top, 1, height) }
            .Select(r => (Pixels.MaxIn(image, r.Item1, r.Item2, r.Item3, r.Item4), Pixels.MeanIn(image, r.Item1, r.Item2, r.Item3, r.Item4)));

    private static Photo PhotoOf(TempFolder folder, string fileName, byte[] bytes, IReadOnlyList<HiddenArea> hidden)
    {
        var fullPath = Path.Combine(folder.Path, fileName);
        File.WriteAllBytes(fullPath, bytes);
        return new Photo(PhotoPipeline.Album, fileName, PhotoPipeline.SourcePathOf(fileName), fullPath, 3, "Texto alternativo", null, null, HasConsent: true, hidden);
    }

    private static byte[] Source(string file) => File.ReadAllBytes(Path.Combine(CameraCorpusTests.Corpus, file));
}
