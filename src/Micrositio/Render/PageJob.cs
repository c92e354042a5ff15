using Micrositio.Render.Views;

namespace Micrositio.Render;

/// <summary>
/// One HTML page to render: its URL, the template that draws it, what the layout needs to know, the
/// template's variables, and the content file it comes from (for error messages), if any. A page that is
/// not <see cref="Published"/> (a release under embargo) is rendered and checked, then thrown away.
/// </summary>
public sealed record PageJob(
    string Url,
    string Template,
    string Title,
    string Description,
    string Kind,
    IReadOnlyList<LinkView> Breadcrumbs,
    IReadOnlyDictionary<string, object?> Values,
    string? SourcePath = null,
    bool Published = true)
{
    /// <summary>The lockup the page must carry in its own header, if any (the site's header and footer always carry one).</summary>
    public Brand.LockupRequirement Lockup { get; init; } = Brand.LockupRequirement.SiteOnly;

    /// <summary>The image a link to the page shows in social networks (site URL), with its alt text.</summary>
    public string? Image { get; init; }

    public string? ImageAlt { get; init; }

    /// <summary>schema.org data of the page, as JSON (already safe inside a script element).</summary>
    public string? JsonLd { get; init; }
}
