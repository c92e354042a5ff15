using System.Buffers.Binary;
using System.Text;

namespace Micrositio.Tests.Images.Orientation;

/// <summary>
/// Adds HEIF transformative properties (<c>irot</c>, <c>imir</c>) to the primary item of a HEIF/AVIF file, as
/// cameras write them (heif-enc 1.15 cannot): the boxes go at the end of <c>ipco</c>, essential associations in
/// <c>ipma</c> in the order given, and every <c>iloc</c> file offset past <c>meta</c> moves by the bytes added.
/// </summary>
internal static class HeifTransforms
{
    /// <summary>
    /// <paramref name="quarterTurns"/>: irot angle (quarter turns anticlockwise, 0–3); <paramref name="mirrorMode"/>:
    /// imir mode (0 exchanges top and bottom, 1 left and right); irot first, then imir.
    /// </summary>
    public static byte[] Add(byte[] heif, int? quarterTurns, int? mirrorMode)
    {
        var properties = new List<byte[]>();
        if (quarterTurns is { } turns)
        {
            properties.Add(Box("irot", [(byte)(turns & 3)]));
        }

        if (mirrorMode is { } mode)
        {
            properties.Add(Box("imir", [(byte)(mode & 1)]));
        }

        if (properties.Count == 0)
        {
            return heif;
        }

        var top = Children(heif, 0, heif.Length);
        var meta = top.Single(b => b.Type == "meta");
        var metaChildren = Children(heif, meta.Start + 12, meta.End);
        var primary = PrimaryItem(heif, metaChildren.Single(b => b.Type == "pitm"));
        var iprp = metaChildren.Single(b => b.Type == "iprp");
        var iprpChildren = Children(heif, iprp.Start + 8, iprp.End);
        var ipco = iprpChildren.Single(b => b.Type == "ipco");
        var existing = Children(heif, ipco.Start + 8, ipco.End).Count;
        var newIpco = Box("ipco", [heif[(ipco.Start + 8)..ipco.End], .. properties]);
        var ipma = iprpChildren.Single(b => b.Type == "ipma");
        var newIpma = WithAssociations(heif, ipma, primary, Enumerable.Range(existing + 1, properties.Count).ToList());

        var newIprp = Box("iprp", [.. iprpChildren.Select(c => c.Type switch
        {
            "ipco" => newIpco,
            "ipma" => newIpma,
            _ => heif[c.Start..c.End],
        })]);
        var newMeta = Box("meta", [heif[(meta.Start + 8)..(meta.Start + 12)], .. metaChildren.Select(c => c.Type == "iprp" ? newIprp : heif[c.Start..c.End])]);
        var delta = newMeta.Length - meta.Size;
        var iloc = Children(newMeta, 12, newMeta.Length).Single(b => b.Type == "iloc");
        ShiftOffsets(newMeta, iloc, after: meta.End, delta);
        return [.. heif[..meta.Start], .. newMeta, .. heif[meta.End..]];
    }

    private sealed record Span(string Type, int Start, int Size)
    {
        public int End => Start + Size;
    }

    private static List<Span> Children(byte[] bytes, int from, int to)
    {
        var spans = new List<Span>();
        var position = from;
        while (position + 8 <= to)
        {
            var size = (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(position));
            size = size == 0 ? to - position : size;
            Assert.True(size >= 8 && position + size <= to, $"box at {position} has size {size}: not a HEIF file this helper can edit");
            spans.Add(new Span(Encoding.ASCII.GetString(bytes, position + 4, 4), position, size));
            position += size;
        }

        return spans;
    }

