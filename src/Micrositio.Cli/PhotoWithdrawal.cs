using Micrositio.Load;
using Micrositio.Photos;

namespace Micrositio.Cli;

/// <summary>
/// <c>fotos retirar &lt;álbum/archivo&gt;</c>: records the withdrawal in retiradas.txt (so the next build drops the
/// photo everywhere and answers 410 for its addresses), deletes the file and its album.yml entry, and explains how to
/// remove the file from git's history, where it stays otherwise.
/// </summary>
public static class PhotoWithdrawal
{
    public static int Run(string root, string reference, TextWriter output, TextWriter error)
    {
        var parts = reference.Replace('\\', '/').Trim().Split('/');
        if (parts is not [var album, var file] || album.Length == 0 || file.Length == 0 || album is "." or ".." || file is "." or "..")
        {
            error.WriteLine($"error: «{reference}» no es «álbum/archivo».");
            error.WriteLine("  Cómo corregirlo: escriba la carpeta del álbum y el nombre del archivo, p. ej. «tercer-encuentro/foto-003.jpg».");
            return PhotosCommand.Failure;
        }

        var folder = Path.Combine(root, "input", "galeria", album);
        var yml = Path.Combine(folder, AlbumEditor.AlbumFile);
        if (!File.Exists(yml))
        {
            error.WriteLine($"error: input/galeria/{album}/ no es un álbum (le falta {AlbumEditor.AlbumFile}).");
            error.WriteLine("  Cómo corregirlo: revise el nombre de la carpeta del álbum en input/galeria/.");
            return PhotosCommand.Failure;
        }

        var path = Path.Combine(folder, file);
        var updated = AlbumEditor.RemoveEntry(File.ReadAllText(yml), file);
        if (updated is null && !File.Exists(path))
        {
            error.WriteLine($"error: no hay una foto «{file}» en input/galeria/{album}/ ni en su album.yml.");
            error.WriteLine("  Cómo corregirlo: revise el nombre (mayúsculas y extensión incluidas); si ya la borró, escriba su línea en input/galeria/retiradas.txt.");
            return PhotosCommand.Failure;
        }

        var withdrawals = Path.Combine(root, "input", InputReader.WithdrawnPhotosFile);
        var existing = File.Exists(withdrawals) ? File.ReadAllText(withdrawals) : "";
        var line = $"{album}/{file}";
        if (!existing.Split('\n').Any(l => l.Trim() == line))
        {
            // The withdrawal is recorded first: if anything after it fails, the photo is still kept off the site.
            var separator = existing.Length == 0 || existing.EndsWith('\n') ? "" : "\n";
            AlbumEditor.WriteAtomically(withdrawals, $"{existing}{separator}# Retirada el {DateTime.UtcNow:yyyy-MM-dd}.\n{line}\n");
        }

        if (updated is not null)
        {
            AlbumEditor.WriteAtomically(yml, updated);
        }

        File.Delete(path);
        output.WriteLine($"Foto retirada: se anotó «{line}» en input/{InputReader.WithdrawnPhotosFile}, se borró el archivo y su entrada de album.yml.");
        output.WriteLine("La próxima compilación la quita de todas las páginas y sus direcciones antiguas responden 410 (ya no existe).");
        output.WriteLine();
        output.WriteLine("Importante: git guarda todas las versiones. El archivo sigue en el historial del repositorio hasta que lo borre de él:");
        output.WriteLine("  1. Haga commit de este cambio.");
        output.WriteLine($"  2. Con git filter-repo:  git filter-repo --invert-paths --path 'input/galeria/{album}/{file}'");
        output.WriteLine($"     o con BFG:            bfg --delete-files '{file}'   (y después: git reflog expire --expire=now --all && git gc --prune=now --aggressive)");
        output.WriteLine("  3. Publique el historial reescrito: git push --force --all && git push --force --tags");
        output.WriteLine("  4. Pida a cada persona con una copia que la borre y vuelva a clonar el repositorio.");
        output.WriteLine("Si el repositorio es o fue público, sus clones y bifurcaciones (forks) conservan la foto aunque usted reescriba el historial:");
        output.WriteLine("pida a GitHub (o a su servicio) que borre las bifurcaciones y las vistas en caché, y borre los despliegues anteriores en Netlify.");
        return PhotosCommand.Success;
    }
}
