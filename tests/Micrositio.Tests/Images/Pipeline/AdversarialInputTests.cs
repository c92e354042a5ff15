using Micrositio.Content;
using Micrositio.Images;
using NetVips;
using static Micrositio.Tests.Images.Pipeline.Forge;

namespace Micrositio.Tests.Images.Pipeline;

/// <summary>
/// Hand-made hostile inputs through the real <see cref="PhotoProcessor"/>: metadata hidden where scrubbers
/// forget to look (trailers, motion-photo videos, a thumbnail of another picture, C2PA/JUMBF, PNG text and
/// eXIf chunks, WebP EXIF/XMP) must not survive; hidden areas must be opaque black in every derivative; and
/// broken or hostile files must end in one clear error naming the file — no exception, no hang.
/// </summary>
public sealed class AdversarialInputTests
{
    // ---- The judge itself ----

    [Fact]
    public void The_exiftool_allow_list_passes_clean_libvips_output_and_flags_metadata()
    {
        var cleanJpeg = Jpeg(64, 48);
        var cleanWebp = Webp(64, 48);
        Assert.Empty(ExifTool.ForbiddenTags([("limpia.jpg", cleanJpeg), ("limpia.webp", cleanWebp)]));

        var tagged = ExifTool.ForbiddenTags([("gps.jpg", ExifTool.Write(cleanJpeg, ".jpg", PhoneTags)), ("gps.webp", ExifTool.Write(cleanWebp, ".webp", PhoneTags))]);
        foreach (var expected in new[] { "gps.jpg: exiftool shows [GPS] GPSLatitude", "gps.jpg: exiftool shows [XMP-dc] Creator", "gps.webp: exiftool shows [IFD0] Artist", "gps.webp: exiftool shows [RIFF] WebP_Flags" })
        {
            Assert.Contains(tagged, problem => problem.StartsWith(expected, StringComparison.Ordinal));
        }

        using var picture = Picture(64, 48);
        var libvipsDefault = picture.JpegsaveBuffer(q: 80); // libvips keeps/writes metadata unless told not to
        Assert.NotEmpty(ExifTool.ForbiddenTags([("por-defecto.jpg", ExifTool.Write(libvipsDefault, ".jpg", "-Comment=hola"))]));
    }

    // ---- Metadata in unusual places: the derivatives must be clean ----

    [Fact]
    public void Bytes_after_the_end_of_a_jpeg_are_not_published()
    {
        var jpeg = ExifTool.Write(Jpeg(), ".jpg", PhoneTags);
        AssertSourceHas(jpeg, ".jpg", "GPS:GPSLatitude", "ExifIFD:SerialNumber");
        var source = Concat(jpeg, Ascii("TRAILER-SECRET: Persona Secreta, 19.4326 N 99.1332 W"), new byte[4096], Ascii("END-OF-TRAILER"));

        var run = PhotoPipeline.Run("con-cola.jpg", source);

        PhotoPipeline.AssertSafe(run, "TRAILER-SECRET", "END-OF-TRAILER", "Persona Secreta", "SecretPhone", "SERIAL-4711");
        AssertVariants(run, 1200, 800);
    }

    [Fact]
    public void The_video_of_a_motion_photo_is_not_published()
    {
        var video = Concat(
            Box("ftyp", Ascii("mp42"), U32(0), Ascii("isommp42")),
            Box("mdat", Ascii("MOTION-PHOTO-VIDEO-FRAMES"), Enumerable.Range(0, 8192).Select(i => (byte)(i * 31)).ToArray()));
        var jpeg = ExifTool.Write(Jpeg(), ".jpg", [.. PhoneTags, "-XMP-GCamera:MicroVideo=1", "-XMP-GCamera:MicroVideoVersion=1", $"-XMP-GCamera:MicroVideoOffset={video.Length}"]);
        AssertSourceHas(jpeg, ".jpg", "XMP-GCamera:MicroVideoOffset");
        var source = Concat(jpeg, video);

        var run = PhotoPipeline.Run("PXL_20190504_102030.MP.jpg", source);

        PhotoPipeline.AssertSafe(run, "ftypmp42", "mdat", "MOTION-PHOTO-VIDEO", "MicroVideo", "GCamera", "SERIAL-4711");
        AssertVariants(run, 1200, 800);
    }

