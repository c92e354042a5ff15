namespace Micrositio.Validate;

/// <summary>
/// What references in front matter may point to. Built before content is validated, from the states data
/// file, the file names in <c>input/mesas/</c>, the contacts of <c>sitio.yml</c> and the sponsors of the brand manual.
/// </summary>
public sealed record ReferenceIndex(
    IReadOnlyDictionary<string, string> StateSlugByKey,
    IReadOnlySet<string> MesaSlugs,
    IReadOnlySet<string> ContactIds)
{
    public static ReferenceIndex Empty { get; } = new(new Dictionary<string, string>(), new HashSet<string>(), new HashSet<string>());

    /// <summary>Sponsors of the brand manual, which mesas may list.</summary>
    public IReadOnlySet<string> SponsorIds { get; init; } = new HashSet<string>();

    /// <summary>
    /// False when sitio.yml could not be read: its error is already reported, and every release's «contacto»
    /// would otherwise be reported too, burying the one mistake under a dozen that are not.
    /// </summary>
    public bool ContactsKnown { get; init; } = true;

    /// <summary>False when estados.yml could not be read (the same reason).</summary>
    public bool StatesKnown { get; init; } = true;
}
