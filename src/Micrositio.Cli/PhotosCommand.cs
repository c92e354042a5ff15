using System.CommandLine;
using System.Diagnostics;
using Micrositio.Images;
using Micrositio.Load;
using Micrositio.Photos;

namespace Micrositio.Cli;

/// <summary>
/// <c>fotos agregar|retirar|revisar|instalar-gancho</c>: how photos enter and leave the repository. A photo enters
/// only as a clean copy under a neutral name (the repository, and every clone of it, keeps what is committed forever).
/// </summary>
public static class PhotosCommand
{
    public const int Success = 0;
    public const int Failure = 1;

    public static Command Create(Option<DirectoryInfo> root, TextWriter output, TextWriter error)
    {
        var files = new Argument<FileInfo[]>("archivos") { Description = "Las fotos originales (quedan donde están; no se copian).", Arity = ArgumentArity.OneOrMore };
        var album = new Option<string>("--album") { Description = "Carpeta del álbum en input/galeria/ (debe tener su album.yml).", Required = true };
        var add = new Command("agregar", "Guarda en el álbum una copia de cada foto sin metadatos (GPS, fecha, cámara, número de serie, miniatura…) con nombre neutro y agrega su entrada a album.yml.")
        {
            files, album, root,
        };
        add.SetAction(result => Add(result.GetValue(root)!.FullName, result.GetValue(album)!, result.GetValue(files)!, output, error));

        var photo = new Argument<string>("foto") { Description = "La foto por retirar, como «álbum/archivo»." };
        var withdraw = new Command("retirar", "Retira una foto: la anota en input/galeria/retiradas.txt, borra el archivo y su entrada de album.yml, y explica cómo borrarla del historial de git.")
        {
            photo, root,
        };
        withdraw.SetAction(result => PhotoWithdrawal.Run(result.GetValue(root)!.FullName, result.GetValue(photo)!, output, error));

        var paths = new Argument<string[]>("archivos") { Description = "Archivos por revisar.", Arity = ArgumentArity.ZeroOrMore };
        var staged = new Option<bool>("--preparados") { Description = "Revisa las imágenes preparadas para el próximo commit (git add), como hace el gancho." };
        var check = new Command("revisar", "Revisa que las fotos no lleven metadatos (la misma revisión que «check»); sale con 1 si alguna lleva.")
        {
            paths, staged, root,
        };
        check.SetAction(result => PhotoHook.Check(result.GetValue(root)!.FullName, result.GetValue(paths) ?? [], result.GetValue(staged), output, error));

        var hook = new Command("instalar-gancho", "Instala en este repositorio un gancho de git (pre-commit) que impide hacer commit de fotos con metadatos.")
        {
            root,
        };
        hook.SetAction(result => PhotoHook.Install(result.GetValue(root)!.FullName, output, error));

        return new Command("fotos", "Agrega, retira y revisa fotos de la galería sin que entren metadatos al repositorio.") { add, withdraw, check, hook };
    }

    private static int Add(string root, string album, FileInfo[] files, TextWriter output, TextWriter error)
    {
        var started = Stopwatch.StartNew();
        var folder = Path.Combine(root, "input", "galeria", album);
        if (album.Contains('/') || album.Contains('\\') || album is "." or ".." || !File.Exists(Path.Combine(folder, AlbumEditor.AlbumFile)))
        {
            error.WriteLine($"error: input/galeria/{album}/ no es un álbum (le falta {AlbumEditor.AlbumFile}).");
            error.WriteLine("  Cómo corregirlo: escriba el nombre de una carpeta de input/galeria/ que tenga album.yml, " +
                "o cree el álbum primero (carpeta y album.yml con «titulo», «fecha» y «fotos:»; vea «Galería» en el README).");
            return Failure;
        }

        // Everything is read and cleaned in memory first: one bad file means nothing is written.
        var cleaned = new List<(FileInfo Source, CleanPhoto Photo)>();
        var failed = false;
        foreach (var file in files)
        {
            if (!file.Exists)
            {
                error.WriteLine($"error: {file.FullName}: el archivo no existe.");
                error.WriteLine("  Cómo corregirlo: revise la ruta (entre comillas si tiene espacios).");
                failed = true;
                continue;
            }

            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(file.FullName);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error: {file.FullName}: no se pudo leer el archivo ({ex.Message}).");
                error.WriteLine("  Cómo corregirlo: copie la foto a una carpeta suya y vuelva a intentarlo.");
                failed = true;
                continue;
            }

            var (photo, reason) = PhotoCleaner.Clean(bytes, ImageLimits.Default);
            if (photo is null)
            {
                error.WriteLine($"error: {file.FullName}: {reason}.");
                error.WriteLine("  Cómo corregirlo: exporte la foto de nuevo desde el original como JPEG (o PNG) y vuelva a intentarlo.");
                failed = true;
                continue;
            }

            cleaned.Add((file, photo));
        }

