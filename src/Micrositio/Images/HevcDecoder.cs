using System.Diagnostics;

namespace Micrositio.Images;

/// <summary>
/// HEIC photos (what iPhones take) are HEVC-compressed, and the libvips bundled in NetVips.Native has no
/// HEVC decoder (patent-encumbered codecs are left out of it). libheif's <c>heif-convert</c>, from the
/// system (Debian: libheif-examples, with libde265), decodes them to a lossless PNG that the normal
/// pipeline then re-encodes. It applies the HEIF rotation and mirroring to the pixels but copies the EXIF
/// orientation into the PNG unchanged, so <see cref="UprightDecoder"/> disregards the PNG's orientation. Without the tool, a HEIC photo is
/// a clear error, never a crash.
/// </summary>
public static class HevcDecoder
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public const string Tool = "heif-convert";

    /// <summary>The decoded pixels as PNG bytes, or null with the reason.</summary>
    public static (byte[]? Png, string? Error) Decode(byte[] heic)
    {
        var folder = Directory.CreateTempSubdirectory("micrositio-heic-");
        try
        {
            var input = Path.Combine(folder.FullName, "foto.heic");
            var output = Path.Combine(folder.FullName, "foto.png");
            File.WriteAllBytes(input, heic);
            var start = new ProcessStartInfo(Tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add("--quiet");
            start.ArgumentList.Add(input);
            start.ArgumentList.Add(output);
            using var process = Process.Start(start);
            if (process is null)
            {
                return (null, $"no se pudo ejecutar {Tool}");
            }

            var stderr = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                return (null, $"{Tool} tardó más de {Timeout.TotalMinutes} minutos");
            }

            return process.ExitCode == 0 && File.Exists(output)
                ? (File.ReadAllBytes(output), null)
                : (null, $"{Tool} no pudo decodificarla ({stderr.Result.Trim()})");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (null, $"esta máquina no tiene {Tool} (paquete libheif-examples), que se necesita para fotos HEIC");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