    [Fact]
    public void An_exif_thumbnail_showing_another_picture_is_not_published()
    {
        // The "uncropped original": a different picture, kept in IFD1 by editors that crop but forget the thumbnail.
        using var thumbnailPicture = Image.Black(160, 120, bands: 3).NewFromImage([230, 20, 20]).Mutate(m => m.DrawCircle([20, 20, 230], 80, 60, 40, fill: true));
        var thumbnail = thumbnailPicture.JpegsaveBuffer(q: 70, keep: Enums.ForeignKeep.None);
        using var folder = new TempFolder();
        var thumbnailPath = Path.Combine(folder.Path, "otra.jpg");
        File.WriteAllBytes(thumbnailPath, thumbnail);
        var source = ExifTool.Write(Jpeg(), ".jpg", [.. PhoneTags, $"-ThumbnailImage<={thumbnailPath}"]);
        AssertSourceHas(source, ".jpg", "IFD1:ThumbnailImage", "IFD1:ThumbnailLength");
        Assert.True(source.AsSpan().IndexOf(thumbnail.AsSpan(thumbnail.Length / 2, 64)) > 0, "the thumbnail was not embedded");

        var run = PhotoPipeline.Run("recortada.jpg", source);

        PhotoPipeline.AssertSafe(run, "SERIAL-4711", "Persona Secreta");
        AssertVariants(run, 1200, 800);
        foreach (var file in run.Files)
        {
            Assert.True(file.Bytes.AsSpan().IndexOf(thumbnail.AsSpan(thumbnail.Length / 2, 64)) < 0, $"{file.Path} contains the bytes of the EXIF thumbnail");
            using var image = Pixels.Decode(file.Bytes);
            Assert.True(image.Width > 160, $"{file.Path} is {image.Width} px wide: the thumbnail was decoded instead of the photo");
        }
    }

    [Fact]
    public void A_c2pa_jumbf_app11_segment_is_not_published()
    {
        byte[] c2paUuid = [0x63, 0x32, 0x70, 0x61, 0x00, 0x11, 0x00, 0x10, 0x80, 0x00, 0x00, 0xAA, 0x00, 0x38, 0x9B, 0x71];
        var jumbf = Box("jumb",
            Box("jumd", c2paUuid, [0x03], Ascii("c2pa\0")),
            Box("json", Utf8("{\"claim_generator\":\"SecretPhone\",\"author\":\"Persona Secreta\",\"gps\":\"19.4326,-99.1332\"}")));
        var app11 = JpegSegment(0xEB, Concat(Ascii("JP"), U16(1), U32(1), jumbf));
        var jpeg = Jpeg();
        var source = Concat(jpeg[..2], app11, jpeg[2..]);
        Assert.Equal(0xEB, source[3]);

        var run = PhotoPipeline.Run("firmada.jpg", source);

        PhotoPipeline.AssertSafe(run, "c2pa", "jumb", "jumd", "Persona Secreta", "SecretPhone");
        AssertVariants(run, 1200, 800);
    }

    [Fact]
    public void Png_text_itxt_exif_and_time_chunks_are_not_published()
    {
        var xmp = """<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator><rdf:Seq><rdf:li>Persona Secreta</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>""";
        var source = PngWithAfterIhdr(Png(),
            PngChunk("tEXt", Concat(Ascii("Author\0"), Ascii("Persona Secreta"))),
            PngChunk("tEXt", Concat(Ascii("Comment\0"), Ascii("GPS 19.4326 N 99.1332 W"))),
            PngChunk("iTXt", Concat(Ascii("XML:com.adobe.xmp\0"), [0, 0], Ascii("\0\0"), Utf8(xmp))),
            PngChunk("eXIf", TiffWithArtist("Persona Secreta", "SERIAL-4711")),
            PngChunk("tIME", Concat(U16(2019), [5, 4, 10, 20, 30])));
        AssertSourceHas(source, ".png", "PNG:Author", "PNG:Comment", "XMP-dc:Creator", "IFD0:Artist", "IFD0:Copyright", "PNG:ModifyDate");

        var run = PhotoPipeline.Run("captura.png", source);

        PhotoPipeline.AssertSafe(run, "Persona Secreta", "SERIAL-4711", "19.4326", "xmpmeta", "tEXt", "iTXt", "eXIf", "tIME");
        AssertVariants(run, 640, 480);
    }

