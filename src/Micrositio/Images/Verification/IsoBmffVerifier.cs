using System.Buffers.Binary;

namespace Micrositio.Images.Verification;

/// <summary>
/// Walks an AVIF/HEIF file (ISO-BMFF, ISO 14496-12 and 23008-12): the top-level boxes must tile the file
/// exactly, and inside <c>meta</c> only the boxes, items, references and properties that make up the picture are
/// allowed. Exif and XMP items, ICC profiles, thumbnails, hidden extra images, <c>uuid</c> boxes and bytes of
/// <c>mdat</c> that no item uses are problems.
/// </summary>
/// <remarks>
/// Bounded by construction: every loop advances by at least one box header or a field it has read, nothing is
/// allocated from a declared size, and item and extent counts are capped.
/// </remarks>
internal static class IsoBmffVerifier
{
    private const int MaxItems = 10_000;
    private const int MaxExtents = 100_000;
    private const int MaxReferences = 100_000;

    /// <summary>Brands of still images in HEIF: AVIF, HEIC and the generic MIAF/HEIF brands.</summary>
    private static readonly HashSet<string> ImageBrands = ["avif", "avis", "mif1", "msf1", "miaf", "heic", "heix", "heim", "heis", "hevc", "hevx"];

    private readonly record struct Box(string Type, int At, int Start, int End);

    private readonly record struct Item(uint Id, string Type);

    private readonly record struct Reference(string Type, uint From, uint To);

    /// <summary>What the walk of <c>meta</c> collects for the checks that need the whole picture.</summary>
    private sealed class Meta
    {
        public uint? Primary;
        public readonly List<Item> Items = [];
        public readonly List<Reference> References = [];
        public readonly List<(long Start, long End)> Extents = [];
        public readonly HashSet<uint> Located = [];
    }

    /// <summary>True when the file starts with an <c>ftyp</c> box naming a still-image brand.</summary>
    public static bool HasImageBrand(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 12 || !bytes.Slice(4, 4).SequenceEqual("ftyp"u8))
        {
            return false;
        }

        var size = BinaryPrimitives.ReadUInt32BigEndian(bytes);
        var end = size is >= 16 && size <= bytes.Length ? (int)size : Math.Min(bytes.Length, 64);
        if (ImageBrands.Contains(FourCc(bytes.Slice(8, 4))))
        {
            return true;
        }

        for (var at = 16; at + 4 <= end; at += 4)
        {
            if (ImageBrands.Contains(FourCc(bytes.Slice(at, 4))))
            {
                return true;
            }
        }

