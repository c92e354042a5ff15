namespace Micrositio.Images.Verification;

/// <summary>
/// Reads a TIFF's directories and accepts one image described only by structural tags (size, samples,
/// compression, strips or tiles, orientation, resolution, colour primaries). Any other tag — text, dates,
/// camera, GPS, XMP, IPTC, ICC — a second directory (thumbnail or page), and bytes that no tag refers to are problems.
/// </summary>
internal static class TiffVerifier
{
    /// <summary>Tags that say how to decode and lay out the pixels; none of them holds free text.</summary>
    internal static readonly IReadOnlyDictionary<ushort, string> StructuralTags = new Dictionary<ushort, string>
    {
        [254] = "NewSubfileType", [255] = "SubfileType", [256] = "ImageWidth", [257] = "ImageLength", [258] = "BitsPerSample",
        [259] = "Compression", [262] = "PhotometricInterpretation", [266] = "FillOrder", [273] = "StripOffsets",
        [274] = "Orientation", [277] = "SamplesPerPixel", [278] = "RowsPerStrip", [279] = "StripByteCounts",
        [280] = "MinSampleValue", [281] = "MaxSampleValue", [282] = "XResolution", [283] = "YResolution",
        [284] = "PlanarConfiguration", [296] = "ResolutionUnit", [301] = "TransferFunction", [317] = "Predictor",
        [318] = "WhitePoint", [319] = "PrimaryChromaticities", [320] = "ColorMap", [322] = "TileWidth", [323] = "TileLength",
        [324] = "TileOffsets", [325] = "TileByteCounts", [338] = "ExtraSamples", [339] = "SampleFormat",
        [340] = "SMinSampleValue", [341] = "SMaxSampleValue", [347] = "JPEGTables", [529] = "YCbCrCoefficients",
        [530] = "YCbCrSubSampling", [531] = "YCbCrPositioning", [532] = "ReferenceBlackWhite",
    };

    public static IReadOnlyList<string> Verify(ReadOnlySpan<byte> bytes)
    {
        var problems = new ProblemList("TIFF");
        var tiff = TiffStructure.Read(bytes);
        if (tiff.Error is { } error)
        {
            problems.Add($"{error}; el archivo está dañado o no se puede revisar.");
        }

        var covered = new List<(long Start, long End)> { (0, 8) };
        foreach (var directory in tiff.Directories)
        {
            covered.Add((directory.Offset, directory.Offset + directory.Length));
            if (directory.Kind != "IFD0")
            {
                problems.Add($"directorio {directory.Kind} en el byte {directory.Offset}: {DescribeDirectory(directory.Kind)}.");
            }

            foreach (var entry in directory.Entries)
            {
                if (entry.ByteLength > 4)
                {
                    covered.Add((entry.ValueAt, entry.ValueAt + entry.ByteLength));
                }

                if (directory.Kind == "IFD0" && !StructuralTags.ContainsKey(entry.Tag))
                {
                    problems.Add($"etiqueta {entry.Tag} ({ExifKinds.Describe(entry.Tag)}) en el directorio IFD0.");
                }
            }

            AddData(tiff, directory, 273, 279, covered, problems);
            AddData(tiff, directory, 324, 325, covered, problems);
        }

        if (tiff.Error is null)
        {
            var hidden = Uncovered(covered, bytes.Length);
            if (hidden > 0)
            {
                problems.Add($"{hidden} bytes que ninguna etiqueta usa: datos escondidos o añadidos al archivo.");
            }
        }

        return problems.ToList();
    }

    private static string DescribeDirectory(string kind) => kind switch
    {
        "Exif" => "Exif: cámara, fechas",
        "GPS" => "ubicación GPS",
        "Interop" => "interoperabilidad Exif",
        _ when kind.StartsWith("SubIFD", StringComparison.Ordinal) => "una imagen adicional (p. ej. una vista previa)",
        _ => "una segunda imagen (miniatura o página)",
    };

    /// <summary>Adds the strips or tiles of a directory to the covered ranges; a block outside the file is a problem.</summary>
    private static void AddData(TiffStructure tiff, TiffDirectory directory, ushort offsetsTag, ushort countsTag, List<(long, long)> covered, ProblemList problems)
    {
        var offsets = directory.Entries.Where(e => e.Tag == offsetsTag).Select(tiff.Numbers).FirstOrDefault() ?? [];
        var counts = directory.Entries.Where(e => e.Tag == countsTag).Select(tiff.Numbers).FirstOrDefault() ?? [];
        for (var i = 0; i < offsets.Count; i++)
        {
            var length = i < counts.Count ? counts[i] : 0;
            if (offsets[i] + length > tiff.Length)
            {
                problems.Add($"el bloque de píxeles {i} del directorio {directory.Kind} se sale del archivo.");
                continue;
            }

            covered.Add((offsets[i], offsets[i] + length));
        }
    }

    /// <summary>Bytes outside every covered range, ignoring single padding bytes that keep offsets even (TIFF 6.0, section 2).</summary>
    private static long Uncovered(List<(long Start, long End)> covered, long length)
    {
        long hidden = 0;
        long end = 0;
        foreach (var (start, stop) in covered.OrderBy(c => c.Start))
        {
            if (start - end > 1)
            {
                hidden += start - end;
            }

            end = Math.Max(end, stop);
        }

        return length - end > 1 ? hidden + length - end : hidden;
    }
}
