using System.CommandLine;
using Micrositio.Cli;
using static Micrositio.Tests.Images.Verification.Samples;

namespace Micrositio.Tests.Images.Verification;

/// <summary><c>verificar-imagenes &lt;carpeta&gt;</c>: lists the unsafe images and exits 1; 0 when all are clean; 2 without the folder.</summary>
public sealed class VerifyImagesCommandTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "micrositio-verificar-" + Guid.NewGuid().ToString("N"));

    public VerifyImagesCommandTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static (int ExitCode, string Output, string Error) Run(string path)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var root = new RootCommand("prueba") { VerifyImagesCommand.Create(output, error) };
        var exitCode = root.Parse(["verificar-imagenes", path]).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }

    private void Write(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    [Fact]
    public void A_dirty_file_is_listed_and_exits_1()
    {
        Write("galeria/limpia.jpg", Jpeg);
        Write("galeria/sucia.webp", WebpWith(Webp, RiffChunk("EXIF", Ascii("MM\0*\0\0\0\b"))));
        Write("index.html", Ascii("<html></html>"));

        var (exitCode, output, error) = Run(folder);

        Assert.True(exitCode == 1, output + error);
        Assert.Contains("galeria/sucia.webp:", output, StringComparison.Ordinal);
        Assert.Contains("bloque «EXIF»", output, StringComparison.Ordinal);
        Assert.DoesNotContain("limpia.jpg", output, StringComparison.Ordinal);
        Assert.Contains("Se revisaron 2 imágenes", output, StringComparison.Ordinal);
        Assert.Contains("1 no es segura", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_clean_files_exit_0()
    {
        Write("a.jpg", Jpeg);
        Write("b/c.PNG", Png);
        Write("b/d.avif", Avif);
        Write("e.webp", Webp);

        var (exitCode, output, error) = Run(folder);

        Assert.True(exitCode == 0, output + error);
        Assert.Contains("Se revisaron 4 imágenes", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_under_another_name_is_checked_too()
    {
        Write("descarga.bin", JpegWith(Segment(0xFE, Ascii("comentario"))));

        var (exitCode, output, _) = Run(folder);

        Assert.Equal(1, exitCode);
        Assert.Contains("descarga.bin:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Files_are_listed_in_ordinal_order()
    {
        Write("b.jpg", Concat(Jpeg, [0]));
        Write("B.jpg", Concat(Jpeg, [0]));
        Write("a/z.jpg", Concat(Jpeg, [0]));

        var (_, output, _) = Run(folder);

        var listed = output.Split('\n').Where(line => line.EndsWith(".jpg:", StringComparison.Ordinal)).ToList();
        Assert.Equal(["B.jpg:", "a/z.jpg:", "b.jpg:"], listed);
    }

    [Fact]
    public void A_missing_folder_exits_2()
    {
        var (exitCode, _, error) = Run(Path.Combine(folder, "no-existe"));

        Assert.Equal(2, exitCode);
        Assert.Contains("no existe", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_with_only_a_tiff_carrying_gps_serial_and_artist_is_not_called_clean()
    {
        Write("original.tif", Pipeline.ExifTool.Write(Tiff, ".tif", "-GPSLatitude=19.4326", "-GPSLatitudeRef=N", "-SerialNumber=EJ-000123", "-Artist=Persona Ejemplo"));

        var (exitCode, output, error) = Run(folder);

        Assert.True(exitCode == 1, output + error);
        Assert.Contains("original.tif:", output, StringComparison.Ordinal);
        Assert.Contains("(GPS)", output, StringComparison.Ordinal);
        Assert.Contains("(Artist)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("ninguna lleva metadatos", output, StringComparison.Ordinal);
        Assert.Contains("Se revisaron 1 imagen", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_tiff_and_gif_are_counted_as_checked_and_clean()
    {
        Write("a.tif", Tiff);
        Write("b.gif", Gif);

        var (exitCode, output, error) = Run(folder);

        Assert.True(exitCode == 0, output + error);
        Assert.Contains("Se revisaron 2 imágenes", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("foto.bmp")]
    [InlineData("foto.jxl")]
    [InlineData("foto.psd")]
    [InlineData("foto.dng")]
    public void An_image_format_it_cannot_read_is_reported_as_not_verified_and_exits_1(string name)
    {
        Write(name, Concat(Ascii("BM"), new byte[60]));

        var (exitCode, output, error) = Run(folder);

        Assert.True(exitCode == 1, output + error);
        Assert.Contains($"{name}:", output, StringComparison.Ordinal);
        Assert.Contains("no verificada", output, StringComparison.Ordinal);
        Assert.Contains("1 no verificada", output, StringComparison.Ordinal);
        Assert.Contains("Cómo corregirlo", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bmp_under_another_name_is_reported_as_not_verified()
    {
        Write("descarga.bin", Concat(Ascii("BM"), [0x46, 0, 0, 0, 0, 0, 0, 0], new byte[60]));

        var (exitCode, output, _) = Run(folder);

        Assert.Equal(1, exitCode);
        Assert.Contains("descarga.bin:", output, StringComparison.Ordinal);
        Assert.Contains("BMP", output, StringComparison.Ordinal);
    }
}
