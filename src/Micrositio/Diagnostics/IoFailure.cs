using System.Text.RegularExpressions;

namespace Micrositio.Diagnostics;

/// <summary>
/// A failed file operation (disk full, no permission, read-only disk…) said in Spanish: which path, what went wrong
/// and what to do. The system's reason is read from the error number .NET keeps in the exception (Linux, macOS).
/// </summary>
public sealed partial record IoFailure(string Path, string Problem, string Remedy)
{
    private const int NoPermission = 1, NoAccess = 13, IoError = 5, Exists = 17, NotDirectory = 20, IsDirectory = 21,
        TooManyOpenInSystem = 23, TooManyOpen = 24, NoSpace = 28, ReadOnly = 30, NameTooLong = 36, NotEmpty = 39, Quota = 122;

    /// <summary>The first file-system failure in <paramref name="exception"/> (looking inside wrapped and parallel ones), or null.</summary>
    public static IoFailure? Find(Exception exception, string? fallbackPath = null)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is AggregateException aggregate)
            {
                return aggregate.InnerExceptions.Select(inner => Find(inner, fallbackPath)).FirstOrDefault(f => f is not null);
            }

            if (e is IPathException located)
            {
                return Describe(e.InnerException ?? e, located.Path);
            }

            if (e is IOException or UnauthorizedAccessException)
            {
                return Describe(e, PathIn(e.Message) ?? fallbackPath ?? "(ruta desconocida)");
            }
        }

        return null;
    }

    /// <summary>What went wrong with <paramref name="path"/>, in words a staff member can act on.</summary>
    public static IoFailure Describe(Exception exception, string path)
    {
        var folder = System.IO.Path.GetDirectoryName(path) is { Length: > 0 } parent ? parent : path;
        return Errno(exception) switch
        {
            NoSpace or Quota => new(path, "el disco está lleno: no se pudo escribir este archivo.",
                $"libere espacio en el disco de «{folder}» (por ejemplo, borre la carpeta .cache/ o archivos que no necesite) y vuelva a compilar."),
            NoAccess or NoPermission => new(path, "no hay permiso para escribir aquí (la carpeta no admite cambios o el archivo está protegido).",
                $"dé permiso de escritura sobre la carpeta «{folder}» al usuario que compila (chmod u+w) y quite la protección contra cambios de sus archivos (chattr -i)."),
            ReadOnly => new(path, "el disco es de solo lectura.", "compile en un disco con escritura, o indique otra carpeta con --output."),
            IoError => new(path, "el disco falló al leer o escribir.", "revise que el disco esté conectado y sano, y vuelva a compilar."),
            NameTooLong => new(path, "la ruta es demasiado larga para el sistema.", "use nombres de archivo más cortos o una carpeta más cercana a la raíz del disco."),
            TooManyOpen or TooManyOpenInSystem => new(path, "el sistema no permite abrir más archivos a la vez.",
                "cierre otros programas o aumente el límite (ulimit -n) y vuelva a compilar."),
            Exists or NotDirectory or IsDirectory or NotEmpty => new(path, "hay un archivo donde debe ir una carpeta, o una carpeta donde debe ir un archivo.",
                $"borre o mueva «{path}» y vuelva a compilar."),
            _ when exception is PathTooLongException => new(path, "la ruta es demasiado larga para el sistema.", "use nombres de archivo más cortos."),
            _ => new(path, $"falló una operación de archivo (el sistema dice: «{exception.Message}»).",
                $"revise que la carpeta «{folder}» exista, tenga espacio libre y permiso de escritura."),
        };
    }

    /// <summary>.NET keeps the system's error number as the HResult of the IOException (inner, for access denied).</summary>
    private static int? Errno(Exception exception) => exception switch
    {
        UnauthorizedAccessException { InnerException: IOException { HResult: > 0 and < 4096 } inner } => inner.HResult,
        UnauthorizedAccessException => NoAccess,
        IOException { HResult: > 0 and < 4096 } io => io.HResult,
        _ => null,
    };

    private static string? PathIn(string message) => QuotedPath().Match(message) is { Success: true } match ? match.Groups[1].Value : null;

    [GeneratedRegex("'(/[^']*)'")]
    private static partial Regex QuotedPath();
}
