using System.Buffers.Binary;
using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Micrositio.Content;
using Micrositio.Diagnostics;
using Micrositio.Images;
using Micrositio.Images.Verification;
using Micrositio.Tests.Support;
using Micrositio.Write;
using NetVips;

namespace Micrositio.Tests.Images.Pipeline;

/// <summary>What one call of <see cref="PhotoProcessor.Process"/> returned, reported and took.</summary>
internal sealed record PipelineRun(
    string FileName,
    IReadOnlyList<ProcessedPhoto> Photos,
    IReadOnlyList<OutputFile> Files,
    IReadOnlyList<BuildError> Errors,
    TimeSpan Elapsed)
{
    public string ErrorText => string.Join("\n", Errors.Select(e => e.ToString()));
}

/// <summary>Runs single photos through the real <see cref="PhotoProcessor"/>, each with its own empty cache folder.</summary>
internal static class PhotoPipeline
{
    public const string Album = "pruebas";

    public static string SourcePathOf(string fileName) => $"input/galeria/{Album}/{fileName}";

    public static PipelineRun Run(string fileName, byte[] bytes, ImageLimits? limits = null, IReadOnlyList<HiddenArea>? hidden = null, TimeSpan? timeout = null)
    {
        using var folder = new TempFolder();
        var fullPath = Path.Combine(folder.Path, fileName);
        File.WriteAllBytes(fullPath, bytes);
        var photo = new Photo(Album, fileName, SourcePathOf(fileName), fullPath, 3, "Texto alternativo", null, null, HasConsent: true, hidden ?? []);
        var errors = new ErrorList();
        var processor = new PhotoProcessor(Path.Combine(folder.Path, ".cache"), limits ?? ImageLimits.Default, errors);

        var stopwatch = Stopwatch.StartNew();
        var task = Task.Run(() => processor.Process([(photo, bytes)]));
        var limit = timeout ?? TimeSpan.FromMinutes(2);
        if (!task.Wait(limit))
        {
            Assert.Fail($"PhotoProcessor.Process did not return within {limit.TotalSeconds:0} s for {fileName} (hang?)");
        }

        stopwatch.Stop();
        // The derivatives are files of the cache, which goes with the folder: keep their bytes.
        var (photos, files) = task.Result;
        return new PipelineRun(fileName, photos, files.Select(f => new OutputFile(f.Path, f.Bytes, f.SourcePath)).ToList(), errors.Sorted(), stopwatch.Elapsed);
    }

    /// <summary>Asserts the run failed with exactly one clear error that names the photo, and published nothing.</summary>
    public static BuildError AssertRefused(PipelineRun run, params string[] expectedFragments)
    {
        Assert.True(run.Errors.Count == 1, $"expected exactly one error for {run.FileName}, got {run.Errors.Count}:\n{run.ErrorText}");
        var error = run.Errors[0];
        Assert.Equal(Stage.Images, error.Stage);
        Assert.Equal(SourcePathOf(run.FileName), error.File);
        Assert.Contains(run.FileName, error.ToString(), StringComparison.Ordinal);
        foreach (var fragment in expectedFragments)
        {
            Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
        }

        Assert.Empty(run.Photos);
        Assert.Empty(run.Files);
        return error;
    }

    /// <summary>
    /// Everything that would make a published file unsafe: errors of the run, verifier problems, tags that
    /// exiftool finds beyond the structural allow-list, and any of <paramref name="secrets"/> in the bytes.
    /// </summary>
    public static List<string> SafetyProblems(PipelineRun run, params string[] secrets)
    {
        var problems = new List<string>();
        problems.AddRange(run.Errors.Select(e => "error: " + e));
        if (run.Files.Count == 0)
        {
            problems.Add("no output file was produced");
        }

        foreach (var file in run.Files)
        {
            problems.AddRange(ImageVerifier.Verify(file.Bytes).Select(p => $"{file.Path}: ImageVerifier: {p}"));
            foreach (var secret in secrets)
            {
                if (file.Bytes.AsSpan().IndexOf(Encoding.ASCII.GetBytes(secret)) >= 0)
                {
                    problems.Add($"{file.Path}: contains the bytes «{secret}» of the source");
                }
            }
        }

        problems.AddRange(ExifTool.ForbiddenTags(run.Files.Select(f => (Path.GetFileName(f.Path), f.Bytes)).ToList()));
        return problems;
    }

    public static void AssertSafe(PipelineRun run, params string[] secrets)
    {
        var problems = SafetyProblems(run, secrets);
        Assert.True(problems.Count == 0, $"{run.FileName}: {problems.Count} problem(s):\n" + string.Join("\n", problems));
    }
}

