using System.Buffers.Binary;
using System.Text;
using Micrositio.Images.Verification;
using Micrositio.Tests.Support;
using NetVips;

namespace Micrositio.Tests.Images.Verification;

/// <summary>
/// Sample files for the verifier tests: clean images written by libvips with no metadata (as the site writes
/// them), helpers to graft a forbidden part into one, a hand-built AVIF/HEIF, and the real camera photos.
/// </summary>
internal static class Samples
{
    /// <summary>The verifier refuses the file, and its problems mention every expected fragment.</summary>
    public static void AssertRejected(byte[] bytes, params string[] expected)
    {
        var problems = ImageVerifier.Verify(bytes);
        Assert.NotEmpty(problems);
        var all = string.Join("\n", problems);
        foreach (var text in expected)
        {
            Assert.Contains(text, all, StringComparison.Ordinal);
        }
    }

    private static readonly Lazy<Image> Picture = new(() =>
    {
        // A small picture with some detail, so that the compressed data has 0xFF bytes, stuffing and all.
        var noise = Image.Gaussnoise(48, 32, sigma: 60, mean: 128, seed: 7);
        return (Image.Black(48, 32) + 40).Bandjoin(noise, noise)
            .Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
    });

    private static readonly Lazy<byte[]> JpegBytes = new(() => Picture.Value.JpegsaveBuffer(q: 80, optimizeCoding: true, keep: Enums.ForeignKeep.None));
    private static readonly Lazy<byte[]> ProgressiveJpegBytes = new(() => Picture.Value.JpegsaveBuffer(q: 80, interlace: true, keep: Enums.ForeignKeep.None));
    private static readonly Lazy<byte[]> PngBytes = new(() => Picture.Value.PngsaveBuffer(keep: Enums.ForeignKeep.None));
    private static readonly Lazy<byte[]> WebpBytes = new(() => Picture.Value.WebpsaveBuffer(q: 80, keep: Enums.ForeignKeep.None));
    private static readonly Lazy<byte[]> AlphaWebpBytes = new(() => WithAlpha().WebpsaveBuffer(q: 80, keep: Enums.ForeignKeep.None));
    private static readonly Lazy<byte[]> AvifBytes = new(() => Picture.Value.HeifsaveBuffer(compression: Enums.ForeignHeifCompression.Av1, keep: Enums.ForeignKeep.None));
    private static readonly Lazy<byte[]> AlphaAvifBytes = new(() => WithAlpha().HeifsaveBuffer(compression: Enums.ForeignHeifCompression.Av1, keep: Enums.ForeignKeep.None));

    private static readonly Lazy<byte[]> TiffBytes = new(() => Picture.Value.TiffsaveBuffer(keep: Enums.ForeignKeep.None));
    private static readonly Lazy<byte[]> GifBytes = new(() => Picture.Value.GifsaveBuffer(keep: Enums.ForeignKeep.None));

    public static byte[] Jpeg => Copy(JpegBytes);

    /// <summary>A baseline TIFF as libvips writes it: one directory of structural tags and one strip of pixels.</summary>
    public static byte[] Tiff => Copy(TiffBytes);

    /// <summary>A GIF89a as libvips (cgif) writes it.</summary>
    public static byte[] Gif => Copy(GifBytes);

    /// <summary>The clean GIF with an extension block (label, sub-blocks, terminator) inserted just before its trailer.</summary>
    public static byte[] GifWith(byte label, params byte[][] subBlocks) =>
        Concat(Gif[..^1], [0x21, label], Concat([.. subBlocks.Select(b => Concat([(byte)b.Length], b))]), [0x00, 0x3B]);

    public static byte[] ProgressiveJpeg => Copy(ProgressiveJpegBytes);

    public static byte[] Png => Copy(PngBytes);

    public static byte[] Webp => Copy(WebpBytes);

    /// <summary>An extended WebP (VP8X + ALPH + VP8).</summary>
    public static byte[] AlphaWebp => Copy(AlphaWebpBytes);

    public static byte[] Avif => Copy(AvifBytes);

    /// <summary>An AVIF with an alpha plane: two items linked by an auxl reference.</summary>
    public static byte[] AlphaAvif => Copy(AlphaAvifBytes);

    /// <summary>What libvips writes when it is not told to keep no metadata.</summary>
    public static byte[] JpegWithDefaultMetadata() => Picture.Value.JpegsaveBuffer(q: 80);

    public static byte[] Concat(params byte[][] parts) => parts.SelectMany(part => part).ToArray();

    public static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    // ---- JPEG ----

