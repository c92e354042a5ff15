using System.Buffers.Binary;

namespace Micrositio.Images.Verification;

/// <summary>One directory entry of a TIFF structure: its tag, type, count and where its value is (inline values included).</summary>
internal readonly record struct TiffEntry(ushort Tag, ushort Type, uint Count, int ValueAt, int ByteLength);

/// <summary>One image file directory: which chain it belongs to ("IFD0", "IFD1", "Exif", "GPS", …), its position and entries.</summary>
internal sealed record TiffDirectory(string Kind, int Offset, int Length, IReadOnlyList<TiffEntry> Entries);

/// <summary>
/// Reads the directories of a TIFF structure (a TIFF file, or the Exif block of a JPEG, PNG or WebP): the IFD0
/// chain and the Exif, GPS, Interoperability and SubIFD directories they point to. Every offset is bounds-checked
/// and every directory is read once, so a malformed or looping structure yields an error, never an exception.
/// </summary>
internal sealed class TiffStructure
{
    public const ushort ExifPointer = 34665;
    public const ushort GpsPointer = 34853;
    public const ushort InteropPointer = 40965;
    public const ushort SubIfdsPointer = 330;

    private const int MaxDirectories = 64;

    private readonly byte[] _bytes;
    private readonly bool _bigEndian;

    private TiffStructure(byte[] bytes, bool bigEndian)
    {
        _bytes = bytes;
        _bigEndian = bigEndian;
    }

    public List<TiffDirectory> Directories { get; } = [];

    /// <summary>Why the structure could not be read whole (the directories read so far are kept), or null.</summary>
    public string? Error { get; private set; }

    public static TiffStructure Read(ReadOnlySpan<byte> tiff)
    {
        var bigEndian = tiff is [(byte)'M', (byte)'M', ..];
        var structure = new TiffStructure(tiff.ToArray(), bigEndian);
        if (tiff.Length < 8 || !(tiff is [(byte)'I', (byte)'I', 0x2A, 0x00, ..] || tiff is [(byte)'M', (byte)'M', 0x00, 0x2A, ..]))
        {
            structure.Error = tiff is [(byte)'I', (byte)'I', 0x2B, 0x00, ..] or [(byte)'M', (byte)'M', 0x00, 0x2B, ..]
                ? "BigTIFF no se admite"
                : "falta la cabecera TIFF («II*» o «MM*»)";
            return structure;
        }

        structure.ReadChain(structure.U32(4), "IFD");
        return structure;
    }

    public int Length => _bytes.Length;

    public ushort U16(int at) => _bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(_bytes.AsSpan(at)) : BinaryPrimitives.ReadUInt16LittleEndian(_bytes.AsSpan(at));

    public uint U32(int at) => _bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(_bytes.AsSpan(at)) : BinaryPrimitives.ReadUInt32LittleEndian(_bytes.AsSpan(at));

    /// <summary>The numbers of a SHORT or LONG entry (offsets, byte counts); empty for other types.</summary>
    public IReadOnlyList<long> Numbers(TiffEntry entry)
    {
        var size = entry.Type switch { 3 => 2, 4 or 13 => 4, _ => 0 };
        if (size == 0)
        {
            return [];
        }

        var values = new List<long>((int)Math.Min(entry.Count, 65_536));
        for (var i = 0; i < entry.Count && i < 65_536; i++)
        {
            values.Add(size == 2 ? U16(entry.ValueAt + 2 * i) : U32(entry.ValueAt + 4 * i));
        }

        return values;
    }

    /// <summary>The text of an ASCII entry, up to its first NUL.</summary>
    public string Text(TiffEntry entry)
    {
        var span = _bytes.AsSpan(entry.ValueAt, entry.ByteLength);
        var end = span.IndexOf((byte)0);
        return System.Text.Encoding.Latin1.GetString(end < 0 ? span : span[..end]);
    }

    private static int TypeSize(ushort type) => type switch
    {
        1 or 2 or 6 or 7 => 1,
        3 or 8 => 2,
        4 or 9 or 11 or 13 => 4,
        5 or 10 or 12 => 8,
        _ => 0,
    };

    private void ReadChain(uint offset, string kind)
    {
        var index = 0;
        while (offset != 0 && Error is null)
        {
            var name = kind == "IFD" ? $"IFD{index}" : index == 0 ? kind : $"{kind}{index}";
            if (ReadDirectory(offset, name) is not { } next)
            {
                return;
            }

            offset = next;
            index++;
        }
    }

    /// <summary>Reads one directory and those it points to; returns the offset of the next one in its chain, or null on error.</summary>
    private uint? ReadDirectory(uint offset, string kind)
    {
        if (Directories.Count >= MaxDirectories || Directories.Any(d => d.Offset == offset))
        {
            Error = $"directorio {kind} repetido o en bucle en el byte {offset}";
            return null;
        }

        if (offset < 8 || offset > _bytes.Length - 2)
        {
            Error = $"el directorio {kind} apunta fuera del archivo (byte {offset})";
            return null;
        }

        var at = (int)offset;
        var count = U16(at);
        var length = 2 + 12 * count + 4;
        if (at + length > _bytes.Length)
        {
            Error = $"el directorio {kind} del byte {at} está truncado";
            return null;
        }

        var entries = new List<TiffEntry>(count);
        for (var i = 0; i < count; i++)
        {
            var e = at + 2 + 12 * i;
            var tag = U16(e);
            var type = U16(e + 2);
            var n = U32(e + 4);
            var size = TypeSize(type);
            var total = (long)size * n;
            if (size == 0 || total > int.MaxValue)
            {
                entries.Add(new TiffEntry(tag, type, n, e + 8, 0));
                continue;
            }

            var valueAt = total <= 4 ? (uint)(e + 8) : U32(e + 8);
            if (valueAt + total > _bytes.Length)
            {
                Error = $"la etiqueta {tag} del directorio {kind} apunta fuera del archivo";
                return null;
            }

            entries.Add(new TiffEntry(tag, type, n, (int)valueAt, (int)total));
        }

        Directories.Add(new TiffDirectory(kind, at, length, entries));
        foreach (var entry in entries)
        {
            var child = entry.Tag switch
            {
                ExifPointer => "Exif",
                GpsPointer => "GPS",
                InteropPointer => "Interop",
                SubIfdsPointer => "SubIFD",
                _ => null,
            };
            if (child is null || entry.Type is not (4 or 13) || entry.ByteLength == 0)
            {
                continue;
            }

            foreach (var pointer in Numbers(entry))
            {
                if (Error is null)
                {
                    ReadChain((uint)pointer, child);
                }
            }
        }

        return Error is null ? U32(at + 2 + 12 * count) : null;
    }
}
