using System.Buffers.Binary;

namespace Micrositio.Images.Verification;

/// <summary>
/// What a gallery source photo carries besides its pixels, named for staff ("ubicación (GPS)", "miniatura", …), so
/// that photos with metadata never enter the repository. Unlike <see cref="ImageVerifier"/> (for published files),
/// a source may keep what is needed to show it as taken: an Exif block with only orientation, resolution and colour
/// space, and its ICC colour profile. Malformed input yields a named problem; it never throws.
/// </summary>
public static class SourceMetadata
{
    public const string Trailing = "datos después del final de la imagen (p. ej. un video de «foto en movimiento»)";

    /// <summary>The kinds of data carried, sorted and distinct; empty for a clean source.</summary>
    public static IReadOnlyList<string> Carried(ReadOnlySpan<byte> bytes)
    {
        var kinds = new SortedSet<string>(StringComparer.Ordinal);
        try
        {
            switch (bytes)
            {
                case [0xFF, 0xD8, ..]:
                    Jpeg(bytes, kinds);
                    break;
                case [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..]:
                    Png(bytes, kinds);
                    break;
                case [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..]:
                    Webp(bytes, kinds);
                    break;
                case [(byte)'I', (byte)'I', 0x2A, 0x00, ..] or [(byte)'M', (byte)'M', 0x00, 0x2A, ..]:
                    kinds.UnionWith(ExifKinds.Of(bytes));
                    break;
                case [_, _, _, _, (byte)'f', (byte)'t', (byte)'y', (byte)'p', ..] when IsoBmffVerifier.HasImageBrand(bytes):
                    var heif = ImageVerifier.Verify(bytes).Select(HeifKind).OfType<string>().ToList();
                    if (heif.Contains(HeifExif) && HeifExifBlock(bytes) is { } exif)
                    {
                        // The Exif item is judged like any Exif block: orientation alone carries nothing.
                        heif.RemoveAll(k => k == HeifExif);
                        kinds.UnionWith(ExifKinds.Of(exif));
                    }

                    kinds.UnionWith(heif);
                    break;
                default:
                    // Anything else (GIF, unknown formats): the published-file allow-list, which names what it refuses.
                    kinds.UnionWith(ImageVerifier.Verify(bytes));
                    break;
            }
        }
        catch (Exception ex) when (ex is ArgumentException or IndexOutOfRangeException or InvalidOperationException or OverflowException)
        {
            kinds.Add($"estructura dañada que no se puede revisar ({ex.GetType().Name})");
        }

        return [.. kinds];
    }

    /// <summary>
    /// A HEIF/AVIF problem of the published-file allow-list in staff's words; null for the colour profile (allowed
    /// in a source) and for the references that only link the metadata items already named.
    /// </summary>
    private static string? HeifKind(string problem) => problem switch
    {
        _ when problem.Contains("«colr»", StringComparison.Ordinal) || problem.Contains("«cdsc»", StringComparison.Ordinal) => null,
        _ when problem.Contains("«Exif»", StringComparison.Ordinal) => HeifExif,
        _ when problem.Contains("«mime»", StringComparison.Ordinal) => ExifKinds.Xmp,
        _ when problem.Contains("«thmb»", StringComparison.Ordinal) || problem.Contains("miniatura", StringComparison.Ordinal) => ExifKinds.Thumbnail,
        _ => problem,
    };

    private const string HeifExif = "Exif (cámara, fechas, ubicación)";

    /// <summary>
    /// The TIFF structure of a HEIF Exif item, or null when it is not found: after «Exif\0\0» where the writer put that
    /// prefix, else the first TIFF header whose first directory follows it (offset 8), as libheif writes the item.
    /// </summary>
    private static byte[]? HeifExifBlock(ReadOnlySpan<byte> bytes)
    {
        var at = bytes.IndexOf("Exif\0\0"u8);
        if (at >= 0 && bytes.Length >= at + 14 && bytes[(at + 6)..] is [(byte)'I', (byte)'I', 0x2A, 0x00, ..] or [(byte)'M', (byte)'M', 0x00, 0x2A, ..])
        {
            return bytes[(at + 6)..].ToArray();
        }

        foreach (var header in new[] { "MM\0*\0\0\0\b"u8.ToArray(), "II*\0\b\0\0\0"u8.ToArray() })
        {
            at = bytes.IndexOf(header);
            if (at >= 0)
            {
                return bytes[at..].ToArray();
            }
        }

        return null;
    }

