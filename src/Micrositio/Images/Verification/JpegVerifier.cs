using System.Buffers.Binary;

namespace Micrositio.Images.Verification;

/// <summary>
/// Walks a JPEG's marker segments (ITU T.81 B.1) and the entropy-coded data after each SOS, and accepts only
/// the parts needed to decode pixels. Everything else — APPn blocks, comments, unknown markers, a second image,
/// bytes after EOI — is named as a problem.
/// </summary>
internal static class JpegVerifier
{
    private const byte Soi = 0xD8;
    private const byte Eoi = 0xD9;
    private const byte Sos = 0xDA;
    private const byte Dqt = 0xDB;
    private const byte Dht = 0xC4;
    private const byte Dri = 0xDD;
    private const byte Dac = 0xCC;
    private const byte App0 = 0xE0;
    private const byte App14 = 0xEE;
    private const byte Com = 0xFE;

    public static IReadOnlyList<string> Verify(ReadOnlySpan<byte> bytes)
    {
        var problems = new ProblemList("JPEG");
        if (bytes.Length < 2 || bytes[0] != 0xFF || bytes[1] != Soi)
        {
            problems.Add("falta el marcador SOI (inicio de imagen) en el byte 0.");
            return problems.ToList();
        }

        var position = 2;
        var frames = 0;
        var scans = 0;
        while (true)
        {
            // Between segments only a marker may appear; extra 0xFF before it are fill bytes (T.81 B.1.1.2),
            // which carry nothing.
            if (position >= bytes.Length)
            {
                problems.Add("el archivo está truncado: termina sin el marcador EOI (fin de imagen).");
                return problems.ToList();
            }

            if (bytes[position] != 0xFF)
            {
                problems.Add($"byte 0x{bytes[position]:X2} inesperado en el byte {position}: se esperaba un marcador; la estructura está dañada o hay datos escondidos.");
                return problems.ToList();
            }

            while (position + 1 < bytes.Length && bytes[position + 1] == 0xFF)
            {
                position++;
            }

            if (position + 1 >= bytes.Length)
            {
                problems.Add("el archivo está truncado: termina sin el marcador EOI (fin de imagen).");
                return problems.ToList();
            }

            var markerAt = position;
            var marker = bytes[position + 1];
            position += 2;

            if (marker == Eoi)
            {
                // Nothing may follow the end of the image: appended files, "motion photo" videos (an MP4 after
                // EOI) and the like are exactly what must not be published.
                var trailing = bytes.Length - position;
                if (trailing > 0)
                {
                    problems.Add($"{trailing} bytes después del marcador EOI (fin de imagen) del byte {markerAt}: " +
                        (LooksLikeMp4(bytes[position..]) ? "un video añadido («motion photo»)." : "datos añadidos al final de la imagen."));
                }

                if (frames == 0 || scans == 0)
                {
                    problems.Add("la imagen no tiene marco (SOF) o datos de imagen (SOS).");
                }

                return problems.ToList();
            }

            if (marker is >= 0xD0 and <= 0xD7)
            {
                continue; // RSTn outside a scan: a stand-alone marker with no payload.
            }

            if (marker is Soi or 0x01 or 0x00)
            {
                // A second SOI starts another image inside this one; TEM and 0x00 are not segment markers.
                problems.Add($"marcador no permitido 0xFF{marker:X2} en el byte {markerAt}.");
                return problems.ToList();
            }

            if (position + 2 > bytes.Length)
            {
                problems.Add($"el archivo está truncado en el segmento 0xFF{marker:X2} del byte {markerAt}.");
                return problems.ToList();
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes[position..]);
            if (length < 2 || position + length > bytes.Length)
            {
                problems.Add($"longitud inválida ({length}) del segmento 0xFF{marker:X2} en el byte {markerAt}; el archivo está dañado o truncado.");
                return problems.ToList();
            }

            var payload = bytes.Slice(position + 2, length - 2);
            position += length;
            if (!HasExactLayout(marker, payload))
            {
                // The decoding segments are allowed for their tables; bytes beyond them would be a hiding place.
                problems.Add($"segmento 0xFF{marker:X2} cuyo tamaño no corresponde a su contenido en el byte {markerAt} (bytes de más o de menos).");
            }

            if (IsStartOfFrame(marker))
            {
                // SOF0–SOF15 except DHT, JPG and DAC: the frame header (size, components). One frame only: more
                // than one is hierarchical mode (which needs DHP, refused) or a second image.
                if (++frames > 1)
                {
                    problems.Add($"segundo marco SOF{marker - 0xC0} en el byte {markerAt}: una segunda imagen dentro del archivo.");
                }

                continue;
            }

            switch (marker)
            {
                case Dqt or Dht or Dri or Dac:
                    continue; // Quantisation, Huffman and arithmetic-coding tables, restart interval: decoding only.
                case App0:
                    CheckApp0(payload, markerAt, problems);
                    continue;
                case App14 when IsPlainAdobeSegment(payload):
                    // libjpeg (and so libvips) writes this fixed 12-byte block for CMYK/YCCK images: a version,
                    // two flag words and the colour transform. No free text fits in it, and without it CMYK
                    // colours decode wrongly, so it is allowed. Any other APP14 is refused below.
                    continue;
                case >= 0xE0 and <= 0xEF:
                    problems.Add($"segmento APP{marker - 0xE0} ({DescribeApp(marker, payload)}) en el byte {markerAt}.");
                    continue;
                case Com:
                    problems.Add($"comentario (segmento COM, {payload.Length} bytes) en el byte {markerAt}.");
                    continue;
                case Sos:
                    scans++;
                    if (frames == 0)
                    {
                        problems.Add($"datos de imagen (SOS) antes del marco (SOF) en el byte {markerAt}.");
                    }

                    position = SkipEntropyCodedData(bytes, position);
                    continue;
                default:
                    // DNL, DHP, EXP, JPGn, reserved markers: not produced by a baseline or progressive encoder.
                    problems.Add($"marcador desconocido o no permitido 0xFF{marker:X2} en el byte {markerAt}.");
                    continue;
            }
        }
    }