    [Fact]
    public void Webp_exif_and_xmp_chunks_are_not_published()
    {
        var source = ExifTool.Write(Webp(), ".webp", PhoneTags);
        AssertSourceHas(source, ".webp", "GPS:GPSLatitude", "IFD0:Artist", "ExifIFD:SerialNumber", "XMP-dc:Creator");

        var run = PhotoPipeline.Run("telefono.webp", source);

        PhotoPipeline.AssertSafe(run, "Persona Secreta", "SERIAL-4711", "SecretPhone", "EXIF", "XMP ");
        AssertVariants(run, 800, 600);
    }

    // ---- Unusual but valid sources: published as clean sRGB ----

    [Theory]
    [InlineData(1, "red", "green", "blue", "white")]
    [InlineData(2, "green", "red", "white", "blue")]
    [InlineData(3, "white", "blue", "green", "red")]
    [InlineData(4, "blue", "white", "red", "green")]
    [InlineData(5, "red", "blue", "green", "white")]
    [InlineData(6, "blue", "red", "white", "green")]
    [InlineData(7, "white", "green", "blue", "red")]
    [InlineData(8, "green", "white", "red", "blue")]
    public void Every_exif_orientation_is_applied_to_the_pixels(int orientation, string topLeft, string topRight, string bottomLeft, string bottomRight)
    {
        // Stored 800 × 600 in four coloured quadrants; the expected corners are those of the photo as seen.
        using var quadrants = TestPhotos.Quadrants(800, 600);
        var source = ExifTool.Write(quadrants.JpegsaveBuffer(q: 90, keep: Enums.ForeignKeep.None), ".jpg", [.. PhoneTags, $"-IFD0:Orientation#={orientation}"]);

        var run = PhotoPipeline.Run($"orientacion-{orientation}.jpg", source);

        PhotoPipeline.AssertSafe(run, "SERIAL-4711");
        var (width, height) = orientation >= 5 ? (600, 800) : (800, 600);
        AssertVariants(run, width, height);
        foreach (var file in run.Files)
        {
            using var image = Pixels.Decode(file.Bytes);
            var seen = new[] { (0.25, 0.25), (0.75, 0.25), (0.25, 0.75), (0.75, 0.75) }
                .Select(p => TestPhotos.ColourAt(image, p.Item1, p.Item2)).ToArray();
            Assert.True(seen.SequenceEqual([topLeft, topRight, bottomLeft, bottomRight]),
                $"{file.Path}, EXIF orientation {orientation}: corners are {string.Join(", ", seen)}; expected {topLeft}, {topRight}, {bottomLeft}, {bottomRight}");
        }
    }

    [Fact]
    public void A_cmyk_jpeg_is_published_as_clean_srgb()
    {
        using var picture = Picture(900, 600);
        using var cmyk = picture.IccExport(outputProfile: "cmyk");
        var source = ExifTool.Write(cmyk.JpegsaveBuffer(q: 90), ".jpg", PhoneTags);
        AssertSourceHas(source, ".jpg", "File:ColorComponents", "GPS:GPSLatitude");
        Assert.Equal("4", ExifTool.Read([("cmyk.jpg", source)]).Single().Value.First(t => t.Name == "ColorComponents").Value);

        var run = PhotoPipeline.Run("imprenta.jpg", source);

        PhotoPipeline.AssertSafe(run, "SERIAL-4711", "ICC_PROFILE", "Adobe");
        AssertVariants(run, 900, 600);
        Assert.All(run.Files, file =>
        {
            using var image = Pixels.Decode(file.Bytes);
            Assert.Equal(3, image.Bands);
            Assert.True(image.Avg() > 60, $"{file.Path}: mean {image.Avg():0.0}: the CMYK source was not converted to sRGB");
        });
    }