    private static void Jpeg(ReadOnlySpan<byte> bytes, SortedSet<string> kinds)
    {
        var position = 2;
        while (position + 2 <= bytes.Length)
        {
            if (bytes[position] != 0xFF)
            {
                kinds.Add("estructura JPEG dañada o con datos escondidos");
                return;
            }

            var marker = bytes[position + 1];
            if (marker == 0xFF)
            {
                position++;
                continue;
            }

            if (marker == 0xD9)
            {
                if (bytes.Length - position - 2 > 0)
                {
                    kinds.Add(Trailing);
                }

                return;
            }

            if (marker is >= 0xD0 and <= 0xD7 or 0x01)
            {
                position += 2;
                continue;
            }

            var length = position + 4 <= bytes.Length ? BinaryPrimitives.ReadUInt16BigEndian(bytes[(position + 2)..]) : 0;
            if (length < 2 || position + 2 + length > bytes.Length)
            {
                kinds.Add("estructura JPEG dañada o truncada");
                return;
            }

            var payload = bytes.Slice(position + 4, length - 2);
            position += 2 + length;
            switch (marker)
            {
                case 0xE1 when payload.StartsWith("Exif\0"u8) && payload.Length >= 6:
                    kinds.UnionWith(ExifKinds.Of(payload[6..]));
                    break;
                case 0xE1 when payload.StartsWith("http://ns.adobe.com/"u8):
                    kinds.Add(ExifKinds.Xmp);
                    break;
                case 0xE0 when payload.StartsWith("JFIF\0"u8):
                    if (payload.Length >= 14 && (payload[12] != 0 || payload[13] != 0))
                    {
                        kinds.Add(ExifKinds.Thumbnail);
                    }

                    break;
                case 0xE0 when payload.StartsWith("JFXX\0"u8):
                    kinds.Add(ExifKinds.Thumbnail);
                    break;
                case 0xE2 when payload.StartsWith("ICC_PROFILE\0"u8):
                case 0xEE when payload.StartsWith("Adobe"u8) && payload.Length == 12:
                    break;
                case 0xE2 when payload.StartsWith("MPF\0"u8):
                    kinds.Add("segunda imagen o vista previa (MPF)");
                    break;
                case 0xED:
                    kinds.Add(ExifKinds.Iptc);
                    break;
                case 0xFE:
                    kinds.Add("comentario");
                    break;
                case >= 0xE0 and <= 0xEF:
                    kinds.Add($"bloque de aplicación APP{marker - 0xE0}");
                    break;
                case 0xDA:
                    position = SkipScan(bytes, position);
                    break;
            }
        }

        kinds.Add("archivo JPEG truncado (sin fin de imagen)");
    }

    /// <summary>The position of the first marker after a scan's compressed data (0xFF followed by neither 0x00 nor RSTn).</summary>
    private static int SkipScan(ReadOnlySpan<byte> bytes, int position)
    {
        while (position + 1 < bytes.Length)
        {
            var next = bytes[position..].IndexOf((byte)0xFF);
            if (next < 0 || position + next + 1 >= bytes.Length)
            {
                return bytes.Length;
            }

            position += next;
            if (bytes[position + 1] is not (0x00 or >= 0xD0 and <= 0xD7))
            {
                return position;
            }

            position += 2;
        }

        return bytes.Length;
    }

    private static void Png(ReadOnlySpan<byte> bytes, SortedSet<string> kinds)
    {
        var position = 8;
        while (position + 12 <= bytes.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(bytes[position..]);
            if (length > (uint)(bytes.Length - position - 12))
            {
                kinds.Add("estructura PNG dañada o truncada");
                return;
            }

            var type = System.Text.Encoding.ASCII.GetString(bytes.Slice(position + 4, 4));
            var data = bytes.Slice(position + 8, (int)length);
            position += 12 + (int)length;
            switch (type)
            {
                case "IEND":
                    if (position < bytes.Length)
                    {
                        kinds.Add(Trailing);
                    }

                    return;
                case "eXIf":
                    kinds.UnionWith(ExifKinds.Of(data));
                    break;
                case "iTXt" when data.StartsWith("XML:com.adobe.xmp\0"u8):
                    kinds.Add(ExifKinds.Xmp);
                    break;
                case "tEXt" or "zTXt" or "iTXt":
                    var end = data.IndexOf((byte)0);
                    kinds.Add($"texto «{System.Text.Encoding.Latin1.GetString(end < 0 ? data[..Math.Min(data.Length, 40)] : data[..end])}»");
                    break;
                case "tIME":
                    kinds.Add("fecha de modificación");
                    break;
                case "IHDR" or "PLTE" or "IDAT" or "tRNS" or "sRGB" or "gAMA" or "cHRM" or "pHYs" or "bKGD" or "sBIT" or "iCCP" or "acTL" or "fcTL" or "fdAT":
                    break;
                default:
                    kinds.Add($"bloque PNG «{type}»");
                    break;
            }
        }

        kinds.Add("archivo PNG truncado (sin fin de imagen)");
    }

    private static void Webp(ReadOnlySpan<byte> bytes, SortedSet<string> kinds)
    {
        var riffEnd = (long)BinaryPrimitives.ReadUInt32LittleEndian(bytes[4..]) + 8;
        var position = 12;
        while (position + 8 <= Math.Min(bytes.Length, riffEnd))
        {
            var type = System.Text.Encoding.ASCII.GetString(bytes.Slice(position, 4));
            var length = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(position + 4)..]);
            if (length > (uint)(bytes.Length - position - 8))
            {
                kinds.Add("estructura WebP dañada o truncada");
                return;
            }

            var data = bytes.Slice(position + 8, (int)length);
            position += 8 + (int)length + (int)(length & 1);
            switch (type)
            {
                case "EXIF":
                    kinds.UnionWith(ExifKinds.Of(data.StartsWith("Exif\0\0"u8) ? data[6..] : data));
                    break;
                case "XMP ":
                    kinds.Add(ExifKinds.Xmp);
                    break;
                case "VP8 " or "VP8L" or "VP8X" or "ALPH" or "ANIM" or "ANMF" or "ICCP":
                    break;
                default:
                    kinds.Add($"bloque WebP «{type.Trim().Trim('\0')}»");
                    break;
            }
        }

        if (bytes.Length > riffEnd)
        {
            kinds.Add(Trailing);
        }
    }
}