    /// <summary>
    /// Whether a decoding segment's length is exactly what its fields say (T.81 B.2.2, B.2.3, B.2.4): frame and
    /// scan headers by their component counts, quantisation and Huffman tables one after another to the end.
    /// Other segments are not checked here (they are allowed whole or refused whole).
    /// </summary>
    private static bool HasExactLayout(byte marker, ReadOnlySpan<byte> payload)
    {
        if (IsStartOfFrame(marker))
        {
            return payload.Length >= 6 && payload.Length == 6 + 3 * payload[5];
        }

        switch (marker)
        {
            case Sos:
                return payload.Length >= 1 && payload.Length == 1 + 2 * payload[0] + 3;
            case Dri:
                return payload.Length == 2;
            case Dac:
                return payload.Length > 0 && payload.Length % 2 == 0;
            case Dqt:
                for (var at = 0; at < payload.Length;)
                {
                    var precision = payload[at] >> 4;
                    if (precision > 1)
                    {
                        return false;
                    }

                    at += 1 + 64 * (precision + 1);
                    if (at > payload.Length)
                    {
                        return false;
                    }
                }

                return payload.Length > 0;
            case Dht:
                for (var at = 0; at < payload.Length;)
                {
                    if (payload.Length - at < 17)
                    {
                        return false;
                    }

                    var codes = 0;
                    foreach (var count in payload.Slice(at + 1, 16))
                    {
                        codes += count;
                    }

                    at += 17 + codes;
                    if (at > payload.Length)
                    {
                        return false;
                    }
                }

                return payload.Length > 0;
            default:
                return true;
        }
    }

    private static bool IsStartOfFrame(byte marker) => marker is >= 0xC0 and <= 0xCF and not Dht and not 0xC8 and not Dac;

