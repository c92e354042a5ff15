using Micrositio.Diagnostics;

namespace Micrositio.Preview;

/// <summary>
/// A rebuild of the preview that threw instead of reporting errors (a parser's exception, a bug, a file that
/// vanished mid-read), told to the person editing in Spanish, naming the files saved since the last good build.
/// </summary>
public static class BuildFailure
{
    public static BuildError Describe(Exception exception, IReadOnlyCollection<string> savedFiles)
    {
        var files = savedFiles.Count == 0 ? "input/" : string.Join(", ", savedFiles);
        var reason = exception.Message.ReplaceLineEndings(" ").Trim();
        return new BuildError(
            Stage.Load,
            files,
            null,
            null,
            $"la vista previa no pudo regenerar el sitio ({exception.GetType().Name}: {reason}).",
            savedFiles.Count == 0
                ? "revise el último archivo que guardó (por ejemplo, un corchete o unas comillas sin cerrar en el encabezado YAML) y guárdelo de nuevo; la vista previa sigue atenta a los cambios y muestra la última versión correcta."
                : $"revise lo que cambió en {(savedFiles.Count == 1 ? "ese archivo" : "esos archivos")} (por ejemplo, un corchete o unas comillas sin cerrar en el encabezado YAML) y guárdelo de nuevo; la vista previa sigue atenta a los cambios y muestra la última versión correcta.");
    }
}