        return false;
    }

    public static IReadOnlyList<string> Verify(ReadOnlySpan<byte> bytes)
    {
        var problems = new ProblemList("AVIF/HEIF");
        var meta = new Meta();
        var mdats = new List<Box>();
        var metas = 0;
        var position = 0;
        while (position < bytes.Length)
        {
            if (!TryReadBox(bytes, position, bytes.Length, out var box, out var error))
            {
                // The top-level boxes must tile the file: whatever does not parse as a box is appended or damaged.
                problems.Add(position == 0
                    ? error + "."
                    : $"{bytes.Length - position} bytes después de la última caja válida (byte {position}): datos añadidos o archivo dañado ({error}).");
                break;
            }

            position = box.End;
            if (box.At == 0 && box.Type != "ftyp")
            {
                problems.Add("la primera caja no es ftyp.");
            }
            else if (box.At > 0 && box.Type == "ftyp")
            {
                problems.Add($"caja ftyp repetida en el byte {box.At}.");
            }

            switch (box.Type)
            {
                case "ftyp":
                    break; // File type and brands.
                case "meta" when ++metas == 1:
                    WalkMeta(bytes, box, meta, problems); // The item catalogue: walked below.
                    break;
                case "meta":
                    problems.Add($"segunda caja meta en el byte {box.At}.");
                    break;
                case "mdat":
                    mdats.Add(box); // The coded pixels, located by iloc; checked below.
                    break;
                case "free" or "skip":
                    // Padding. Allowed only when it is all zeros: its content is otherwise arbitrary and is a
                    // classic place for leftovers of an edit (an old Exif block, a previous version of the image).
                    if (bytes[box.Start..box.End].IndexOfAnyExcept((byte)0) >= 0)
                    {
                        problems.Add($"caja {box.Type} con contenido (no solo ceros) en el byte {box.At}: datos sobrantes.");
                    }

                    break;
                default:
                    problems.Add($"caja «{box.Type}» ({Describe(box.Type)}) en el byte {box.At}.");
                    break;
            }
        }

        if (metas == 0)
        {
            problems.Add("falta la caja meta (catálogo de elementos).");
        }
        else
        {
            CheckItems(meta, problems);
            CheckMdatCoverage(meta, mdats, bytes.Length, problems);
        }

        return problems.ToList();
    }

    /// <summary>meta is a FullBox whose children describe the items: only those needed to decode the picture.</summary>
    private static void WalkMeta(ReadOnlySpan<byte> bytes, Box metaBox, Meta meta, ProblemList problems)
    {
        if (metaBox.End - metaBox.Start < 4)
        {
            problems.Add($"caja meta incompleta en el byte {metaBox.At}.");
            return;
        }

        var seen = new HashSet<string>();
        foreach (var box in Children(bytes, metaBox.Start + 4, metaBox.End, problems))
        {
            var payload = bytes[box.Start..box.End];
            if (!seen.Add(box.Type))
            {
                // A second iloc could, for instance, make leftover bytes look used.
                problems.Add($"caja «{box.Type}» repetida dentro de meta en el byte {box.At}.");
                continue;
            }

            switch (box.Type)
            {
                case "hdlr":
                    // Handler: "pict" says the items are pictures. (Its name string is conventionally empty.)
                    if (payload.Length < 12 || !payload.Slice(8, 4).SequenceEqual("pict"u8))
                    {
                        problems.Add($"caja hdlr del byte {box.At} no es de imágenes («pict»).");
                    }

                    break;
                case "pitm":
                    // Primary item: the picture itself.
                    meta.Primary = payload.Length >= 6 && payload[0] == 0 ? BinaryPrimitives.ReadUInt16BigEndian(payload[4..])
                        : payload.Length >= 8 && payload[0] == 1 ? BinaryPrimitives.ReadUInt32BigEndian(payload[4..])
                        : null;
                    break;
                case "iinf":
                    ReadItemInfo(bytes, box, meta, problems);
                    break;
                case "iloc":
                    ReadItemLocations(payload, box.At, meta, problems);
                    break;
                case "iref":
                    ReadItemReferences(bytes, box, meta, problems);
                    break;
                case "iprp":
                    WalkProperties(bytes, box, problems);
                    break;
                case "idat":
                    break; // Item data kept inside meta (grid and overlay descriptions); its items are checked by type.
                case "dinf":
                    WalkDataInformation(bytes, box, problems);
                    break;
                default:
                    problems.Add($"caja «{box.Type}» ({Describe(box.Type)}) dentro de meta en el byte {box.At}.");
                    break;
            }
        }
    }

    /// <summary>iinf lists every item with its type (infe versions 2 and 3).</summary>
    private static void ReadItemInfo(ReadOnlySpan<byte> bytes, Box iinf, Meta meta, ProblemList problems)
    {
        var countSize = iinf.End - iinf.Start >= 4 && bytes[iinf.Start] == 0 ? 2 : 4;
        if (iinf.End - iinf.Start < 4 + countSize)
        {
            problems.Add($"caja iinf incompleta en el byte {iinf.At}.");
            return;
        }

        foreach (var box in Children(bytes, iinf.Start + 4 + countSize, iinf.End, problems))
        {
            var payload = bytes[box.Start..box.End];
            if (box.Type != "infe")
            {
                problems.Add($"caja «{box.Type}» ({Describe(box.Type)}) dentro de iinf en el byte {box.At}.");
                continue;
            }

            var version = payload.Length > 0 ? payload[0] : -1;
            var idSize = version == 2 ? 2 : 4;
            if (version is not (2 or 3) || payload.Length < 4 + idSize + 2 + 4)
            {
                problems.Add($"descripción de elemento (infe) versión {version} no admitida o incompleta en el byte {box.At}.");
                continue;
            }

            var id = idSize == 2 ? BinaryPrimitives.ReadUInt16BigEndian(payload[4..]) : BinaryPrimitives.ReadUInt32BigEndian(payload[4..]);
            var protection = BinaryPrimitives.ReadUInt16BigEndian(payload[(4 + idSize)..]);
            var type = FourCc(payload.Slice(4 + idSize + 2, 4));
            if (meta.Items.Count >= MaxItems)
            {
                problems.Add($"más de {MaxItems} elementos en iinf.");
                return;
            }

            meta.Items.Add(new Item(id, type));
            if (protection != 0)
            {
                problems.Add($"elemento {id} («{type}») protegido o cifrado en el byte {box.At}.");
            }
        }
    }

    /// <summary>
    /// iloc says where each item's bytes are. Extents in the file (construction method 0) are collected so that
    /// every byte of mdat can be accounted for.
    /// </summary>
    private static void ReadItemLocations(ReadOnlySpan<byte> payload, int at, Meta meta, ProblemList problems)
    {
        var reader = new Reader(payload);
        var version = reader.U8();
        reader.Skip(3);
        var sizes = reader.U8();
        var moreSizes = reader.U8();
        int offsetSize = sizes >> 4, lengthSize = sizes & 15, baseOffsetSize = moreSizes >> 4;
        var indexSize = version is 1 or 2 ? moreSizes & 15 : 0;
        if (reader.Failed || version > 2 || !ValidSize(offsetSize) || !ValidSize(lengthSize) || !ValidSize(baseOffsetSize) || !ValidSize(indexSize))
        {
            problems.Add($"caja iloc inválida en el byte {at}.");
            return;
        }

        var count = version < 2 ? reader.U16() : reader.U32();
        for (var i = 0L; i < count && !reader.Failed; i++)
        {
            var id = version < 2 ? reader.U16() : reader.U32();
            if (!reader.Failed && meta.Located.Count < MaxItems)
            {
                meta.Located.Add(id);
            }

            var method = version is 1 or 2 ? reader.U16() & 15 : 0;
            _ = reader.U16(); // data_reference_index: dinf allows only this same file.
            var baseOffset = reader.Read(baseOffsetSize);
            var extents = reader.U16();
            for (var e = 0; e < extents && !reader.Failed; e++)
            {
                reader.Read(indexSize);
                var offset = reader.Read(offsetSize);
                var length = reader.Read(lengthSize);
                if (meta.Extents.Count >= MaxExtents)
                {
                    problems.Add($"más de {MaxExtents} fragmentos en iloc.");
                    return;
                }

                if (method == 0 && !reader.Failed)
                {
                    // Length 0 means "to the end of the file"; sums are kept within long and clamped, never trusted.
                    var start = baseOffset > long.MaxValue / 2 || offset > long.MaxValue / 2 ? long.MaxValue / 2 : (long)(baseOffset + offset);
                    var end = length == 0 ? long.MaxValue : length > long.MaxValue / 2 ? long.MaxValue : start + (long)length;
                    meta.Extents.Add((start, end));
                }
            }
        }

        if (reader.Failed)
        {
            problems.Add($"caja iloc incompleta en el byte {at}.");
        }
    }

    /// <summary>
    /// iref links items. Allowed: a derived image to its tiles (dimg), an alpha plane to its image (auxl) and
    /// the premultiplied-alpha mark (prem). Refused: thumbnails (thmb, which can show the uncropped original),
    /// metadata descriptions (cdsc, which ties Exif/XMP to the image) and anything else.
    /// </summary>
    private static void ReadItemReferences(ReadOnlySpan<byte> bytes, Box iref, Meta meta, ProblemList problems)
    {
        if (iref.End - iref.Start < 4)
        {
            problems.Add($"caja iref incompleta en el byte {iref.At}.");
            return;
        }

        var idSize = bytes[iref.Start] == 0 ? 2 : 4;
        foreach (var box in Children(bytes, iref.Start + 4, iref.End, problems))
        {
            if (box.Type is not ("dimg" or "auxl" or "prem"))
            {
                problems.Add($"referencia «{box.Type}» ({Describe(box.Type)}) en el byte {box.At}.");
                continue;
            }

            var reader = new Reader(bytes[box.Start..box.End]);
            var from = (uint)reader.Read(idSize);
            var count = reader.U16();
            for (var i = 0; i < count && !reader.Failed; i++)
            {
                var to = (uint)reader.Read(idSize);
                if (!reader.Failed)
                {
                    if (meta.References.Count >= MaxReferences)
                    {
                        problems.Add($"más de {MaxReferences} referencias en iref.");
                        return;
                    }

                    meta.References.Add(new Reference(box.Type, from, to));
                }
            }

            if (reader.Failed)
            {
                problems.Add($"referencia «{box.Type}» incompleta en el byte {box.At}.");
            }
        }
    }

    /// <summary>iprp holds the item properties (ipco) and which item has which (ipma).</summary>
    private static void WalkProperties(ReadOnlySpan<byte> bytes, Box iprp, ProblemList problems)
    {
        foreach (var box in Children(bytes, iprp.Start, iprp.End, problems))
        {
            switch (box.Type)
            {
                case "ipma":
                    break; // Associations: item and property numbers only.
                case "ipco":
                    foreach (var property in Children(bytes, box.Start, box.End, problems))
                    {
                        if (PropertyRefusal(property.Type, bytes[property.Start..property.End]) is { } why)
                        {
                            problems.Add($"propiedad «{property.Type}» ({why}) en el byte {property.At}.");
                        }
                    }

                    break;
                default:
                    problems.Add($"caja «{box.Type}» ({Describe(box.Type)}) dentro de iprp en el byte {box.At}.");
                    break;
            }
        }
    }

    /// <summary>Why an item property is refused, or null when it is allowed.</summary>
    private static string? PropertyRefusal(string type, ReadOnlySpan<byte> payload) => type switch
    {
        // Decoder configuration, size, bit depth, and geometry (rotation, mirror, crop, pixel aspect): numbers.
        "av1C" or "hvcC" or "ispe" or "pixi" or "irot" or "imir" or "clap" or "pasp" => null,
        // AV1 operating point and layer selection; HDR light levels: numbers.
        "a1op" or "a1lx" or "lsel" or "clli" or "mdcv" or "cclv" => null,
        // Colour as code points (nclx/nclc) is a few numbers; an embedded ICC profile (prof, rICC) carries
        // free-text descriptions and can identify the device or the editing software.
        "colr" when payload.StartsWith("nclx"u8) || payload.StartsWith("nclc"u8) => null,
        "colr" => "perfil de color ICC",
        // Only an alpha plane may be an auxiliary image; depth maps, HDR gain maps and the like are extra images.
        "auxC" when IsAlphaAuxiliary(payload) => null,
        "auxC" => "imagen auxiliar que no es transparencia (p. ej. mapa de profundidad)",
        _ => Describe(type),
    };

    private static bool IsAlphaAuxiliary(ReadOnlySpan<byte> payload)
    {
        if (payload.Length < 5)
        {
            return false;
        }

        var urn = payload[4..];
        var nul = urn.IndexOf((byte)0);
        urn = nul >= 0 ? urn[..nul] : urn;
        return urn.SequenceEqual("urn:mpeg:mpegB:cicp:systems:auxiliary:alpha"u8) || urn.SequenceEqual("urn:mpeg:hevc:2015:auxid:1"u8);
    }

    /// <summary>dinf/dref may only say "the data is in this same file" (url with the self-contained flag).</summary>
    private static void WalkDataInformation(ReadOnlySpan<byte> bytes, Box dinf, ProblemList problems)
    {
        foreach (var dref in Children(bytes, dinf.Start, dinf.End, problems))
        {
            if (dref.Type != "dref" || dref.End - dref.Start < 8)
            {
                problems.Add($"caja «{dref.Type}» no permitida o incompleta dentro de dinf en el byte {dref.At}.");
                continue;
            }

            foreach (var entry in Children(bytes, dref.Start + 8, dref.End, problems))
            {
                if (entry.Type != "url " || entry.End - entry.Start != 4 || (bytes[entry.Start + 3] & 1) == 0)
                {
                    problems.Add($"referencia de datos «{entry.Type}» a otro archivo o con texto en el byte {entry.At}.");
                }
            }
        }
    }

    /// <summary>
    /// Item types: coded images (av01, hvc1) and images derived from them (grid, iden, iovl) are allowed. Exif
    /// and mime (XMP) items are metadata, and every item must be part of the primary picture: the primary item,
    /// a tile of it, or its alpha plane. Anything else is a hidden extra image.
    /// </summary>
    private static void CheckItems(Meta meta, ProblemList problems)
    {
        if (meta.Primary is not { } primary)
        {
            problems.Add("falta el elemento principal (caja pitm).");
            return;
        }

        var refused = new HashSet<uint>();
        foreach (var item in meta.Items)
        {
            string? why = item.Type switch
            {
                "av01" or "hvc1" or "grid" or "iden" or "iovl" => null,
                "Exif" => "Exif: cámara, fechas, GPS",
                "mime" => "mime: XMP u otro documento",
                "uri " => "uri: metadatos externos",
                _ => "tipo desconocido o no permitido",
            };
            if (why is not null)
            {
                refused.Add(item.Id);
                problems.Add($"elemento {item.Id} «{item.Type}» ({why}).");
            }
        }

        // Part of the picture: reachable from the primary item through dimg (derived image → its inputs) or
        // backwards through auxl/prem (alpha plane → its image). A work list keeps this linear.
        var edges = new Dictionary<uint, List<uint>>();
        foreach (var reference in meta.References)
        {
            var (from, to) = reference.Type == "dimg" ? (reference.From, reference.To) : (reference.To, reference.From);
            if (!edges.TryGetValue(from, out var list))
            {
                edges[from] = list = [];
            }

            list.Add(to);
        }

        var reached = new HashSet<uint> { primary };
        var pending = new Stack<uint>([primary]);
        while (pending.TryPop(out var id))
        {
            foreach (var next in edges.GetValueOrDefault(id) ?? [])
            {
                if (reached.Add(next))
                {
                    pending.Push(next);
                }
            }
        }

        // Bytes located for an item that iinf does not declare escape every check by type (a stripped Exif item
        // whose iloc entry stayed behind).
        var declared = meta.Items.Select(item => item.Id).ToHashSet();
        foreach (var id in meta.Located.Where(id => !declared.Contains(id)).Order())
        {
            problems.Add($"iloc sitúa datos del elemento {id}, que iinf no declara.");
        }

        if (!declared.Contains(primary))
        {
            problems.Add($"el elemento principal {primary} no está en iinf.");
        }

        foreach (var item in meta.Items.Where(item => !reached.Contains(item.Id) && !refused.Contains(item.Id)))
        {
            problems.Add($"elemento {item.Id} «{item.Type}» que no forma parte de la imagen principal (una imagen escondida o miniatura).");
        }
    }

    /// <summary>
    /// Every byte of mdat must belong to an item: bytes no item points to are leftovers (for example an Exif
    /// block whose item was deleted but whose data stayed) that any tool can still read.
    /// </summary>
    private static void CheckMdatCoverage(Meta meta, List<Box> mdats, int fileLength, ProblemList problems)
    {
        if (meta.Extents.Any(extent => extent.Start >= fileLength || extent.End > fileLength && extent.End != long.MaxValue))
        {
            problems.Add("iloc señala datos fuera del archivo.");
        }

        meta.Extents.Sort();
        foreach (var mdat in mdats)
        {
            long start = mdat.Start, end = mdat.End;
            long uncovered = 0;
            var cursor = start;
            foreach (var extent in meta.Extents)
            {
                if (extent.End <= cursor)
                {
                    continue;
                }

                if (extent.Start >= end)
                {
                    break;
                }

                if (extent.Start > cursor)
                {
                    uncovered += extent.Start - cursor;
                }

                cursor = Math.Max(cursor, extent.End);
                if (cursor >= end)
                {
                    break;
                }
            }

            uncovered += Math.Max(0, end - cursor);
            if (uncovered > 0)
            {
                problems.Add($"{uncovered} bytes de la caja mdat (datos de imagen, byte {mdat.At}) que ningún elemento usa: datos sobrantes o escondidos.");
            }
        }
    }

    /// <summary>The child boxes between two positions; a malformed one is reported and ends the walk.</summary>
    private static List<Box> Children(ReadOnlySpan<byte> bytes, int start, int end, ProblemList problems)
    {
        var boxes = new List<Box>();
        for (var position = start; position < end;)
        {
            if (!TryReadBox(bytes, position, end, out var box, out var error))
            {
                problems.Add(error + ".");
                break;
            }

            if (box.Type == "uuid")
            {
                // A vendor's private box: anything at all can be in it (XMP, maker data, previews).
                problems.Add($"caja «uuid» (datos privados de un fabricante) en el byte {box.At}.");
            }
            else
            {
                boxes.Add(box);
            }

            position = box.End;
        }

        return boxes;
    }

    private static bool TryReadBox(ReadOnlySpan<byte> bytes, int position, int end, out Box box, out string error)
    {
        box = default;
        error = "";
        if (end - position < 8)
        {
            error = $"caja incompleta en el byte {position} ({end - position} bytes sueltos)";
            return false;
        }

        var type = FourCc(bytes.Slice(position + 4, 4));
        ulong size = BinaryPrimitives.ReadUInt32BigEndian(bytes[position..]);
        var header = 8;
        if (size == 1)
        {
            if (end - position < 16)
            {
                error = $"caja «{type}» incompleta en el byte {position}";
                return false;
            }

            size = BinaryPrimitives.ReadUInt64BigEndian(bytes[(position + 8)..]);
            header = 16;
        }
        else if (size == 0)
        {
            size = (ulong)(end - position); // Extends to the end of its container.
        }

        if (type == "uuid")
        {
            header += 16; // The extended type.
        }

        if (size < (ulong)header || size > (ulong)(end - position))
        {
            error = $"la caja «{type}» del byte {position} declara {size} bytes y solo caben {end - position}";
            return false;
        }

        box = new Box(type, position, position + header, position + (int)size);
        return true;
    }

    private static string Describe(string type) => type switch
    {
        "Exif" => "Exif: cámara, fechas, GPS",
        "xml " or "bxml" => "XML/XMP",
        "thmb" => "miniatura, que puede mostrar el original sin recortar",
        "cdsc" => "metadatos que describen la imagen",
        "moov" or "trak" => "video o secuencia de imágenes",
        "uuid" => "datos privados de un fabricante",
        _ => "desconocida o no permitida",
    };

    private static bool ValidSize(int size) => size is 0 or 4 or 8;

    private static string FourCc(ReadOnlySpan<byte> bytes)
    {
        Span<char> chars = stackalloc char[4];
        for (var i = 0; i < 4; i++)
        {
            chars[i] = bytes[i] is >= 0x20 and <= 0x7E ? (char)bytes[i] : '?';
        }

        return new string(chars);
    }

    /// <summary>Big-endian fields read in order; reading past the end sets <see cref="Failed"/> and yields 0.</summary>
    private ref struct Reader(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> bytes = bytes;
        private int position;

        public bool Failed { get; private set; }

        public byte U8() => (byte)Read(1);

        public ushort U16() => (ushort)Read(2);

        public uint U32() => (uint)Read(4);

        public void Skip(int count) => Read(count);

        public ulong Read(int size)
        {
            if (size == 0)
            {
                return 0;
            }

            if (Failed || bytes.Length - position < size)
            {
                Failed = true;
                return 0;
            }

            var value = 0UL;
            for (var i = 0; i < size; i++)
            {
                value = (value << 8) | bytes[position + i];
            }

            position += size;
            return value;
        }
    }
}
