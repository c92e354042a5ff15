using System.Buffers;
using System.Globalization;

namespace Micrositio.Render.Press.Pdf;

/// <summary>
/// A growing byte buffer that writes PDF syntax (ISO 32000-1, 7.3): numbers, names, strings, references.
/// Each method appends exactly its token, so callers put the separating spaces where two tokens would
/// otherwise run together (between numbers, never after a name before a delimiter). The memory is rented
/// from the shared pool, so a PDF allocates little more than its final bytes; dispose to give it back.
/// </summary>
internal sealed class PdfBytes(int capacity = 4096) : IDisposable
{
    private static readonly byte[] HexDigits = "0123456789ABCDEF"u8.ToArray();

    private byte[] buffer = ArrayPool<byte>.Shared.Rent(capacity);

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Written => buffer.AsSpan(0, Length);

    public void Clear() => Length = 0;

    public PdfBytes Raw(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Append(bytes.Length));
        return this;
    }

    public PdfBytes Byte(byte value)
    {
        Append(1)[0] = value;
        return this;
    }

    public PdfBytes Integer(long value)
    {
        var span = Append(20);
        value.TryFormat(span, out var written, default, CultureInfo.InvariantCulture);
        Length -= span.Length - written;
        return this;
    }

    /// <summary>
    /// A real number with at most four decimals (0.0001 pt is a thirtieth of a micron), never in exponent form.
    /// Written digit by digit: a PDF has thousands of numbers, and this is several times faster than formatting.
    /// </summary>
    public PdfBytes Number(double value)
    {
        if (!double.IsFinite(value) || Math.Abs(value) > 1e12)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "PDF: número fuera de rango.");
        }

        var scaled = (long)Math.Round(value * 10_000, MidpointRounding.AwayFromZero);
        if (scaled < 0)
        {
            Byte((byte)'-');
            scaled = -scaled;
        }

        Integer(scaled / 10_000);
        var fraction = (int)(scaled % 10_000);
        if (fraction != 0)
        {
            Byte((byte)'.');
            for (var divisor = 1000; fraction != 0; divisor /= 10)
            {
                Byte((byte)('0' + fraction / divisor));
                fraction %= divisor;
            }
        }

        return this;
    }

    /// <summary>Numbers separated by spaces, "56.69 735.31".</summary>
    public PdfBytes Numbers(params ReadOnlySpan<double> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            (i > 0 ? Byte((byte)' ') : this).Number(values[i]);
        }

        return this;
    }

    /// <summary>An indirect reference, "12 0 R".</summary>
    public PdfBytes Reference(int number) => Integer(number).Raw(" 0 R"u8);

    /// <summary>An array of indirect references, "[12 0 R 14 0 R]".</summary>
    public PdfBytes References(IReadOnlyList<int> numbers)
    {
        Byte((byte)'[');
        for (var i = 0; i < numbers.Count; i++)
        {
            (i > 0 ? Byte((byte)' ') : this).Reference(numbers[i]);
        }

        return Byte((byte)']');
    }

    /// <summary>A name, "/Lato-Regular"; other than printable ASCII characters and delimiters are written as #xx (in UTF-8).</summary>
    public PdfBytes Name(string name)
    {
        Byte((byte)'/');
        if (name.All(IsRegular))
        {
            return Ascii(name);
        }

        foreach (var b in System.Text.Encoding.UTF8.GetBytes(name))
        {
            if (b < 0x80 && IsRegular((char)b))
            {
                Byte(b);
            }
            else
            {
                Byte((byte)'#').Byte(HexDigits[b >> 4]).Byte(HexDigits[b & 0xF]);
            }
        }

        return this;
    }

    /// <summary>
    /// A text string (7.9.2.2): a literal in PDFDocEncoding when every character has the same code there
    /// as in Latin-1, otherwise UTF-16BE with its byte order mark.
    /// </summary>
    public PdfBytes Text(string text)
    {
        if (!text.All(c => c is >= ' ' and <= '~' or >= '\u00A1' and <= '\u00FF' and not '\u00AD'))
        {
            Raw("<FEFF"u8);
            foreach (var c in text)
            {
                Glyph(c);
            }

            return Byte((byte)'>');
        }

        Byte((byte)'(');
        foreach (var c in text)
        {
            if (c is '(' or ')' or '\\')
            {
                Byte((byte)'\\');
            }

            Byte((byte)c);
        }

        return Byte((byte)')');
    }

    /// <summary>Bytes as a hexadecimal string, "&lt;0A1B…&gt;".</summary>
    public PdfBytes Hex(ReadOnlySpan<byte> bytes)
    {
        var span = Append(2 * bytes.Length + 2);
        span[0] = (byte)'<';
        for (var i = 0; i < bytes.Length; i++)
        {
            span[1 + 2 * i] = HexDigits[bytes[i] >> 4];
            span[2 + 2 * i] = HexDigits[bytes[i] & 0xF];
        }

        span[^1] = (byte)'>';
        return this;
    }

    /// <summary>A two-byte code as four hexadecimal digits, the inside of a hexadecimal string.</summary>
    public PdfBytes Glyph(int code)
    {
        var span = Append(4);
        span[0] = HexDigits[(code >> 12) & 0xF];
        span[1] = HexDigits[(code >> 8) & 0xF];
        span[2] = HexDigits[(code >> 4) & 0xF];
        span[3] = HexDigits[code & 0xF];
        return this;
    }

    /// <summary>Room for <paramref name="count"/> more bytes, to be filled in by the caller (they are not cleared).</summary>
    public Span<byte> Append(int count)
    {
        if (Length + count > buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(2 * buffer.Length, Length + count));
            buffer.AsSpan(0, Length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = larger;
        }

        var span = buffer.AsSpan(Length, count);
        Length += count;
        return span;
    }

    public byte[] ToArray() => Written.ToArray();

    /// <summary>A write-only stream that appends to this buffer, for a compressor to write into.</summary>
    public Stream AsStream() => new Appender(this);

    public void Dispose()
    {
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = [];
            Length = 0;
        }
    }

    /// <summary>Text known to be ASCII, one byte per character.</summary>
    private PdfBytes Ascii(string text)
    {
        var span = Append(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            span[i] = (byte)text[i];
        }

        return this;
    }

    private static bool IsRegular(char c) =>
        c is > ' ' and < '\u007F' and not ('#' or '/' or '%' or '(' or ')' or '<' or '>' or '[' or ']' or '{' or '}');

    private sealed class Appender(PdfBytes bytes) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => bytes.Length;

        public override long Position
        {
            get => bytes.Length;
            set => throw new NotSupportedException();
        }

        public override void Write(ReadOnlySpan<byte> buffer) => bytes.Raw(buffer);

        public override void Write(byte[] buffer, int offset, int count) => bytes.Raw(buffer.AsSpan(offset, count));

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
