using System.Buffers.Binary;

namespace Micrositio.Render.Press.Pdf;

/// <summary>Reads a PNG's pixel size from its IHDR chunk, so the layout knows a logo's aspect ratio.</summary>
internal static class PngSize
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static (int Width, int Height) Read(byte[] png)
    {
        if (png.Length < 24 || !png.AsSpan(0, 8).SequenceEqual(Signature) || !png.AsSpan(12, 4).SequenceEqual("IHDR"u8))
        {
            throw new ArgumentException("PDF: los logos del encabezado deben ser PNG.", nameof(png));
        }

        var width = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4));
        var height = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4));
        if (width <= 0 || height <= 0)
        {
            throw new ArgumentException("PDF: un logo PNG tiene tamaño cero.", nameof(png));
        }

        return (width, height);
    }
}