    [Fact]
    public void A_16_bit_png_with_transparency_is_flattened_and_published_clean()
    {
        using var picture = Picture(700, 500);
        using var sixteen = (picture.Cast(Enums.BandFormat.Ushort) * 257).Cast(Enums.BandFormat.Ushort);
        using var alpha = (Image.Black(700, 500) + 65535).Cast(Enums.BandFormat.Ushort).Mutate(m => m.DrawRect([0], 0, 0, 350, 500, fill: true));
        using var rgba = sixteen.Bandjoin(alpha).Copy(interpretation: Enums.Interpretation.Rgb16);
        var source = PngWithAfterIhdr(rgba.PngsaveBuffer(keep: Enums.ForeignKeep.None), PngChunk("tEXt", Ascii("Author\0Persona Secreta")));

        var run = PhotoPipeline.Run("grafica.png", source);

        PhotoPipeline.AssertSafe(run, "Persona Secreta");
        AssertVariants(run, 700, 500);
        foreach (var file in run.Files)
        {
            using var image = Pixels.Decode(file.Bytes);
            Assert.Equal(3, image.Bands);
            var transparentHalf = Pixels.MeanIn(image, 4, 4, image.Width / 2 - 8, image.Height - 8);
            Assert.True(transparentHalf > 245, $"{file.Path}: the transparent half should be flattened onto white, mean {transparentHalf:0.0}");
            var opaqueHalf = Pixels.MeanIn(image, image.Width / 2 + 4, 4, image.Width / 2 - 8, image.Height - 8);
            Assert.True(opaqueHalf is > 60 and < 230, $"{file.Path}: the opaque half lost its pixels (16 → 8 bits), mean {opaqueHalf:0.0}");
        }
    }

    // ---- Hidden areas: opaque black in every derivative ----

    [Fact]
    public void Hidden_areas_are_black_in_every_width_and_format()
    {
        HiddenArea[] hidden = [new(300, 200, 400, 300, "rostro"), new(1700, 950, 300, 250, "placa")]; // the second touches the corner
        var run = PhotoPipeline.Run("plenaria.jpg", ExifTool.Write(Jpeg(2000, 1200), ".jpg", PhoneTags), hidden: hidden);

        PhotoPipeline.AssertSafe(run, "SERIAL-4711");
        AssertVariants(run, 2000, 1200);
        AssertCovered(run, 2000, hidden, control: (1000, 100, 500, 500));
    }

    [Fact]
    public void Hidden_areas_are_measured_on_the_photo_as_seen_after_orientation()
    {
        // Stored 2000 × 1200 with EXIF orientation 6 (turn 90° clockwise): seen as 1200 × 2000.
        var source = ExifTool.Write(Jpeg(2000, 1200), ".jpg", [.. PhoneTags, "-IFD0:Orientation#=6"]);
        AssertSourceHas(source, ".jpg", "IFD0:Orientation");
        HiddenArea[] hidden = [new(100, 1300, 500, 400, "rostro")];

        var run = PhotoPipeline.Run("vertical.jpg", source, hidden: hidden);

        PhotoPipeline.AssertSafe(run, "SERIAL-4711");
        AssertVariants(run, 1200, 2000);
        AssertCovered(run, 1200, hidden, control: (600, 200, 500, 500));
    }

    [Fact]
    public void A_hidden_area_outside_the_photo_is_an_error_and_nothing_is_published()
    {
        var run = PhotoPipeline.Run("fuera.jpg", Jpeg(), hidden: [new(1000, 700, 400, 300, "rostro")]);

        PhotoPipeline.AssertRefused(run, "se sale de la foto", "1200 × 800");
    }

    // ---- Broken and hostile files: one clear error naming the file ----

    [Fact]
    public void A_truncated_jpeg_is_refused()
    {
        var whole = File.ReadAllBytes(Path.Combine(CameraCorpusTests.Corpus, "mei__Apple_iPhone_4.jpg"));

        var run = PhotoPipeline.Run("cortada.jpg", whole[..(whole.Length / 2)], timeout: TimeSpan.FromSeconds(30));

        PhotoPipeline.AssertRefused(run, "no se puede leer");
    }

    [Fact]
    public void A_text_file_named_jpg_is_refused()
    {
        var run = PhotoPipeline.Run("nota.jpg", Utf8("Hola: esto no es una foto, es una nota de texto.\n"), timeout: TimeSpan.FromSeconds(30));

        PhotoPipeline.AssertRefused(run, "no es una imagen JPEG", "«.jpg»");
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        var run = PhotoPipeline.Run("vacia.jpg", [], timeout: TimeSpan.FromSeconds(30));

        PhotoPipeline.AssertRefused(run, "no es una imagen JPEG");
    }

