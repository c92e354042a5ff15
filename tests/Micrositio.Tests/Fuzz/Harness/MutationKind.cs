namespace Micrositio.Tests.Fuzz.Harness;

/// <summary>The ways a shipped file is damaged to make a fuzz case.</summary>
public enum MutationKind
{
    FlipBytes,
    Truncate,
    Splice,
    DeepNesting,
    Aliases,
    Reencode,
    ControlBytes,
    HugeValue,
    LongLines,
    Token,
    DuplicateLine,
    DeleteLine,

    /// <summary>On a site on disk, the file becomes a link to a file outside the repository; elsewhere a path out of it.</summary>
    LinkOutside,
}
