namespace Micrositio.Brand;

/// <summary>
/// Which lockups a page must carry besides the site's institutional one in header and footer: a page about
/// a single mesa carries the co-brand lockup of that mesa (with its sponsors) in its own header; a press
/// release carries a lockup in its header whatever it is about.
/// </summary>
public sealed record LockupRequirement(bool PageLockup, string? Mesa, IReadOnlyList<string> Sponsors)
{
    public static LockupRequirement SiteOnly { get; } = new(false, null, []);
}
