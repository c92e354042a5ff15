#:project ../src/Micrositio/Micrositio.csproj
// The Images stage alone, in process, for bench/photos.sh: every foto-*.jpg of a folder through the site's own
// PhotoProcessor (the code the build runs, with its parallelism), with an empty cache so every photo is processed,
// then again with that cache (a warm build's Images stage: nothing may be decoded).
// Run: dotnet run -c Release bench/photos-stage.cs -- <photos folder> <cache folder>
// Prints the photos, derivatives, seconds and photos per second of each pass.
using System.Diagnostics;
using System.Globalization;
using Micrositio.Content;
using Micrositio.Diagnostics;
using Micrositio.Images;

var input = args.Length > 0 ? args[0] : ".";
var cache = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "photos-stage-cache");
if (Directory.Exists(cache))
{
    Directory.Delete(cache, recursive: true);
}

var photos = Directory.GetFiles(input, "foto-*.jpg").Order(StringComparer.Ordinal)
    .Select(path => new Photo("banco-de-pruebas", Path.GetFileName(path), "input/galeria/banco-de-pruebas/" + Path.GetFileName(path), Path.GetFullPath(path),
        1, "Foto de prueba", null, null, HasConsent: true, []))
    .ToList();
ImageEngine.EnsureConfigured();

foreach (var pass in new[] { "cold", "warm" })
{
    var errors = new ErrorList();
    var clock = Stopwatch.StartNew();
    // As GalleryImages does: hash every source from disk (the memory is never saved here, so every pass hashes), then process.
    var sources = PhotoSource.FromFiles(photos, PhotoKey.Local, SourceHashes.Load(cache));
    var processor = new PhotoProcessor(cache, ImageLimits.Default, errors);
    var (processed, files) = processor.Process(sources);
    clock.Stop();
    if (errors.Sorted().Count > 0)
    {
        Console.Error.WriteLine(string.Join("\n", errors.Sorted()));
        return 1;
    }

    var seconds = clock.Elapsed.TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Images stage {pass}: {processed.Count} photos ({processor.Processed} processed, {processor.Reused} reused), {files.Count} derivatives in {seconds:0.00} s, {photos.Count / seconds:0.00} photos/s"));
}

return 0;
