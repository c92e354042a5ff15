#:property ManagePackageVersionsCentrally=false
#:package NetVips@3.2.0
#:package NetVips.Native@8.18.7
// Makes N deterministic 12-megapixel (4000 × 3000) camera-like JPEGs for bench/photos.sh: a sky and a
// ground, a few "people" at seeded places, and sensor-like noise (so the files are as hard to compress as
// real photos, ~3–5 MB each). Also writes exif.args, an exiftool argument file that gives every photo made now the
// metadata a phone writes (camera, serial, date, GPS; every fourth one EXIF orientation 6, as a phone held
// upright). Photo i is the same on every run and machine (seeded), so results compare across runs.
// Run: dotnet run bench/make-photos.cs -- <folder> <N>   (existing foto-NNNN.jpg files are kept).
using System.Globalization;
using System.Text;
using NetVips;

var folder = args.Length > 0 ? args[0] : ".";
var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100;
Directory.CreateDirectory(folder);
NetVips.Cache.Max = 0;
const int width = 4000, height = 3000;

var made = new System.Collections.Concurrent.ConcurrentBag<int>();
Parallel.For(1, count + 1, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
{
    var path = Path.Combine(folder, $"foto-{i:D4}.jpg");
    if (File.Exists(path))
    {
        return;
    }

    var random = new Random(i);
    double[] Colour(int low, int high) => [random.Next(low, high), random.Next(low, high), random.Next(low, high)];
    var sky = Colour(90, 220);
    var ground = Colour(40, 160);
    using var top = Image.Black(width, height * 2 / 5, bands: 3).NewFromImage(sky);
    using var bottom = Image.Black(width, height - height * 2 / 5, bands: 3).NewFromImage(ground);
    using var background = top.Join(bottom, Enums.Direction.Vertical);
    using var scene = background.Mutate(m =>
    {
        var people = random.Next(3, 12);
        for (var p = 0; p < people; p++)
        {
            var x = random.Next(200, width - 200);
            var y = random.Next(1000, 1600);
            m.DrawCircle(Colour(150, 240), x, y, random.Next(60, 120), fill: true);                       // a head
            m.DrawRect(Colour(20, 200), x - 150, y + 120, 300, random.Next(600, 1200), fill: true);        // a body
        }
    });
    using var noise = Image.Gaussnoise(width, height, sigma: 10, mean: 0, seed: i);
    using var noisy = scene.Add(noise);
    using var photo = noisy.Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
    var temporary = path + ".tmp.jpg";
    photo.Jpegsave(temporary, q: 88, keep: Enums.ForeignKeep.None);
    File.Move(temporary, path);
    made.Add(i);
});

// One exiftool run for the photos made now, blocks separated by -execute (run it as
// exiftool -@ exif.args -common_args -q -overwrite_original: -common_args is not allowed in an argument file).
var exif = new StringBuilder();
foreach (var i in made.Order())
{
    var latitude = 14.5 + (i * 0.0173 % 18.0);
    var longitude = 86.7 + (i * 0.0291 % 30.0);
    exif.Append(CultureInfo.InvariantCulture, $"""
        -Make=BenchCam
        -Model=BC-12
        -SerialNumber=BENCH-{i:D6}
        -Artist=Persona de prueba {i}
        -DateTimeOriginal=2018:11:22 {i / 60 % 24:D2}:{i % 60:D2}:00
        -GPSLatitude={latitude:0.000000}
        -GPSLatitudeRef=N
        -GPSLongitude={longitude:0.000000}
        -GPSLongitudeRef=W
        -XMP-dc:Creator=Persona de prueba {i}

        """);
    if (i % 4 == 0)
    {
        exif.Append("-IFD0:Orientation#=6\n");
    }

    exif.Append(CultureInfo.InvariantCulture, $"{Path.GetFullPath(Path.Combine(folder, $"foto-{i:D4}.jpg"))}\n");
    if (i != made.Max())
    {
        exif.Append("-execute\n");
    }
}

File.WriteAllText(Path.Combine(folder, "exif.args"), exif.ToString());
Console.WriteLine($"{made.Count} photos made, {count - made.Count} already there, in {Path.GetFullPath(folder)}");
