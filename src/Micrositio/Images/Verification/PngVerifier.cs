using System.Buffers.Binary;

namespace Micrositio.Images.Verification;

/// <summary>
/// Walks a PNG's chunks (length, type, data, CRC) and accepts only the chunks that describe pixels and how to
/// render them. Text, dates, Exif, ICC profiles, unknown chunks and anything after IEND are problems.
/// </summary>
internal static class PngVerifier
{
    private static ReadOnlySpan<byte> Signature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static IReadOnlyList<string> Verify(ReadOnlySpan<byte> bytes)
    {
        var problems = new ProblemList("PNG");
        if (!bytes.StartsWith(Signature))
        {
            problems.Add("falta la firma PNG en el byte 0.");
            return problems.ToList();
        }

        var position = Signature.Length;
        var first = true;
        while (true)
        {
            if (position == bytes.Length)
            {
                problems.Add("el archivo está truncado: termina sin el bloque IEND (fin de imagen).");
                return problems.ToList();
            }

            if (bytes.Length - position < 12)
            {
                problems.Add($"el archivo está truncado en el bloque del byte {position}.");
                return problems.ToList();
            }

            var chunkAt = position;
            var length = BinaryPrimitives.ReadUInt32BigEndian(bytes[position..]);
            var typeBytes = bytes.Slice(position + 4, 4);
            if (!IsChunkType(typeBytes))
            {
                problems.Add($"tipo de bloque inválido en el byte {chunkAt}; el archivo está dañado.");
                return problems.ToList();
            }

            var type = System.Text.Encoding.ASCII.GetString(typeBytes);
            if (length > int.MaxValue || length > (ulong)(bytes.Length - position - 12))
            {
                problems.Add($"el bloque {type} del byte {chunkAt} declara {length} bytes, más de los que tiene el archivo.");
                return problems.ToList();
            }

            var data = bytes.Slice(position + 8, (int)length);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(bytes[(position + 8 + (int)length)..]);
            position += 12 + (int)length;

            // A wrong CRC means the file was altered or is damaged: what a decoder makes of it is unknowable.
            if (Crc32.Compute(bytes.Slice(chunkAt + 4, 4 + (int)length)) != crc)
            {
                problems.Add($"CRC incorrecto en el bloque {type} del byte {chunkAt}.");
            }

            if (first != (type == "IHDR"))
            {
                problems.Add(first ? $"el primer bloque es {type} y no IHDR (byte {chunkAt})." : $"bloque IHDR repetido en el byte {chunkAt}.");
            }

            first = false;
            if (Refusal(type, data) is { } why)
            {
                problems.Add($"bloque {type} ({why}) en el byte {chunkAt}.");
            }

            if (type == "IEND")
            {
                // Nothing may follow the end of the image: appended data is exactly what must not be published.
                var trailing = bytes.Length - position;
                if (trailing > 0)
                {
                    problems.Add($"{trailing} bytes después del bloque IEND (fin de imagen) del byte {chunkAt}: datos añadidos al final de la imagen.");
                }

                return problems.ToList();
            }
        }
    }

    /// <summary>Why a chunk is refused, or null when it is allowed.</summary>
    private static string? Refusal(string type, ReadOnlySpan<byte> data) => type switch
    {
        // The image itself: header, palette, transparency, compressed pixels, end.
        "IHDR" => data.Length == 13 ? null : "de tamaño inválido",
        "PLTE" => data.Length % 3 == 0 && data.Length <= 768 ? null : "de tamaño inválido",
        "tRNS" => data.Length <= 256 ? null : "de tamaño inválido",
        "IDAT" or "IEND" => null,

        // Rendering hints of fixed size that hold only numbers (colour space, gamma, chromaticities, pixel density,
        // background colour): no room for text. libvips writes pHYs. The fixed sizes are checked so that none can
        // smuggle extra bytes.
        "sRGB" => data.Length == 1 ? null : "de tamaño inválido",
        "gAMA" => data.Length == 4 ? null : "de tamaño inválido",
        "cHRM" => data.Length == 32 ? null : "de tamaño inválido",
        "pHYs" => data.Length == 9 ? null : "de tamaño inválido",
        "bKGD" => data.Length is 1 or 2 or 6 ? null : "de tamaño inválido",

        "tEXt" => "texto",
        "zTXt" => "texto comprimido",
        "iTXt" => data.StartsWith("XML:com.adobe.xmp\0"u8) ? "XMP" : "texto internacional",
        "eXIf" => "Exif: cámara, fechas, GPS",
        "tIME" => "fecha de modificación",
        "iCCP" => "perfil de color ICC",
        "caBX" => "JUMBF/C2PA: credenciales de contenido",
        "acTL" or "fcTL" or "fdAT" => "animación APNG",
        _ => "desconocido o no permitido",
    };

    /// <summary>Four ASCII letters (PNG 5.4).</summary>
    private static bool IsChunkType(ReadOnlySpan<byte> type)
    {
        foreach (var b in type)
        {
            if (b is not (>= (byte)'A' and <= (byte)'Z' or >= (byte)'a' and <= (byte)'z'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The CRC-32 of PNG (ISO 3309, as in zlib), table-driven.</summary>
    internal static class Crc32
    {
        private static readonly uint[] Table = CreateTable();

        public static uint Compute(ReadOnlySpan<byte> bytes)
        {
            var crc = 0xFFFFFFFFu;
            foreach (var b in bytes)
            {
                crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
            }

            return crc ^ 0xFFFFFFFFu;
        }

        private static uint[] CreateTable()
        {
            var table = new uint[256];
            for (var n = 0u; n < 256; n++)
            {
                var c = n;
                for (var k = 0; k < 8; k++)
                {
                    c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
                }

                table[n] = c;
            }

            return table;
        }
    }
}