/// <summary>A temporary folder, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "micrositio-pipeline-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}

/// <summary>One line of <c>exiftool -a -u -G1 -s</c>: [group] tag : value.</summary>
internal sealed record ExifTag(string Group, string Name, string Value)
{
    public override string ToString() => $"[{Group}] {Name} = {Value}";
}

/// <summary>
/// exiftool (Debian package libimage-exiftool-perl) as an independent judge of what a file carries. Missing
/// exiftool fails the test, never skips it.
/// </summary>
internal static partial class ExifTool
{
    private static readonly Lazy<string?> Executable = new(Find);

    /// <summary>
    /// What exiftool may report for a clean libvips JPEG: the file system, the exiftool version, and the
    /// structure of the image (SOF, optional JFIF APP0). Anything else (EXIF, IFD0/1, GPS, XMP*, IPTC, ICC*,
    /// Photoshop, MakerNotes, APPn, comments, JUMBF, trailers, warnings) is metadata or damage.
    /// </summary>
    public static IReadOnlySet<string> AllowedJpeg { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "ExifTool:ExifToolVersion",
        "System:FileName", "System:Directory", "System:FileSize", "System:FileModifyDate", "System:FileAccessDate",
        "System:FileInodeChangeDate", "System:FilePermissions",
        "File:FileType", "File:FileTypeExtension", "File:MIMEType", "File:ImageWidth", "File:ImageHeight",
        "File:EncodingProcess", "File:BitsPerSample", "File:ColorComponents", "File:YCbCrSubSampling",
        "JFIF:JFIFVersion", "JFIF:ResolutionUnit", "JFIF:XResolution", "JFIF:YResolution",
        "Composite:ImageSize", "Composite:Megapixels",
    };

    /// <summary>What exiftool may report for a clean libvips WebP (a simple lossy VP8 file).</summary>
    public static IReadOnlySet<string> AllowedWebp { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "ExifTool:ExifToolVersion",
        "System:FileName", "System:Directory", "System:FileSize", "System:FileModifyDate", "System:FileAccessDate",
        "System:FileInodeChangeDate", "System:FilePermissions",
        "File:FileType", "File:FileTypeExtension", "File:MIMEType",
        "RIFF:VP8Version", "RIFF:ImageWidth", "RIFF:HorizontalScale", "RIFF:ImageHeight", "RIFF:VerticalScale",
        "Composite:ImageSize", "Composite:Megapixels",
    };

    public static string Path => Executable.Value ?? throw new InvalidOperationException("unreachable");

    /// <summary>Fails the test when exiftool is not installed.</summary>
    public static void Require()
    {
        if (Executable.Value is null)
        {
            Assert.Fail("exiftool is required by the photo pipeline tests and was not found (looked in /usr/bin and PATH). " +
                "Install it: sudo apt-get install -y libimage-exiftool-perl");
        }
    }

    /// <summary>Runs exiftool; fails the test on a non-zero exit code. Returns standard output.</summary>
    public static string Run(params string[] arguments)
    {
        Require();
        var start = new ProcessStartInfo(Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("exiftool did not start");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            process.Kill();
            Assert.Fail($"exiftool {string.Join(' ', arguments)} did not finish within a minute");
        }

        Assert.True(process.ExitCode == 0, $"exiftool {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{error.Result}\n{output}");
        return output;
    }

    /// <summary>Writes tags into a file's bytes with exiftool (e.g. "-Artist=X", "-ThumbnailImage&lt;=t.jpg").</summary>
    public static byte[] Write(byte[] bytes, string extension, params string[] tagArguments)
    {
        using var folder = new TempFolder();
        var file = System.IO.Path.Combine(folder.Path, "source" + extension);
        File.WriteAllBytes(file, bytes);
        Run([.. tagArguments, "-q", "-overwrite_original", file]);
        return File.ReadAllBytes(file);
    }