    /// <summary>
    /// After SOS come the compressed pixels, where 0xFF is always followed by 0x00 (a stuffed byte) or RSTn.
    /// Returns the position of the first other marker (or the end of the file).
    /// </summary>
    private static int SkipEntropyCodedData(ReadOnlySpan<byte> bytes, int position)
    {
        while (true)
        {
            var next = bytes[position..].IndexOf((byte)0xFF);
            if (next < 0)
            {
                return bytes.Length;
            }

            position += next;
            if (position + 1 >= bytes.Length)
            {
                return bytes.Length;
            }

            var following = bytes[position + 1];
            if (following == 0x00 || following is >= 0xD0 and <= 0xD7)
            {
                position += 2;
                continue;
            }

            return position;
        }
    }

    /// <summary>
    /// APP0 is allowed only as a plain JFIF header (density only). JFIF may carry an uncompressed thumbnail after
    /// its 14 bytes, and a JFXX APP0 is a thumbnail; a thumbnail can show the uncropped, unmasked original.
    /// </summary>
    private static void CheckApp0(ReadOnlySpan<byte> payload, int markerAt, ProblemList problems)
    {
        if (payload.StartsWith("JFIF\0"u8))
        {
            if (payload.Length < 14)
            {
                problems.Add($"segmento APP0 (JFIF) incompleto en el byte {markerAt}.");
            }
            else if (payload[12] != 0 || payload[13] != 0)
            {
                problems.Add($"segmento APP0 (JFIF) con miniatura de {payload[12]}×{payload[13]} píxeles en el byte {markerAt}.");
            }
            else if (payload.Length > 14)
            {
                problems.Add($"segmento APP0 (JFIF) con {payload.Length - 14} bytes de más en el byte {markerAt}.");
            }

            return;
        }

        problems.Add(payload.StartsWith("JFXX\0"u8)
            ? $"segmento APP0 (JFXX, miniatura) en el byte {markerAt}."
            : $"segmento APP0 ({DescribeApp(App0, payload)}) en el byte {markerAt}.");
    }

    /// <summary>"Adobe", version 2 bytes, flags0 2 bytes, flags1 2 bytes, transform 1 byte: exactly 12 bytes.</summary>
    private static bool IsPlainAdobeSegment(ReadOnlySpan<byte> payload) =>
        payload.Length == 12 && payload.StartsWith("Adobe"u8) && payload[11] <= 2;

    private static string DescribeApp(byte marker, ReadOnlySpan<byte> payload) => marker switch
    {
        0xE1 when payload.StartsWith("Exif\0"u8) => "Exif: cámara, fechas, GPS, miniatura",
        0xE1 when payload.StartsWith("http://ns.adobe.com/xap/1.0/\0"u8) => "XMP",
        0xE1 when payload.StartsWith("http://ns.adobe.com/xmp/extension/\0"u8) => "XMP extendido",
        0xE2 when payload.StartsWith("ICC_PROFILE\0"u8) => "perfil de color ICC",
        0xE2 when payload.StartsWith("MPF\0"u8) => "MPF: imágenes múltiples o vista previa",
        0xE2 when payload.StartsWith("FPXR"u8) => "FlashPix",
        0xEB when payload.StartsWith("JP"u8) => "JUMBF/C2PA: credenciales de contenido",
        0xED when payload.StartsWith("Photoshop 3.0\0"u8) => "Photoshop/IPTC",
        0xEC when payload.StartsWith("Ducky"u8) => "Ducky",
        0xEE when payload.StartsWith("Adobe"u8) => "Adobe con contenido inesperado",
        _ => $"datos de aplicación «{Identifier(payload)}»",
    };

    /// <summary>The printable start of a segment's identifier, for the message.</summary>
    private static string Identifier(ReadOnlySpan<byte> payload)
    {
        var text = new System.Text.StringBuilder();
        foreach (var b in payload[..Math.Min(payload.Length, 24)])
        {
            if (b is < 0x20 or > 0x7E)
            {
                break;
            }

            text.Append((char)b);
        }

        return text.Length == 0 ? "sin identificador" : text.ToString();
    }

    /// <summary>An ISO-BMFF <c>ftyp</c> box near the start of the trailing bytes: a "motion photo" video.</summary>
    private static bool LooksLikeMp4(ReadOnlySpan<byte> trailing) =>
        trailing[..Math.Min(trailing.Length, 64)].IndexOf("ftyp"u8) >= 4;
}
