using System.Diagnostics;
using System.Text.RegularExpressions;
using Micrositio.Tests.Images.Pipeline;
using Micrositio.Tests.Support;
using Xunit.Abstractions;
using static Micrositio.Tests.Images.Verification.Samples;

namespace Micrositio.Tests.Cli;

/// <summary>
/// Needs /work/shared (the real camera photos, <see cref="RealPhotos"/>): the whole corpus goes through
/// «fotos agregar» into an album and then «build»; input/ and output/ then pass «verificar-imagenes» and exiftool
/// shows structural tags only.
/// </summary>
[Collection(CliCollection.Name)]
public sealed partial class CameraCorpusIntakeTests(ITestOutputHelper log)
{
    /// <summary>Structural tags exiftool may show for a clean PNG or a CMYK JPEG, besides those of the pipeline tests.</summary>
    private static readonly HashSet<string> AllowedStructure = new(StringComparer.Ordinal)
    {
        "PNG:ImageWidth", "PNG:ImageHeight", "PNG:BitDepth", "PNG:ColorType", "PNG:Compression", "PNG:Filter", "PNG:Interlace",
        "PNG-pHYs:PixelsPerUnitX", "PNG-pHYs:PixelsPerUnitY", "PNG-pHYs:PixelUnits",
        "Adobe:DCTEncodeVersion", "Adobe:APP14Flags0", "Adobe:APP14Flags1", "Adobe:ColorTransform",
        "RIFF:VP8Version", "RIFF:ImageWidth", "RIFF:HorizontalScale", "RIFF:ImageHeight", "RIFF:VerticalScale",
    };

    [Fact]
    public async Task The_real_camera_corpus_goes_through_fotos_agregar_and_build_and_nothing_survives()
    {
        // GIF is not a gallery format: «fotos agregar» refuses it (tested in PhotosCommandTests).
        var originals = Directory.GetFiles(RealPhotos).Where(f => Regex.IsMatch(f, @"\.(jpe?g|png|webp|heic|tiff?)$", RegexOptions.IgnoreCase))
            .Order(StringComparer.Ordinal).ToArray();
        using var site = SiteFixture.Create("""
            -- input/galeria/corpus/album.yml --
            titulo: Fotos de cámaras reales
            fecha: 2018-11-22
            fotos:
            """);

        var clock = Stopwatch.StartNew();
        var add = await site.Cli(["fotos", "agregar", .. originals, "--album", "corpus", "--root", site.Root]);
        var addTime = clock.Elapsed;
        Assert.True(add.ExitCode == 0, add.ToString());

        var yml = Path.Combine(site.Root, "input/galeria/corpus/album.yml");
        var number = 0;
        File.WriteAllText(yml, AltLine().Replace(File.ReadAllText(yml), _ => $"    alt: Foto {++number} de una cámara real")
            .Replace("      fecha:\n", "      fecha: 2018-11-22\n", StringComparison.Ordinal)
            .Replace("      registro:\n", "      registro: Formato de prueba\n", StringComparison.Ordinal));
        clock.Restart();
        var build = await site.Cli("build", "--root", site.Root, "--themes", site.ThemesDirectory);
        var buildTime = clock.Elapsed;
        Assert.True(build.ExitCode == 0, build.ToString());

        var input = Path.Combine(site.Root, "input/galeria/corpus");
        var published = Path.Combine(site.OutputDirectory, "fotos");
        foreach (var folder in new[] { input, published })
        {
            var verify = await site.Cli("verificar-imagenes", folder);
            Assert.True(verify.ExitCode == 0, verify.ToString());
            Assert.Contains("ninguna lleva metadatos", verify.Output, StringComparison.Ordinal);
        }

        var added = Directory.GetFiles(input).Where(f => !f.EndsWith("album.yml", StringComparison.Ordinal)).ToList();
        var outputs = Directory.GetFiles(published, "*", SearchOption.AllDirectories).ToList();
        Assert.Equal(originals.Length, added.Count);
        var tags = ExifTool.Read([.. added.Select(f => ("entrada-" + Path.GetFileName(f), File.ReadAllBytes(f))),
            .. outputs.Select(f => ("salida-" + Path.GetFileName(f), File.ReadAllBytes(f)))]);
        var extra = tags.SelectMany(file => file.Value
                .Where(t => !ExifTool.AllowedJpeg.Contains($"{t.Group}:{t.Name}") && !ExifTool.AllowedWebp.Contains($"{t.Group}:{t.Name}") &&
                    !AllowedStructure.Contains($"{t.Group}:{t.Name}") && t.Group is not ("System" or "File" or "Composite" or "ExifTool"))
                .Select(t => $"{file.Key}: {t}"))
            .ToList();
        Assert.True(extra.Count == 0, string.Join("\n", extra.Take(50)));

        var removed = Regex.Matches(add.Output, "se quitó: (.+)\\.").SelectMany(m => m.Groups[1].Value.Split(", ")).GroupBy(k => k)
            .OrderByDescending(g => g.Count()).Select(g => $"{g.Key}: {g.Count()}");
        log.WriteLine($"{originals.Length} originals → {added.Count} clean sources ({Regex.Matches(add.Output, "sin pérdida").Count} lossless) in {addTime.TotalSeconds:0.0} s; " +
            $"build {buildTime.TotalSeconds:0.0} s, {outputs.Count} published files; removed: {string.Join("; ", removed)}");
    }

    [GeneratedRegex("^    alt:$", RegexOptions.Multiline)]
    private static partial Regex AltLine();
}
