namespace Micrositio.Write;

/// <summary>The points of <see cref="StagingFolder.Commit"/> between its file-system operations, where a process may be killed.</summary>
public enum CommitStep
{
    /// <summary>The staging folder holds exactly this build's files; output/ is untouched.</summary>
    LeftoversRemoved,

    /// <summary>The staging folder also holds <see cref="OutputLocation.MarkerFile"/>.</summary>
    Marked,

    /// <summary>The old output/ has been renamed aside; there is no output/ until the next rename.</summary>
    OldOutputMovedAside,

    /// <summary>The new site is output/; the old one is still aside.</summary>
    NewOutputInPlace,

    /// <summary>The old site has been recycled (or deleted): the commit is complete.</summary>
    Finished,
}