    /// <summary>The tags of each file, as printed by <c>exiftool -a -u -G1 -s</c> (all of them, unknown ones too).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<ExifTag>> Read(IReadOnlyList<(string Name, byte[] Bytes)> files)
    {
        using var folder = new TempFolder();
        var paths = new List<string>();
        foreach (var (name, bytes) in files)
        {
            var path = System.IO.Path.Combine(folder.Path, name);
            File.WriteAllBytes(path, bytes);
            paths.Add(path);
        }

        var output = Run(["-a", "-u", "-G1", "-s", .. paths]);
        var result = new Dictionary<string, List<ExifTag>>(StringComparer.Ordinal);
        var current = files.Count == 1 ? files[0].Name : null;
        if (current is not null)
        {
            result[current] = [];
        }

        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.StartsWith("======== ", StringComparison.Ordinal))
            {
                current = System.IO.Path.GetFileName(line["======== ".Length..].Trim());
                result[current] = [];
            }
            else if (SummaryLine().IsMatch(line))
            {
                continue;
            }
            else if (TagLine().Match(line) is { Success: true } match && current is not null)
            {
                result[current].Add(new ExifTag(match.Groups["group"].Value, match.Groups["tag"].Value, match.Groups["value"].Value.TrimEnd('\r')));
            }
            else
            {
                result[current ?? "?"] = [.. result.GetValueOrDefault(current ?? "?") ?? [], new ExifTag("?", "unparsed line", line)];
            }
        }

        foreach (var (name, _) in files)
        {
            Assert.True(result.ContainsKey(name), $"exiftool printed nothing for {name}:\n{output}");
        }

        return result.ToDictionary(r => r.Key, r => (IReadOnlyList<ExifTag>)r.Value, StringComparer.Ordinal);
    }

    /// <summary>Every tag that exiftool finds in the files beyond the structural allow-list of their format, as text.</summary>
    public static List<string> ForbiddenTags(IReadOnlyList<(string Name, byte[] Bytes)> files)
    {
        var problems = new List<string>();
        if (files.Count == 0)
        {
            return problems;
        }

        var read = Read(files);
        foreach (var (name, bytes) in files)
        {
            var (allowed, fileType) = bytes switch
            {
                [0xFF, 0xD8, ..] => (AllowedJpeg, "JPEG"),
                [(byte)'R', (byte)'I', (byte)'F', (byte)'F', ..] => (AllowedWebp, "WEBP"),
                _ => (new HashSet<string>(), "?"),
            };
            var tags = read[name];
            problems.AddRange(tags.Where(t => !allowed.Contains($"{t.Group}:{t.Name}")).Select(t => $"{name}: exiftool shows {t}"));
            if (!tags.Any(t => t is { Group: "File", Name: "FileType" } && t.Value == fileType))
            {
                problems.Add($"{name}: exiftool does not read it as {fileType}");
            }
        }

        return problems;
    }

    private static string? Find()
    {
        if (File.Exists("/usr/bin/exiftool"))
        {
            return "/usr/bin/exiftool";
        }

        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = System.IO.Path.Combine(folder, "exiftool");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^\[(?<group>[^\]]+)\]\s+(?<tag>\S+)\s*:\s?(?<value>.*)$")]
    private static partial Regex TagLine();

    [GeneratedRegex(@"^\s+\d+ (image files|directories) (read|scanned)")]
    private static partial Regex SummaryLine();
}

/// <summary>libheif's heif-convert (Debian: libheif-examples), to decode HEVC HEIC photos in the tests.</summary>
internal static class HeifConvert
{
    public static byte[] ToPng(byte[] heic)
    {
        using var folder = new TempFolder();
        var input = System.IO.Path.Combine(folder.Path, "foto.heic");
        var output = System.IO.Path.Combine(folder.Path, "foto.png");
        File.WriteAllBytes(input, heic);
        var start = new ProcessStartInfo("heif-convert") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("--quiet");
        start.ArgumentList.Add(input);
        start.ArgumentList.Add(output);
        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            process = null;
        }

        if (process is null)
        {
            Assert.Fail("heif-convert is required to decode HEIC photos and was not found. Install it: sudo apt-get install -y libheif-examples");
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "heif-convert did not finish within 2 minutes");
            Assert.True(process.ExitCode == 0 && File.Exists(output), $"heif-convert failed ({process.ExitCode}): {error.Result}");
        }

        return File.ReadAllBytes(output);
    }
}

/// <summary>Hand-made source files: synthetic photos and the container pieces to graft into them.</summary>
internal static class Forge
{
    /// <summary>
    /// A deterministic photo with no black anywhere: a diagonal gradient with a band pattern, so resizing,
    /// orientation and covering are all visible. Saved with no metadata.
    /// </summary>
    public static Image Picture(int width, int height)
    {
        using var xyz = Image.Xyz(width, height);
        using var x = xyz.ExtractBand(0);
        using var y = xyz.ExtractBand(1);
        using var red = x * (150.0 / width) + 80;
        using var green = y * (150.0 / height) + 70;
        using var blue = (x + y) % 64 * 2 + 60;
        using var rgb = red.Bandjoin(green, blue);
        return rgb.Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
    }

