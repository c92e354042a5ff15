namespace Micrositio.Diagnostics;

/// <summary>The named stages of a build, in the order they run. Every error carries the stage that found it.</summary>
public enum Stage
{
    Load,
    Validate,
    Lint,
    Assemble,
    Images,
    Render,
    PostProcess,
    Write,
}

public static class StageNames
{
    /// <summary>Spanish names, because error messages are read by content authors.</summary>
    public static string Spanish(this Stage stage) => stage switch
    {
        Stage.Load => "lectura",
        Stage.Validate => "validación",
        Stage.Lint => "datos personales",
        Stage.Assemble => "ensamblado",
        Stage.Images => "imágenes",
        Stage.Render => "render",
        Stage.PostProcess => "revisión",
        Stage.Write => "escritura",
        _ => stage.ToString(),
    };
}
