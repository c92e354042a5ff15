using System.IO.Compression;

namespace Micrositio.Render.Press.Pdf;

/// <summary>
/// A PDF file written front to back (ISO 32000-1, 7.5): the header, numbered indirect objects in any order
/// (numbers are handed out first, so objects can refer to ones written later), then the cross-reference
/// table and the trailer. Objects stay uncompressed outside their streams, as PDF 1.7 allows without
/// object streams.
/// </summary>
internal sealed class PdfObjectWriter : IDisposable
{
    /// <summary>
    /// zlib level of the page contents and font programs, deflated for every PDF: level 1 takes a third of
    /// the time of level 3 for about 6 KB more per release (bench/README.md, "PDF benchmark").
    /// </summary>
    private static readonly ZLibCompressionOptions PerDocument = new() { CompressionLevel = 1 };

    private readonly PdfBytes file = new(128 * 1024);
    private readonly List<int> offsets = [0];
    private readonly PdfBytes deflated = new(32 * 1024);
    private readonly Stream deflater;

    public PdfObjectWriter()
    {
        deflater = deflated.AsStream();

        // A comment of bytes above 127 tells transfer programs the file is binary.
        file.Raw("%PDF-1.7\n"u8).Raw([(byte)'%', 0xE2, 0xE3, 0xCF, 0xD3, (byte)'\n']);
    }

    /// <summary>Everything written so far.</summary>
    public ReadOnlySpan<byte> Written => file.Written;

    /// <summary>The number of a new object, to be written later with <see cref="Begin"/>.</summary>
    public int Allocate()
    {
        offsets.Add(-1);
        return offsets.Count - 1;
    }

    /// <summary>Starts an object; write its value into the returned buffer, then call <see cref="End"/>.</summary>
    public PdfBytes Begin(int number)
    {
        if (offsets[number] >= 0)
        {
            throw new InvalidOperationException($"PDF: el objeto {number} ya se escribió.");
        }

        offsets[number] = file.Length;
        return file.Integer(number).Raw(" 0 obj\n"u8);
    }

    public void End() => file.Raw("\nendobj\n"u8);

    /// <summary>Starts a stream object; write its dictionary's entries other than /Length and /Filter, then end it with the data.</summary>
    public PdfBytes BeginStream(int number) => Begin(number).Raw("<<"u8);

    public void EndStream(ReadOnlySpan<byte> data)
    {
        file.Raw("/Length "u8).Integer(data.Length);
        Data(data);
    }

    /// <summary>Ends a stream with its data deflated now.</summary>
    public void EndDeflatedStream(ReadOnlySpan<byte> data)
    {
        deflated.Clear();
        using (var zlib = new ZLibStream(deflater, PerDocument, leaveOpen: true))
        {
            zlib.Write(data);
        }

        EndPrecompressedStream(deflated.Written);
    }

    /// <summary>Ends a stream with data already deflated (zlib format).</summary>
    public void EndPrecompressedStream(ReadOnlySpan<byte> deflatedData)
    {
        file.Raw("/Filter/FlateDecode/Length "u8).Integer(deflatedData.Length);
        Data(deflatedData);
    }

    /// <summary>Data deflated once with the smallest output, for what every PDF of a process copies (the logos).</summary>
    public static byte[] DeflateSmallest(ReadOnlySpan<byte> data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>The cross-reference table and the trailer; every allocated object must have been written.</summary>
    /// <param name="id">The file identifier, 16 bytes, written as both halves of /ID.</param>
    public byte[] Finish(int catalog, int info, ReadOnlySpan<byte> id)
    {
        var missing = offsets.FindIndex(1, o => o < 0);
        if (missing > 0)
        {
            throw new InvalidOperationException($"PDF: el objeto {missing} no se escribió.");
        }

        var xref = file.Length;
        file.Raw("xref\n0 "u8).Integer(offsets.Count).Raw("\n0000000000 65535 f \n"u8);
        var entry = new byte[20];
        " 00000 n \n"u8.CopyTo(entry.AsSpan(10));
        foreach (var offset in offsets.Skip(1))
        {
            var value = offset;
            for (var i = 9; i >= 0; i--, value /= 10)
            {
                entry[i] = (byte)('0' + value % 10);
            }

            file.Raw(entry);
        }

        file.Raw("trailer\n<</Size "u8).Integer(offsets.Count).Raw("/Root "u8).Reference(catalog).Raw("/Info "u8).Reference(info)
            .Raw("/ID["u8).Hex(id).Hex(id).Raw("]>>\nstartxref\n"u8).Integer(xref).Raw("\n%%EOF\n"u8);
        return file.ToArray();
    }

    public void Dispose()
    {
        file.Dispose();
        deflated.Dispose();
    }

    private void Data(ReadOnlySpan<byte> data)
    {
        file.Raw(">>\nstream\n"u8).Raw(data).Raw("\nendstream"u8);
        End();
    }
}
