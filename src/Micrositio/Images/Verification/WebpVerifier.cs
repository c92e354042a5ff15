using System.Buffers.Binary;

namespace Micrositio.Images.Verification;

/// <summary>
/// Walks a WebP's RIFF container and accepts only the chunks that hold pixels (VP8, VP8L, ALPH), the extended
/// header (VP8X) and animation (ANIM, ANMF). EXIF, XMP, ICC profiles, unknown chunks, metadata flags in VP8X and
/// any byte outside the RIFF size are problems.
/// </summary>
internal static class WebpVerifier
{
    // VP8X flag bits (WebP container spec): ICC 0x20, alpha 0x10, EXIF 0x08, XMP 0x04, animation 0x02; the rest reserved.
    private const byte IccFlag = 0x20;
    private const byte ExifFlag = 0x08;
    private const byte XmpFlag = 0x04;
    private const byte ReservedFlags = 0xC1;

    public static IReadOnlyList<string> Verify(ReadOnlySpan<byte> bytes)
    {
        var problems = new ProblemList("WebP");
        if (bytes.Length < 12 || !bytes.StartsWith("RIFF"u8) || !bytes.Slice(8, 4).SequenceEqual("WEBP"u8))
        {
            problems.Add("falta la cabecera RIFF/WEBP en el byte 0.");
            return problems.ToList();
        }

        // The RIFF size must cover exactly the file: bytes beyond it are appended data, and a shorter file is
        // truncated.
        var riffEnd = 8L + BinaryPrimitives.ReadUInt32LittleEndian(bytes[4..]);
        if (riffEnd < bytes.Length)
        {
            problems.Add($"{bytes.Length - riffEnd} bytes después del final del contenedor RIFF (byte {riffEnd}): datos añadidos al final de la imagen.");
        }
        else if (riffEnd > bytes.Length)
        {
            problems.Add($"el archivo está truncado: el contenedor RIFF declara {riffEnd} bytes y el archivo tiene {bytes.Length}.");
            return problems.ToList();
        }

        var content = bytes[..(int)riffEnd];
        var chunks = 0;
        var hasImage = false;
        WalkChunks(content, 12, content.Length, inFrame: false, problems, (fourcc, data, at) =>
        {
            chunks++;
            switch (fourcc)
            {
                case "VP8X":
                    if (chunks != 1)
                    {
                        problems.Add($"bloque VP8X fuera de lugar en el byte {at}.");
                    }

                    CheckVp8x(data, at, problems);
                    break;
                case "VP8 " or "VP8L" or "ANMF":
                    hasImage = true;
                    break;
            }
        });

        if (!hasImage && problems.Count == 0)
        {
            problems.Add("el archivo no contiene datos de imagen (VP8, VP8L o ANMF).");
        }

        return problems.ToList();
    }

    private delegate void ChunkVisitor(string fourcc, ReadOnlySpan<byte> data, int at);

    /// <summary>
    /// Visits the chunks between <paramref name="start"/> and <paramref name="end"/>, naming refused ones. An ANMF
    /// frame holds chunks of its own after a 16-byte header; they are walked with the frame's narrower allow-list.
    /// </summary>
    private static void WalkChunks(ReadOnlySpan<byte> bytes, int start, int end, bool inFrame, ProblemList problems, ChunkVisitor visit)
    {
        var position = start;
        while (position < end)
        {
            if (end - position < 8)
            {
                problems.Add($"bloque incompleto en el byte {position}; el archivo está dañado o truncado.");
                return;
            }

            var at = position;
            var fourccBytes = bytes.Slice(position, 4);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(position + 4)..]);
            var padded = (long)size + (size & 1);
            if (padded > end - position - 8)
            {
                problems.Add($"el bloque del byte {at} declara {size} bytes, más de los que tiene su contenedor.");
                return;
            }

            var fourcc = Printable(fourccBytes);
            var data = bytes.Slice(position + 8, (int)size);
            position += 8 + (int)padded;

            if ((size & 1) == 1 && bytes[position - 1] != 0)
            {
                problems.Add($"byte de relleno no nulo tras el bloque «{fourcc}» del byte {at}.");
            }

            if (Refusal(fourcc, inFrame) is { } why)
            {
                problems.Add($"bloque «{fourcc}» ({why}) en el byte {at}.");
                continue;
            }

            if (fourcc == "ANMF")
            {
                if (data.Length < 16)
                {
                    problems.Add($"cuadro de animación ANMF incompleto en el byte {at}.");
                    continue;
                }

                WalkChunks(bytes, at + 8 + 16, at + 8 + (int)size, inFrame: true, problems, (_, _, _) => { });
            }

            visit(fourcc, data, at);
        }
    }

    /// <summary>Why a chunk is refused, or null when it is allowed.</summary>
    private static string? Refusal(string fourcc, bool inFrame) => fourcc switch
    {
        // Pixels: lossy, lossless and the alpha plane. These are all a frame may hold.
        "VP8 " or "VP8L" or "ALPH" => null,
        // The extended header (canvas size and feature flags) and animation parameters and frames.
        "VP8X" or "ANIM" or "ANMF" when !inFrame => null,
        "EXIF" => "Exif: cámara, fechas, GPS",
        "XMP " => "XMP",
        "ICCP" => "perfil de color ICC",
        _ => "desconocido o no permitido",
    };

    /// <summary>VP8X: flags, 3 reserved bytes, canvas width and height (3 bytes each). Only alpha and animation may be set.</summary>
    private static void CheckVp8x(ReadOnlySpan<byte> data, int at, ProblemList problems)
    {
        if (data.Length != 10)
        {
            problems.Add($"bloque VP8X de tamaño inválido ({data.Length} bytes) en el byte {at}.");
            return;
        }

        var flags = data[0];
        foreach (var (bit, name) in new[] { (IccFlag, "perfil ICC"), (ExifFlag, "Exif"), (XmpFlag, "XMP") })
        {
            if ((flags & bit) != 0)
            {
                problems.Add($"el bloque VP8X del byte {at} anuncia {name} (bit 0x{bit:X2}).");
            }
        }

        if ((flags & ReservedFlags) != 0 || data[1] != 0 || data[2] != 0 || data[3] != 0)
        {
            problems.Add($"el bloque VP8X del byte {at} tiene bits reservados activados.");
        }
    }

    private static string Printable(ReadOnlySpan<byte> fourcc)
    {
        Span<char> chars = stackalloc char[4];
        for (var i = 0; i < 4; i++)
        {
            chars[i] = fourcc[i] is >= 0x20 and <= 0x7E ? (char)fourcc[i] : '?';
        }

        return new string(chars);
    }
}
