namespace Micrositio.Diagnostics;

/// <summary>
/// One content mistake, in words a content author can act on: where (file, line, key), what is wrong,
/// and how to fix it. <paramref name="File"/> is relative to the repository root, with forward slashes.
/// A warning is reported but does not fail the build.
/// </summary>
public sealed record BuildError(Stage Stage, string File, int? Line, string? Key, string Message, string? Hint = null, bool IsWarning = false)
{
    public override string ToString()
    {
        var where = Line is { } line ? $"{File}:{line}" : File;
        var key = Key is null ? "" : $"clave «{Key}»: ";
        var hint = Hint is null ? "" : $" Cómo corregirlo: {Hint}";
        var severity = IsWarning ? "aviso: " : "";
        return $"{severity}{Stage.Spanish()}: {where}: {key}{Message}{hint}";
    }
}