    [Fact]
    public void A_png_named_jpg_is_refused()
    {
        var run = PhotoPipeline.Run("disfrazada.jpg", Png(), timeout: TimeSpan.FromSeconds(30));

        PhotoPipeline.AssertRefused(run, "es PNG", "«.jpg»");
    }

    [Fact]
    public void A_png_declaring_50000_by_50000_pixels_is_refused_before_decoding()
    {
        var bomb = PngDeclaring(Png(8, 8), 50_000, 50_000);
        Assert.True(bomb.Length < 1000, $"the bomb should be tiny, is {bomb.Length} bytes");
        _ = PhotoPipeline.Run("calentamiento.png", Png(8, 8)); // load libvips before measuring

        var run = PhotoPipeline.Run("bomba.png", bomb, timeout: TimeSpan.FromSeconds(30));

        PhotoPipeline.AssertRefused(run, "50000 × 50000", "megapíxeles");
        Assert.True(run.Elapsed < TimeSpan.FromSeconds(2), $"refusing the bomb took {run.Elapsed.TotalSeconds:0.00} s: was it decoded?");
    }

    [Fact]
    public void A_jpeg_declaring_65000_by_65000_pixels_is_refused_before_decoding()
    {
        var bomb = Jpeg(64, 48);
        var sof = FindSof(bomb);
        bomb[sof + 5] = 65000 >> 8;
        bomb[sof + 6] = 65000 & 0xFF;
        bomb[sof + 7] = 65000 >> 8;
        bomb[sof + 8] = 65000 & 0xFF;
        _ = PhotoPipeline.Run("calentamiento.jpg", Jpeg(64, 48));

        var run = PhotoPipeline.Run("bomba.jpg", bomb, timeout: TimeSpan.FromSeconds(30));

        PhotoPipeline.AssertRefused(run, "65000 × 65000", "megapíxeles");
        Assert.True(run.Elapsed < TimeSpan.FromSeconds(2), $"refusing the bomb took {run.Elapsed.TotalSeconds:0.00} s: was it decoded?");
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused()
    {
        var source = Concat(Jpeg(), new byte[2 * 1024 * 1024]); // a 2 MB file (padding after EOI)

        var run = PhotoPipeline.Run("pesada.jpg", source, limits: new ImageLimits(100, 1), timeout: TimeSpan.FromSeconds(30));

        PhotoPipeline.AssertRefused(run, "pesa 2 MB", "límite de 1 MB");
    }

    [Fact]
    public void A_bmp_is_refused_as_unsupported()
    {
        // A 2 × 2 24-bit BMP: file header, BITMAPINFOHEADER, two rows of 8 bytes (6 of pixels, 2 of padding).
        byte[] LittleEndian(int value, int length) => Enumerable.Range(0, length).Select(i => (byte)(value >> (8 * i))).ToArray();
        var pixels = new byte[16];
        Array.Fill(pixels, (byte)0x80);
        var bmp = Concat(Ascii("BM"), LittleEndian(54 + pixels.Length, 4), new byte[4], LittleEndian(54, 4),
            LittleEndian(40, 4), LittleEndian(2, 4), LittleEndian(2, 4), LittleEndian(1, 2), LittleEndian(24, 2), new byte[24], pixels);

        var run = PhotoPipeline.Run("escaneo.bmp", bmp, timeout: TimeSpan.FromSeconds(30));

        PhotoPipeline.AssertRefused(run, "«.bmp»", "no se admite");
    }

    // ---- Helpers ----

    /// <summary>The source really carries what the test is about (so a clean output means it was removed).</summary>
    private static void AssertSourceHas(byte[] source, string extension, params string[] groupTags)
    {
        var tags = ExifTool.Read([("fuente" + extension, source)]).Single().Value.Select(t => $"{t.Group}:{t.Name}").ToHashSet(StringComparer.Ordinal);
        foreach (var tag in groupTags)
        {
            Assert.True(tags.Contains(tag), $"the hand-made source lacks {tag}; exiftool shows: {string.Join(", ", tags.Order())}");
        }
    }

    /// <summary>The standard widths below the photo's, and its own capped at 1600, in both formats, with the aspect ratio kept.</summary>
    private static void AssertVariants(PipelineRun run, int width, int height)
    {
        var photo = Assert.Single(run.Photos);
        Assert.Equal((width, height), (photo.Width, photo.Height));
        var widths = CameraCorpusTests.ExpectedWidths(width).ToList();
        foreach (var mime in new[] { "image/webp", "image/jpeg" })
        {
            Assert.Equal(widths, photo.Variants.Where(v => v.MimeType == mime).Select(v => v.Width).Order());
        }

        foreach (var variant in photo.Variants)
        {
            using var image = Pixels.Decode(run.Files.Single(f => "/" + f.Path == variant.Url).Bytes);
            Assert.Equal((variant.Width, variant.Height), (image.Width, image.Height));
            Assert.True(Math.Abs(image.Height - (image.Width * (double)height / width)) <= 1, $"{variant.Url}: {image.Width} × {image.Height} does not keep {width} × {height}");
        }
    }

    /// <summary>
    /// In every derivative, each hidden area (scaled to the derivative) is black: shrunk by 2 px on every side
    /// against resampling edges, its mean is ≤ 2 and at least 98 % of its samples are ≤ 8; shrunk by
    /// <see cref="CodecMargin"/> px, every channel of every pixel is ≤ 8. A control area elsewhere is not black.
    /// </summary>
    /// <remarks>
    /// Why two rings: JPEG and WebP store colour at half resolution (4:2:0) in 8–16 px blocks, so the lossy
    /// encoders ring a few pixels into a black area next to a bright edge (measured: up to 32 levels within
    /// 2–8 px of the edge, at most 7 beyond 10 px; before encoding the 2-px-shrunk area is ≤ 2). That ringing
    /// is the neighbouring colour, not the hidden content; content left uncovered would fail both rings.
    /// </remarks>
    private static void AssertCovered(PipelineRun run, int width, HiddenArea[] hidden, (int X, int Y, int Width, int Height) control)
    {
        Assert.Equal(2 * CameraCorpusTests.ExpectedWidths(width).Count(), run.Files.Count);
        var problems = new List<string>();
        foreach (var file in run.Files)
        {
            using var image = Pixels.Decode(file.Bytes);
            var scale = image.Width / (double)width;
            foreach (var area in hidden)
            {
                var left = (int)Math.Ceiling(area.X * scale);
                var top = (int)Math.Ceiling(area.Y * scale);
                var right = Math.Min(image.Width, (int)Math.Floor((area.X + area.Width) * scale));
                var bottom = Math.Min(image.Height, (int)Math.Floor((area.Y + area.Height) * scale));
                var where = $"{file.Path} ({image.Width} × {image.Height}), area {area.X},{area.Y} {area.Width}×{area.Height} scaled to ({left}, {top})–({right}, {bottom})";

                using var edge = image.Crop(left + 2, top + 2, right - left - 4, bottom - top - 4);
                var mean = edge.Avg();
                using var over = edge > 8.0;
                var overShare = over.Avg() / 255;
                if (mean > 2 || overShare > 0.02)
                {
                    problems.Add($"{where}: shrunk by 2 px it is not black: mean {mean:0.00}, {overShare:P1} of samples above 8");
                }

                using var core = image.Crop(left + CodecMargin, top + CodecMargin, right - left - 2 * CodecMargin, bottom - top - 2 * CodecMargin);
                var max = core.Max();
                if (max > 8)
                {
                    problems.Add($"{where}: shrunk by {CodecMargin} px a channel still reaches {max}");
                }
            }

            var controlMean = Pixels.MeanIn(image, (int)(control.X * scale), (int)(control.Y * scale), (int)(control.Width * scale), (int)(control.Height * scale));
            if (controlMean <= 40)
            {
                problems.Add($"{file.Path}: the control area is dark too (mean {controlMean:0.0}): the test cannot tell covered from not");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>Beyond this distance from the edge of a hidden area, codec ringing is gone (see <see cref="AssertCovered"/>).</summary>
    private const int CodecMargin = 12;

    /// <summary>The offset of the SOF0/SOF2 marker of a JPEG, walking its segments.</summary>
    private static int FindSof(byte[] jpeg)
    {
        var position = 2;
        while (position + 4 <= jpeg.Length && jpeg[position] == 0xFF)
        {
            var marker = jpeg[position + 1];
            if (marker is 0xC0 or 0xC1 or 0xC2)
            {
                return position;
            }

            position += 2 + ((jpeg[position + 2] << 8) | jpeg[position + 3]);
        }

        throw new InvalidOperationException("no SOF marker found");
    }
}