    private static uint PrimaryItem(byte[] bytes, Span pitm) => bytes[pitm.Start + 8] == 0
        ? BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(pitm.Start + 12))
        : BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(pitm.Start + 12));

    private static byte[] WithAssociations(byte[] bytes, Span ipma, uint item, List<int> indices)
    {
        var version = bytes[ipma.Start + 8];
        var wide = (bytes[ipma.Start + 11] & 1) != 0;
        var position = ipma.Start + 12;
        var count = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(position));
        position += 4;
        var output = new List<byte>(bytes[(ipma.Start + 8)..(ipma.Start + 16)]);
        var found = false;
        for (var entry = 0; entry < count; entry++)
        {
            var idSize = version < 1 ? 2 : 4;
            var id = idSize == 2 ? BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(position)) : BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(position));
            var associations = bytes[position + idSize];
            var length = associations * (wide ? 2 : 1);
            output.AddRange(bytes[position..(position + idSize)]);
            var added = id == item ? indices : new List<int>();
            found |= id == item;
            output.Add((byte)(associations + added.Count));
            output.AddRange(bytes[(position + idSize + 1)..(position + idSize + 1 + length)]);
            foreach (var index in added)
            {
                // Transformative properties are essential: a reader that does not know them must not show the image.
                Assert.True(index < (wide ? 0x8000 : 0x80), "property index too large for this ipma");
                output.AddRange(wide ? new[] { (byte)(0x80 | (index >> 8)), (byte)index } : new[] { (byte)(0x80 | index) });
            }

            position += idSize + 1 + length;
        }

        Assert.True(found, $"the primary item {item} has no ipma entry");
        return Box("ipma", [.. output]);
    }

    private static void ShiftOffsets(byte[] meta, Span iloc, int after, int delta)
    {
        var span = meta.AsSpan();
        var version = span[iloc.Start + 8];
        var position = iloc.Start + 12;
        var offsetSize = span[position] >> 4;
        var lengthSize = span[position] & 15;
        var baseOffsetSize = span[position + 1] >> 4;
        var indexSize = version is 1 or 2 ? span[position + 1] & 15 : 0;
        position += 2;
        var items = version < 2 ? BinaryPrimitives.ReadUInt16BigEndian(span[position..]) : BinaryPrimitives.ReadUInt32BigEndian(span[position..]);
        position += version < 2 ? 2 : 4;
        for (var item = 0; item < items; item++)
        {
            position += version < 2 ? 2 : 4;
            var method = 0;
            if (version is 1 or 2)
            {
                method = BinaryPrimitives.ReadUInt16BigEndian(span[position..]) & 15;
                position += 2;
            }

            position += 2;
            var basePosition = position;
            var baseOffset = Read(span, position, baseOffsetSize);
            position += baseOffsetSize;
            var extents = BinaryPrimitives.ReadUInt16BigEndian(span[position..]);
            position += 2;
            for (var extent = 0; extent < extents; extent++)
            {
                position += indexSize;
                var offset = Read(span, position, offsetSize);
                if (method == 0 && baseOffsetSize == 0 && offset >= (ulong)after)
                {
                    Write(span, position, offsetSize, offset + (ulong)delta);
                }

                position += offsetSize + lengthSize;
            }

            if (method == 0 && baseOffsetSize > 0 && baseOffset >= (ulong)after)
            {
                Write(span, basePosition, baseOffsetSize, baseOffset + (ulong)delta);
            }
        }
    }

    private static ulong Read(ReadOnlySpan<byte> span, int position, int size) => size switch
    {
        0 => 0,
        4 => BinaryPrimitives.ReadUInt32BigEndian(span[position..]),
        8 => BinaryPrimitives.ReadUInt64BigEndian(span[position..]),
        _ => throw new InvalidOperationException($"iloc field of {size} bytes"),
    };

    private static void Write(Span<byte> span, int position, int size, ulong value)
    {
        if (size == 4)
        {
            BinaryPrimitives.WriteUInt32BigEndian(span[position..], checked((uint)value));
        }
        else
        {
            BinaryPrimitives.WriteUInt64BigEndian(span[position..], value);
        }
    }

    private static byte[] Box(string type, params byte[][] content)
    {
        var body = content.SelectMany(c => c).ToArray();
        var box = new byte[8 + body.Length];
        BinaryPrimitives.WriteUInt32BigEndian(box, (uint)box.Length);
        Encoding.ASCII.GetBytes(type, box.AsSpan(4));
        body.CopyTo(box, 8);
        return box;
    }
}
