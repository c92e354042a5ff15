using System.Diagnostics;
using System.Text;
using Micrositio.Images;
using Micrositio.Images.Verification;

namespace Micrositio.Cli;

/// <summary>
/// <c>fotos revisar</c> (the source check of <c>check</c>, on given files or on the images staged for a commit) and
/// <c>fotos instalar-gancho</c>, which installs a git pre-commit hook that runs it, so a photo with metadata
/// cannot be committed by mistake.
/// </summary>
public static class PhotoHook
{
    public const string Marker = "micrositio-fotos";

    public static string Script =>
        $"""
        #!/bin/sh
        # {Marker}: instalado por «./micrositio fotos instalar-gancho».
        # Impide hacer commit de fotos que lleven metadatos (GPS, fecha, cámara, número de serie, miniatura…).
        raiz="$(git rev-parse --show-toplevel)" || exit 1
        exec "$raiz/micrositio" fotos revisar --preparados --root "$raiz"

        """;

    public static int Install(string root, TextWriter output, TextWriter error)
    {
        var (ok, hooks) = Git(root, "rev-parse", "--git-path", "hooks");
        if (!ok)
        {
            error.WriteLine($"error: {root} no es un repositorio de git ({Encoding.UTF8.GetString(hooks).Trim()}).");
            error.WriteLine("  Cómo corregirlo: ejecute el comando en la carpeta del repositorio del sitio, o indique --root.");
            return PhotosCommand.Failure;
        }

        var folder = Path.GetFullPath(Encoding.UTF8.GetString(hooks).Trim(), root);
        var path = Path.Combine(folder, "pre-commit");
        if (File.Exists(path) && !File.ReadAllText(path).Contains(Marker, StringComparison.Ordinal))
        {
            error.WriteLine($"error: ya hay otro gancho en {path}; no se reemplaza.");
            error.WriteLine("  Cómo corregirlo: agregue a ese archivo la línea «\"$(git rev-parse --show-toplevel)/micrositio\" fotos revisar --preparados || exit 1».");
            return PhotosCommand.Failure;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(path, Script);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
                UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }

        output.WriteLine($"Gancho instalado en {path}: cada commit revisa sus imágenes y se detiene si alguna lleva metadatos.");
        return PhotosCommand.Success;
    }

    public static int Check(string root, IReadOnlyList<string> paths, bool staged, TextWriter output, TextWriter error)
    {
        var files = new List<(string Name, Func<byte[]> Read)>();
        if (staged)
        {
            var (ok, list) = Git(root, "diff", "--cached", "--name-only", "-z", "--diff-filter=ACMR");
            if (!ok)
            {
                error.WriteLine($"error: no se pudo leer lo preparado para el commit en {root} ({Encoding.UTF8.GetString(list).Trim()}).");
                error.WriteLine("  Cómo corregirlo: ejecute el comando dentro del repositorio del sitio, o indique --root.");
                return PhotosCommand.Failure;
            }

            foreach (var name in Encoding.UTF8.GetString(list).Split('\0', StringSplitOptions.RemoveEmptyEntries))
            {
                // The staged version is what the commit keeps, whatever the working copy holds now.
                files.Add((name, () => Git(root, "cat-file", "blob", ":" + name) is (true, var blob) ? blob : throw new IOException("git no pudo leer la versión preparada")));
            }
        }

        foreach (var path in paths)
        {
            files.Add((path, () => File.ReadAllBytes(Path.GetFullPath(path))));
        }

        var checkedCount = 0;
        var dirty = 0;
        foreach (var (name, read) in files)
        {
            IReadOnlyList<string> carried;
            try
            {
                var bytes = read();
                if (!ImageVerifier.IsImagePath(name) && !ImageVerifier.HasImageSignature(bytes.AsSpan(0, Math.Min(bytes.Length, 64))))
                {
                    continue;
                }

                checkedCount++;
                carried = SourceMetadata.Carried(bytes);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                checkedCount++;
                carried = [$"no se pudo leer el archivo ({ex.Message})"];
            }

            if (carried.Count > 0)
            {
                dirty++;
                error.WriteLine($"{name}: {SourcePhotoCheck.Message(carried)}");
            }
        }

        if (dirty > 0)
        {
            error.WriteLine($"{dirty} de {checkedCount} {(checkedCount == 1 ? "imagen lleva" : "imágenes llevan")} metadatos; no se deben guardar en el repositorio.");
            error.WriteLine($"  Cómo corregirlo: {SourcePhotoCheck.Hint}");
            if (staged)
            {
                error.WriteLine("  Quítelas de lo preparado con «git restore --staged <archivo>» antes de volver a intentar el commit.");
            }

            return PhotosCommand.Failure;
        }

        output.WriteLine(checkedCount == 1 ? "Se revisó 1 imagen: no lleva metadatos." : $"Se revisaron {checkedCount} imágenes: ninguna lleva metadatos.");
        return PhotosCommand.Success;
    }

    /// <summary>Runs git in <paramref name="root"/>; the output is stdout when it succeeded, else stderr.</summary>
    private static (bool Ok, byte[] Output) Git(string root, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = root };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            using var stdout = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(stdout);
            process.WaitForExit();
            return process.ExitCode == 0 ? (true, stdout.ToArray()) : (false, Encoding.UTF8.GetBytes(stderr.Result));
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (false, "git no está instalado en esta máquina"u8.ToArray());
        }
    }
}
