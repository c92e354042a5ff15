#:property ManagePackageVersionsCentrally=false
#:package NetVips@3.2.0
#:package NetVips.Native@8.18.7
// The reference of bench/photos.sh: the site's derivatives made with libvips used directly, the way sharp
// does it, on the same libvips build as the site (NetVips.Native). For each photo and each derivative width
// (PhotoProcessor's 480/960/1600 below the oriented width, plus that width capped at 1600), one `thumbnail`
// from the file (shrink-on-load, orientation applied, resize), kept in memory once and saved as WebP q80 and
// JPEG q82 (optimised Huffman tables) with no metadata (keep: none). Photos in parallel, as many at a time as
// the build (Environment.ProcessorCount), libvips' own settings left at their defaults.
// Run: dotnet run bench/vips-reference.cs -- <photos folder> <output folder>
// Prints one line: photos, derivatives, seconds (image work only, start-up excluded), photos per second.
using System.Diagnostics;
using System.Globalization;
using NetVips;

var input = args.Length > 0 ? args[0] : ".";
var output = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "vips-reference");
int[] standardWidths = [480, 960, 1600];
Directory.CreateDirectory(output);
var photos = Directory.GetFiles(input, "foto-*.jpg").Order(StringComparer.Ordinal).ToList();

// Load the library before the clock starts, as the build has by the time it reaches its Images stage.
_ = NetVips.NetVips.Version(0);

var derivatives = 0;
var clock = Stopwatch.StartNew();
Parallel.ForEach(photos, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, path =>
{
    int orientedWidth;
    using (var header = Image.NewFromFile(path))
    {
        var orientation = header.Contains("orientation") ? Convert.ToInt32(header.Get("orientation"), CultureInfo.InvariantCulture) : 1;
        orientedWidth = orientation is >= 5 and <= 8 ? header.Height : header.Width;
    }

    var widths = standardWidths.Where(w => w < orientedWidth).Append(Math.Min(orientedWidth, standardWidths[^1])).Distinct();
    var stem = Path.GetFileNameWithoutExtension(path);
    foreach (var width in widths)
    {
        // Height unbounded (libvips' VIPS_MAX_COORD), as sharp's resize(width): the width decides.
        using var thumbnail = Image.Thumbnail(path, width, height: 10_000_000, size: Enums.Size.Down);
        using var pixels = thumbnail.CopyMemory();
        File.WriteAllBytes(Path.Combine(output, $"{stem}-{width}.webp"), pixels.WebpsaveBuffer(q: 80, keep: Enums.ForeignKeep.None));
        File.WriteAllBytes(Path.Combine(output, $"{stem}-{width}.jpg"), pixels.JpegsaveBuffer(q: 82, optimizeCoding: true, keep: Enums.ForeignKeep.None));
        Interlocked.Add(ref derivatives, 2);
    }
});
clock.Stop();

var seconds = clock.Elapsed.TotalSeconds;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"libvips {NetVips.NetVips.Version(0)}.{NetVips.NetVips.Version(1)}.{NetVips.NetVips.Version(2)}: {photos.Count} photos, {derivatives} derivatives in {seconds:0.00} s, {photos.Count / seconds:0.00} photos/s ({Environment.ProcessorCount} at a time, libvips concurrency {NetVips.NetVips.Concurrency})"));