    public static byte[] Jpeg(int width = 1200, int height = 800)
    {
        using var picture = Picture(width, height);
        return picture.JpegsaveBuffer(q: 90, keep: Enums.ForeignKeep.None);
    }

    public static byte[] Png(int width = 640, int height = 480)
    {
        using var picture = Picture(width, height);
        return picture.PngsaveBuffer(keep: Enums.ForeignKeep.None);
    }

    public static byte[] Webp(int width = 800, int height = 600)
    {
        using var picture = Picture(width, height);
        return picture.WebpsaveBuffer(q: 90, keep: Enums.ForeignKeep.None);
    }

    /// <summary>The metadata a phone writes: camera, serial, owner, date and a GPS position.</summary>
    public static readonly string[] PhoneTags =
    [
        "-Make=SecretPhone", "-Model=SP-1", "-SerialNumber=SERIAL-4711", "-Artist=Persona Secreta",
        "-DateTimeOriginal=2019:05:04 10:20:30", "-GPSLatitude=19.4326", "-GPSLatitudeRef=N",
        "-GPSLongitude=99.1332", "-GPSLongitudeRef=W", "-XMP-dc:Creator=Persona Secreta",
    ];

    public static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    public static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static byte[] U16(int value) => [(byte)(value >> 8), (byte)value];

    public static byte[] U32(long value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];

    /// <summary>A JPEG marker segment: FF, marker, big-endian length (counting itself), payload.</summary>
    public static byte[] JpegSegment(byte marker, byte[] payload) => Concat([0xFF, marker], U16(payload.Length + 2), payload);

    /// <summary>An ISO-BMFF box (also used for JUMBF): big-endian size, type, content.</summary>
    public static byte[] Box(string type, params byte[][] content)
    {
        var body = Concat(content);
        return Concat(U32(8 + body.Length), Ascii(type), body);
    }

    /// <summary>A PNG chunk with its CRC, computed here (independently of the verifier under test).</summary>
    public static byte[] PngChunk(string type, byte[] data)
    {
        var typeAndData = Concat(Ascii(type), data);
        return Concat(U32(data.Length), typeAndData, U32(Crc32(typeAndData)));
    }

    /// <summary>The PNG with chunks inserted right after IHDR (8-byte signature + 25-byte IHDR chunk).</summary>
    public static byte[] PngWithAfterIhdr(byte[] png, params byte[][] chunks)
    {
        Assert.Equal("IHDR", Encoding.ASCII.GetString(png, 12, 4));
        return Concat([png[..33], .. chunks, png[33..]]);
    }

    /// <summary>CRC-32 (ISO 3309 / PNG), bit by bit: small and obviously right.</summary>
    public static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }

    /// <summary>
    /// A minimal big-endian TIFF/EXIF block (as in a PNG eXIf chunk) with IFD0 Artist and Copyright.
    /// </summary>
    public static byte[] TiffWithArtist(string artist, string copyright)
    {
        var artistBytes = Ascii(artist + "\0");
        var copyrightBytes = Ascii(copyright + "\0");
        const int ifdOffset = 8;
        const int entries = 2;
        var dataStart = ifdOffset + 2 + entries * 12 + 4;
        byte[] Entry(int tag, int count, int offset) => Concat(U16(tag), U16(2), U32(count), U32(offset));
        return Concat(
            Ascii("MM"), U16(42), U32(ifdOffset),
            U16(entries),
            Entry(0x013B, artistBytes.Length, dataStart),
            Entry(0x8298, copyrightBytes.Length, dataStart + artistBytes.Length),
            U32(0),
            artistBytes, copyrightBytes);
    }

    /// <summary>The width and height a PNG's IHDR declares, written over a real PNG's (CRC fixed).</summary>
    public static byte[] PngDeclaring(byte[] png, int width, int height)
    {
        var bytes = (byte[])png.Clone();
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(16), (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(20), (uint)height);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(29), Crc32(bytes.AsSpan(12, 17)));
        return bytes;
    }
}

/// <summary>Pixel checks on decoded outputs.</summary>
internal static class Pixels
{
    public static Image Decode(byte[] bytes) => Image.NewFromBuffer(bytes, access: Enums.Access.Random, failOn: Enums.FailOn.Error);

    /// <summary>The largest value of any channel in the rectangle.</summary>
    public static double MaxIn(Image image, int left, int top, int width, int height)
    {
        using var region = image.Crop(left, top, width, height);
        return region.Max();
    }

    public static double MeanIn(Image image, int left, int top, int width, int height)
    {
        using var region = image.Crop(left, top, width, height);
        return region.Avg();
    }
}
