using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Micrositio.Tests.Support;
using NetVips;

namespace Micrositio.Tests.Images.Privacy;

/// <summary>One file found on disk, or one entry of a zip found there: where it is, its name and its bytes.</summary>
internal sealed record Trace(string Where, string Name, byte[] Bytes)
{
    public bool IsImage => Bytes is [0xFF, 0xD8, 0xFF, ..] or [0x89, (byte)'P', (byte)'N', (byte)'G', ..] ||
        (Bytes.Length > 12 && Encoding.ASCII.GetString(Bytes, 0, 4) == "RIFF" && Encoding.ASCII.GetString(Bytes, 8, 4) == "WEBP");

    public string Sha256 => Convert.ToHexStringLower(SHA256.HashData(Bytes));

    /// <summary>What a reader finds in it: the name, the bytes as UTF-8 (with HTML and JSON escapes decoded), a PDF's words.</summary>
    public string Text()
    {
        var text = new StringBuilder(Name).Append('\n').Append(PublishedText.Of("x.txt", Bytes));
        if (Bytes is [(byte)'%', (byte)'P', (byte)'D', (byte)'F', ..])
        {
            text.Append('\n').Append(PublishedText.Of("x.pdf", Bytes));
        }

        if (Name.EndsWith(".json", StringComparison.Ordinal))
        {
            using var json = System.Text.Json.JsonDocument.Parse(Bytes);
            Strings(json.RootElement, text);
        }

        return text.ToString();
    }

    // Every string and property name of a JSON document, escapes decoded.
    private static void Strings(System.Text.Json.JsonElement element, StringBuilder text)
    {
        switch (element.ValueKind)
        {
            case System.Text.Json.JsonValueKind.String:
                text.Append('\n').Append(element.GetString());
                break;
            case System.Text.Json.JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Strings(item, text);
                }

                break;
            case System.Text.Json.JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    text.Append('\n').Append(property.Name);
                    Strings(property.Value, text);
                }

                break;
        }
    }
}

/// <summary>Every byte a build leaves in a site's folder: <c>output/</c>, <c>.cache/</c> and anything beside them, zips opened.</summary>
internal static class Traces
{
    public static List<Trace> Under(string root)
    {
        var found = new List<Trace>();
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (relative.StartsWith("input/", StringComparison.Ordinal) || relative.StartsWith("themes/", StringComparison.Ordinal))
            {
                continue;
            }

            Add(found, relative, Path.GetFileName(file), File.ReadAllBytes(file));
        }

        return found;
    }

    private static void Add(List<Trace> found, string where, string name, byte[] bytes)
    {
        found.Add(new Trace(where, name, bytes));
        if (bytes is not [(byte)'P', (byte)'K', 3, 4, ..])
        {
            return;
        }

        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            Add(found, $"{where}!{entry.FullName}", entry.FullName, copy.ToArray());
        }
    }

    /// <summary>The share of pixels of <paramref name="bytes"/> (decoded) that are the test's magenta: R and B high, G low.</summary>
    public static double MagentaShare(byte[] bytes)
    {
        using var image = Image.NewFromBuffer(bytes, access: Enums.Access.Sequential);
        using var srgb = image.Colourspace(Enums.Interpretation.Srgb);
        using var red = srgb.ExtractBand(0);
        using var green = srgb.ExtractBand(1);
        using var blue = srgb.ExtractBand(2);
        using var r = red > 180;
        using var g = green < 90;
        using var b = blue > 180;
        using var rg = r & g;
        using var mask = rg & b;
        return mask.Avg() / 255.0;
    }

    /// <summary>A JPEG of a grey gradient with a magenta patch at (100, 100), 200 × 150: the pixels a hidden area must remove.</summary>
    public static byte[] JpegWithPatch(int width = 1000, int height = 700)
    {
        using var x = Image.Xyz(width, height).ExtractBand(0);
        using var grey = x * (120.0 / width) + 60;
        using var rgb = grey.Bandjoin(grey, grey).Cast(Enums.BandFormat.Uchar);
        using var patch = Image.Black(200, 150, bands: 3).NewFromImage([255, 0, 255]).Cast(Enums.BandFormat.Uchar);
        using var painted = rgb.Insert(patch, 100, 100).Copy(interpretation: Enums.Interpretation.Srgb);
        return painted.JpegsaveBuffer(q: 92);
    }
}
