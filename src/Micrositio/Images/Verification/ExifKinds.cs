namespace Micrositio.Images.Verification;

/// <summary>
/// What an Exif/TIFF structure carries, in words staff understand ("ubicación (GPS)", "número de serie", …).
/// Only the tags that say how to show the pixels (orientation, resolution, colour space, image structure) carry
/// nothing; every other tag, known or not, is named.
/// </summary>
public static class ExifKinds
{
    public const string Location = "ubicación (GPS)";
    public const string Date = "fecha y hora de captura";
    public const string Camera = "cámara y ajustes de la toma";
    public const string Serial = "número de serie";
    public const string MakerNotes = "notas del fabricante";
    public const string Thumbnail = "miniatura (una copia pequeña de la foto)";
    public const string Comment = "descripción o comentario";
    public const string Author = "autor o derechos";
    public const string Software = "programa o equipo de edición";
    public const string Xmp = "XMP";
    public const string Iptc = "IPTC/Photoshop";
    public const string Other = "otros datos Exif";

    /// <summary>Tags of the Exif sub-directory that describe only the pixels' encoding and colour.</summary>
    private static readonly HashSet<ushort> StructuralExifTags =
    [
        36864, // ExifVersion
        37121, // ComponentsConfiguration
        40960, // FlashpixVersion
        40961, // ColorSpace
        40962, // PixelXDimension
        40963, // PixelYDimension
        42240, // Gamma
        TiffStructure.InteropPointer,
    ];

    /// <summary>The kinds of data an Exif/TIFF structure carries beyond the structural tags; an unreadable structure is named too.</summary>
    public static IReadOnlyList<string> Of(ReadOnlySpan<byte> tiff)
    {
        var structure = TiffStructure.Read(tiff);
        var kinds = new SortedSet<string>(StringComparer.Ordinal);
        if (structure.Error is { } error)
        {
            kinds.Add($"Exif ilegible ({error})");
        }

        foreach (var directory in structure.Directories)
        {
            switch (directory.Kind)
            {
                case "GPS":
                    kinds.Add(Location);
                    continue;
                case "Interop":
                    continue; // Only says which Exif rule set the file follows ("R98").
                case "IFD0":
                    break;
                default:
                    if (directory.Kind.StartsWith("IFD", StringComparison.Ordinal) || directory.Kind.StartsWith("SubIFD", StringComparison.Ordinal))
                    {
                        kinds.Add(Thumbnail);
                        continue;
                    }

                    break;
            }

            foreach (var entry in directory.Entries)
            {
                if (TiffVerifier.StructuralTags.ContainsKey(entry.Tag) || StructuralExifTags.Contains(entry.Tag) ||
                    entry.Tag is TiffStructure.ExifPointer or TiffStructure.SubIfdsPointer || entry.Tag is 34675)
                {
                    continue; // 34675 is the ICC colour profile: how to show the colours, kept by design.
                }

                kinds.Add(entry.Tag == TiffStructure.GpsPointer ? Location : KindOf(entry.Tag));
            }
        }

        return [.. kinds];
    }

    /// <summary>A tag's name or, for an unknown one, what kind of data it is.</summary>
    public static string Describe(ushort tag) => tag switch
    {
        270 => "ImageDescription", 271 => "Make", 272 => "Model", 305 => "Software", 306 => "DateTime", 315 => "Artist",
        316 => "HostComputer", 700 => "XMP", 33432 => "Copyright", 33723 => "IPTC", 34377 => "Photoshop",
        34665 => "Exif", 34675 => "perfil ICC", 34853 => "GPS", 37500 => "MakerNote", 37510 => "UserComment",
        42016 => "ImageUniqueID", 42033 => "BodySerialNumber", 42037 => "LensSerialNumber", 50341 => "PrintIM",
        _ => KindOf(tag),
    };

    private static string KindOf(ushort tag) => tag switch
    {
        306 or 36867 or 36868 or 36880 or 36881 or 36882 or 37520 or 37521 or 37522 => Date,
        42033 or 42037 or 42016 or 50735 or 0xA431 => Serial,
        37500 or 50341 or 50740 or 0xC4A5 => MakerNotes,
        270 or 37510 or 40091 or 40092 or 40094 or 40095 => Comment,
        315 or 33432 or 40093 or 42032 => Author,
        305 or 316 or 11 => Software,
        700 => Xmp,
        33723 or 34377 => Iptc,
        271 or 272 or >= 33434 and <= 33437 or 34850 or 34855 or 34864 or 34865 or 34866 or >= 37377 and <= 37396 or
            41486 or 41487 or 41488 or 41495 or 41728 or 41729 or 41730 or >= 41985 and <= 41996 or 42034 or 42035 or 42036 or 42080 => Camera,
        _ => Other,
    };
}