        if (failed)
        {
            error.WriteLine("No se agregó ninguna foto; el álbum quedó como estaba.");
            return Failure;
        }

        var withdrawals = Path.Combine(root, "input", InputReader.WithdrawnPhotosFile);
        var names = AlbumEditor.NeutralNames(folder, album, File.Exists(withdrawals) ? File.ReadAllText(withdrawals) : "", [.. cleaned.Select(c => c.Photo.Extension)]);
        var yml = Path.Combine(folder, AlbumEditor.AlbumFile);
        var updated = AlbumEditor.AppendEntries(File.ReadAllText(yml), names.Select(AlbumEditor.Entry));
        var written = new List<string>();
        try
        {
            for (var i = 0; i < cleaned.Count; i++)
            {
                var target = Path.Combine(folder, names[i]);
                AlbumEditor.WriteAtomically(target, cleaned[i].Photo.Bytes);
                written.Add(target);
            }

            AlbumEditor.WriteAtomically(yml, updated);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            written.ForEach(File.Delete);
            error.WriteLine($"error: no se pudo escribir en input/galeria/{album}/ ({ex.Message}). No se agregó ninguna foto.");
            error.WriteLine("  Cómo corregirlo: revise que la carpeta se pueda escribir y que haya espacio en el disco.");
            return Failure;
        }

        for (var i = 0; i < cleaned.Count; i++)
        {
            var (source, photo) = cleaned[i];
            output.WriteLine($"{source.Name} → input/galeria/{album}/{names[i]}");
            output.WriteLine(photo.Removed.Count == 0
                ? "  no llevaba metadatos."
                : $"  se quitó: {string.Join(", ", photo.Removed)}.");
            output.WriteLine("  " + HowMade(photo));
        }

        output.WriteLine($"Se agregaron {cleaned.Count} {(cleaned.Count == 1 ? "foto" : "fotos")} en {started.ElapsedMilliseconds} ms. " +
            "Los originales siguen donde estaban; no se copiaron a ningún otro lugar.");
        output.WriteLine($"Ahora complete «alt» y «consentimiento» de cada una en input/galeria/{album}/album.yml y ejecute «./micrositio check».");
        return Success;
    }

    private static string HowMade(CleanPhoto photo)
    {
        if (photo.Lossless)
        {
            return "sin pérdida: los mismos datos de imagen del original, sin los bloques de metadatos.";
        }

        var parts = new List<string>();
        if (photo.ConvertedFrom is { } from)
        {
            parts.Add($"convertida de {from} a {(photo.Extension == ".png" ? "PNG" : "JPEG")}");
        }

        if (photo.Rotated)
        {
            parts.Add("girada según la orientación de la cámara");
        }

        parts.Add(photo.Extension == ".png" ? "guardada de nuevo como PNG (sin pérdida)" : $"vuelta a codificar en JPEG de alta calidad ({PhotoCleaner.JpegQuality})");
        return string.Join("; ", parts) + ".";
    }
}