    /// <summary>A JPEG segment: marker, big-endian length (which counts itself), payload.</summary>
    public static byte[] Segment(byte marker, byte[] payload)
    {
        var segment = new byte[4 + payload.Length];
        segment[0] = 0xFF;
        segment[1] = marker;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(payload.Length + 2));
        payload.CopyTo(segment, 4);
        return segment;
    }

    /// <summary>The clean JPEG with a segment inserted right after SOI, where cameras put theirs.</summary>
    public static byte[] JpegWith(byte[] segment) => Concat(Jpeg[..2], segment, Jpeg[2..]);

    /// <summary>A plain 16-byte JFIF APP0 with no thumbnail, as many encoders write it.</summary>
    public static byte[] JfifApp0(byte thumbnailWidth = 0, byte thumbnailHeight = 0) =>
        Segment(0xE0, Concat(Ascii("JFIF\0"), [1, 1, 0, 0, 72, 0, 72, thumbnailWidth, thumbnailHeight], new byte[3 * thumbnailWidth * thumbnailHeight]));

    // ---- PNG ----

    /// <summary>A PNG chunk with a correct CRC.</summary>
    public static byte[] Chunk(string type, byte[] data)
    {
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, (uint)data.Length);
        Ascii(type).CopyTo(chunk, 4);
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), PngVerifier.Crc32.Compute(chunk.AsSpan(4, 4 + data.Length)));
        return chunk;
    }

    /// <summary>The clean PNG with a chunk inserted right after IHDR (8-byte signature + 25-byte IHDR).</summary>
    public static byte[] PngWith(byte[] chunk) => Concat(Png[..33], chunk, Png[33..]);

    // ---- WebP ----

    /// <summary>A RIFF chunk: fourcc, little-endian size, data, pad byte to an even length.</summary>
    public static byte[] RiffChunk(string fourcc, byte[] data)
    {
        var chunk = new byte[8 + data.Length + (data.Length & 1)];
        Ascii(fourcc).CopyTo(chunk, 0);
        BinaryPrimitives.WriteUInt32LittleEndian(chunk.AsSpan(4), (uint)data.Length);
        data.CopyTo(chunk, 8);
        return chunk;
    }

    /// <summary>A WebP with chunks appended inside the RIFF container, its size fixed up.</summary>
    public static byte[] WebpWith(byte[] webp, params byte[][] chunks)
    {
        var bytes = Concat([webp, .. chunks]);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), (uint)(bytes.Length - 8));
        return bytes;
    }

    // ---- ISO-BMFF ----

    public static byte[] Box(string type, params byte[][] content)
    {
        var body = Concat(content);
        var box = new byte[8 + body.Length];
        BinaryPrimitives.WriteUInt32BigEndian(box, (uint)box.Length);
        Ascii(type).CopyTo(box, 4);
        body.CopyTo(box, 8);
        return box;
    }

    public static byte[] FullBox(string type, byte version, params byte[][] content) => Box(type, [[version, 0, 0, 0], .. content]);

    public static byte[] U16(int value) => [(byte)(value >> 8), (byte)value];

    public static byte[] U32(long value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];

    /// <summary>An infe version 2: item id, protection index 0, item type, empty name.</summary>
    public static byte[] Infe(int id, string type) => FullBox("infe", 2, U16(id), U16(0), Ascii(type), [0]);

    /// <summary>
    /// A hand-built HEIF-style file: ftyp, a meta box (hdlr pict, pitm 1, iinf, iloc pointing every item at its
    /// own bytes in mdat, optional iref and extra boxes) and mdat. <paramref name="items"/> are (id, type, data);
    /// items in <paramref name="undeclared"/> are located in iloc but left out of iinf.
    /// </summary>
    public static byte[] IsoBmff((int Id, string Type, byte[] Data)[] items, byte[]? iref = null, byte[][]? extraMetaBoxes = null,
        byte[]? mdatExtra = null, int[]? undeclared = null)
    {
        var ftyp = Box("ftyp", Ascii("avif"), U32(0), Ascii("mif1avifmiaf"));
        var declared = items.Where(item => undeclared?.Contains(item.Id) != true).ToArray();
        byte[] Meta(long mdatStart)
        {
            var iloc = FullBox("iloc", 0, [0x44, 0x00], U16(items.Length), Concat(items.Select(item =>
            {
                var offset = mdatStart + items.TakeWhile(other => other.Id != item.Id).Sum(other => other.Data.Length);
                return Concat(U16(item.Id), U16(0), U16(1), U32(offset), U32(item.Data.Length));
            }).ToArray()));
            var children = new List<byte[]>
            {
                FullBox("hdlr", 0, U32(0), Ascii("pict"), new byte[12], [0]),
                FullBox("pitm", 0, U16(1)),
                FullBox("iinf", 0, [U16(declared.Length), .. declared.Select(item => Infe(item.Id, item.Type))]),
                iloc,
            };
            if (iref is not null)
            {
                children.Add(iref);
            }

            children.AddRange(extraMetaBoxes ?? []);
            return FullBox("meta", 0, [.. children]);
        }

        var metaLength = Meta(0).Length;
        var mdatStart = ftyp.Length + metaLength + 8;
        return Concat(ftyp, Meta(mdatStart), Box("mdat", [.. items.Select(item => item.Data), mdatExtra ?? []]));
    }

    /// <summary>An iref version 0 with one reference of <paramref name="type"/> from one item to another.</summary>
    public static byte[] Iref(string type, int from, int to) => FullBox("iref", 0, Box(type, U16(from), U16(1), U16(to)));

    public static byte[] AvifItem => [0x12, 0x00, 0x0A, 0x0A, 0x00, 0x00, 0x00, 0x2C, 0xAB, 0xCD];

    public static byte[] ExifPayload => Concat(U32(6), Ascii("Exif\0\0MM\0*\0\0\0\bGPS 19.4326N 99.1332W"));

    // ---- Real photos ----

    /// <summary>The folder of real camera photos, beside the repository: &lt;repo&gt;/../shared/data/photos-metadata.</summary>
    public static string RealPhotos
    {
        get
        {
            var folder = Path.GetFullPath(Path.Combine(Repository.Root, "..", "shared", "data", "photos-metadata"));
            Assert.True(Directory.Exists(folder), $"No se encontró la carpeta de fotos reales {folder}.");
            return folder;
        }
    }

    public static byte[] RealPhoto(string name) => File.ReadAllBytes(Path.Combine(RealPhotos, name));

    private static Image WithAlpha() => Picture.Value.Bandjoin((Image.Black(48, 32) + 200).Cast(Enums.BandFormat.Uchar));

    private static byte[] Copy(Lazy<byte[]> bytes) => (byte[])bytes.Value.Clone();
}
