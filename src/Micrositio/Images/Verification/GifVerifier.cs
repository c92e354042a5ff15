namespace Micrositio.Images.Verification;

/// <summary>
/// Walks a GIF's blocks (GIF89a, section 17 onwards) and accepts only what draws frames: the screen descriptor,
/// colour tables, image descriptors with their compressed data, graphic control (delay, transparency) and the
/// NETSCAPE loop count. Comments, plain text, other application blocks (XMP, ICC) and bytes after the trailer are problems.
/// </summary>
internal static class GifVerifier
{
    private const byte Extension = 0x21;
    private const byte ImageDescriptor = 0x2C;
    private const byte Trailer = 0x3B;

    public static IReadOnlyList<string> Verify(ReadOnlySpan<byte> bytes)
    {
        var problems = new ProblemList("GIF");
        if (bytes.Length < 13 || !(bytes.StartsWith("GIF87a"u8) || bytes.StartsWith("GIF89a"u8)))
        {
            problems.Add("falta la cabecera «GIF87a» o «GIF89a» en el byte 0.");
            return problems.ToList();
        }

        var position = 13 + ColourTableLength(bytes[10]);
        var images = 0;
        while (true)
        {
            if (position >= bytes.Length)
            {
                problems.Add("el archivo está truncado: termina sin el bloque final (0x3B).");
                return problems.ToList();
            }

            var blockAt = position;
            switch (bytes[position])
            {
                case Trailer:
                    var trailing = bytes.Length - position - 1;
                    if (trailing > 0)
                    {
                        problems.Add($"{trailing} bytes después del bloque final del byte {blockAt}: datos añadidos al final de la imagen.");
                    }

                    if (images == 0)
                    {
                        problems.Add("el archivo no tiene ninguna imagen.");
                    }

                    return problems.ToList();
                case ImageDescriptor:
                    if (position + 11 > bytes.Length)
                    {
                        problems.Add($"descriptor de imagen truncado en el byte {blockAt}.");
                        return problems.ToList();
                    }

                    images++;
                    position += 10 + ColourTableLength(bytes[position + 9]) + 1; // + LZW minimum code size
                    break;
                case Extension when position + 2 <= bytes.Length:
                    var label = bytes[position + 1];
                    position += 2;
                    var firstSubBlock = position < bytes.Length ? bytes.Slice(position + 1, Math.Min(bytes[position], bytes.Length - position - 1)) : [];
                    if (Refusal(label, firstSubBlock) is { } why)
                    {
                        problems.Add($"extensión 0x{label:X2} ({why}) en el byte {blockAt}.");
                    }
                    else if (label == 0xF9 && (firstSubBlock.Length != 4 || position + 5 >= bytes.Length || bytes[position + 5] != 0))
                    {
                        problems.Add($"extensión de control gráfico de tamaño inválido en el byte {blockAt}.");
                    }

                    break;
                default:
                    problems.Add($"byte 0x{bytes[position]:X2} inesperado en el byte {position}: se esperaba un bloque; la estructura está dañada o hay datos escondidos.");
                    return problems.ToList();
            }

            if (SkipSubBlocks(bytes, position) is not { } next)
            {
                problems.Add($"el archivo está truncado en los datos del bloque del byte {blockAt}.");
                return problems.ToList();
            }

            position = next;
        }
    }

    /// <summary>Why an extension is refused, or null: graphic control and the loop count only draw frames.</summary>
    private static string? Refusal(byte label, ReadOnlySpan<byte> first) => label switch
    {
        0xF9 => null,
        0xFF when first.Length == 11 && (first.SequenceEqual("NETSCAPE2.0"u8) || first.SequenceEqual("ANIMEXTS1.0"u8)) => null,
        0xFF when first.StartsWith("XMP Data"u8) => "XMP",
        0xFF when first.StartsWith("ICCRGBG1"u8) => "perfil de color ICC",
        0xFF => $"datos de aplicación «{System.Text.Encoding.ASCII.GetString(first[..Math.Min(first.Length, 8)]).Trim('\0')}»",
        0xFE => "comentario",
        0x01 => "texto",
        _ => "desconocida",
    };

    /// <summary>Colour table size from a packed byte: 3 × 2^(n+1) bytes when its high bit is set.</summary>
    private static int ColourTableLength(byte packed) => (packed & 0x80) != 0 ? 3 << ((packed & 0x07) + 1) : 0;

    /// <summary>The position after a chain of data sub-blocks (length byte, data, …, 0), or null when it runs past the end.</summary>
    private static int? SkipSubBlocks(ReadOnlySpan<byte> bytes, int position)
    {
        while (position < bytes.Length)
        {
            var length = bytes[position];
            position += 1 + length;
            if (length == 0)
            {
                return position;
            }
        }

        return null;
    }
}
