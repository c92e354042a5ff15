using System.CommandLine;
using Micrositio.Images.Verification;

namespace Micrositio.Cli;

/// <summary>
/// <c>verificar-imagenes &lt;carpeta&gt;</c>: checks every image under a folder (usually <c>output/</c>) with
/// <see cref="ImageVerifier"/>, so that a published photo carries no metadata and nothing after its end.
/// </summary>
public static class VerifyImagesCommand
{
    public const int Clean = 0;
    public const int Dirty = 1;
    public const int MissingFolder = 2;

    /// <summary>Bytes read from a file of another extension to see whether it is an image under another name.</summary>
    private const int SignatureLength = 64;

    /// <summary>
    /// `verificar-imagenes &lt;carpeta&gt;`: checks every image file under the folder (recursively, sorted ordinally) with
    /// ImageVerifier and prints each bad file with its problems (Spanish), then a summary line. Exit code 0 when
    /// all are clean, 1 when any is not, 2 when the folder does not exist.
    /// </summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var folder = new Argument<DirectoryInfo>("carpeta") { Description = "Carpeta con las imágenes a revisar (por ejemplo, output/)." };
        var command = new Command(
            "verificar-imagenes",
            "Revisa byte por byte que ninguna imagen de la carpeta lleve metadatos (Exif, XMP, IPTC, comentarios, perfiles, miniaturas) ni datos después del final.")
        {
            folder,
        };
        command.SetAction(result => Run(result.GetValue(folder), output, error));
        return command;
    }

    private static int Run(DirectoryInfo? folder, TextWriter output, TextWriter error)
    {
        if (folder is null || !folder.Exists)
        {
            error.WriteLine($"error: la carpeta «{folder?.FullName}» no existe.");
            return MissingFolder;
        }

        List<string> files;
        try
        {
            files = Directory.EnumerateFiles(folder.FullName, "*", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(folder.FullName, path))
                .Order(StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: no se pudo recorrer la carpeta «{folder.FullName}»: {ex.Message}");
            return Dirty;
        }

        var checkedCount = 0;
        var dirty = 0;
        var unverified = 0;
        foreach (var relative in files)
        {
            var problems = Check(Path.Combine(folder.FullName, relative));
            if (problems is null)
            {
                continue; // Not an image.
            }

            checkedCount++;
            if (problems.Count == 0)
            {
                continue;
            }

            if (problems.Any(p => p.StartsWith(ImageVerifier.NotVerified, StringComparison.Ordinal)))
            {
                unverified++;
            }
            else
            {
                dirty++;
            }

            output.WriteLine($"{relative.Replace(Path.DirectorySeparatorChar, '/')}:");
            foreach (var problem in problems)
            {
                output.WriteLine($"  • {problem}");
            }
        }

        var images = checkedCount == 1 ? "1 imagen" : $"{checkedCount} imágenes";
        if (dirty == 0 && unverified == 0)
        {
            output.WriteLine($"Se revisaron {images} en {folder.FullName}: ninguna lleva metadatos ni datos añadidos.");
            return Clean;
        }

        // A file that could not be verified is never counted as clean: its format hides what it may carry.
        var parts = new List<string>();
        if (dirty > 0)
        {
            parts.Add($"{dirty} no {(dirty == 1 ? "es segura" : "son seguras")} para publicarse");
        }

        if (unverified > 0)
        {
            parts.Add(unverified == 1 ? "1 no verificada (formato que no se puede revisar)" : $"{unverified} no verificadas (formato que no se puede revisar)");
        }

        output.WriteLine($"Se revisaron {images} en {folder.FullName}: {string.Join("; ", parts)}. " +
            "Cómo corregirlo: vuelva a exportar cada una sin metadatos como JPEG, PNG o WebP (las fotos de la galería, con «./micrositio fotos agregar»).");
        return Dirty;
    }

    /// <summary>
    /// The problems of one file, or null when it is not an image: neither an image's extension nor an image's
    /// first bytes (an image under another name is checked too). A file that cannot be read is a problem.
    /// </summary>
    private static IReadOnlyList<string>? Check(string path)
    {
        try
        {
            if (!ImageVerifier.IsImagePath(path))
            {
                Span<byte> head = stackalloc byte[SignatureLength];
                using var stream = File.OpenRead(path);
                var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
                if (!ImageVerifier.HasImageSignature(head[..read]))
                {
                    return null;
                }
            }

            return ImageVerifier.Verify(File.ReadAllBytes(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [$"{ImageVerifier.NotVerified}: no se pudo leer el archivo: {ex.Message}"];
        }
    }
}
