using System.CommandLine;
using Micrositio.Diagnostics;
using Micrositio.Import;
using Micrositio.Load;

namespace Micrositio.Cli;

/// <summary>
/// <c>importar-datos &lt;carpeta&gt;</c>: rewrites the CSVs of <c>input/datos/</c> from the public sources in the
/// shared data folder (SESNSP, CONAPO). Staff run it when a source is updated and commit the result.
/// </summary>
public static class ImportDataCommand
{
    public static Command Create(Option<DirectoryInfo> rootOption, TextWriter output, TextWriter error)
    {
        var folder = new Argument<DirectoryInfo>("carpeta") { Description = "Carpeta de datos públicos (la que contiene crime/ y mexico-states/), por ejemplo ../shared/data." };
        var command = new Command("importar-datos", "Reescribe los CSV de input/datos/ a partir de las fuentes públicas (SESNSP, CONAPO).") { folder, rootOption };
        command.SetAction(result => Run(result.GetValue(folder)!, result.GetValue(rootOption)!, output, error));
        return command;
    }

    private static int Run(DirectoryInfo folder, DirectoryInfo root, TextWriter output, TextWriter error)
    {
        if (!Directory.Exists(Path.Combine(folder.FullName, "crime")) || !Directory.Exists(Path.Combine(folder.FullName, "mexico-states")))
        {
            error.WriteLine($"error: «{folder.FullName}» no contiene las carpetas crime/ y mexico-states/ de los datos públicos.");
            return CommandLine.UsageErrors;
        }

        var errors = new ErrorList();
        var input = new InputReader(root.FullName, Path.Combine(root.FullName, "input"), errors).Read();
        var result = PublicDataImporter.Run(folder.FullName, Path.Combine(root.FullName, "input", "datos"), MesaMunicipalities.From(input));
        foreach (var file in result.WrittenFiles)
        {
            output.WriteLine($"Escrito {Path.GetRelativePath(root.FullName, file)}");
        }

        foreach (var warning in result.Warnings)
        {
            error.WriteLine($"aviso: {warning}");
        }

        output.WriteLine("Revise los cambios con «git diff --stat input/datos» y ejecute «micrositio check».");
        return CommandLine.Success;
    }
}
