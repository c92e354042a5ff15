using Micrositio.Brand;

namespace Micrositio.Render.Views;

/// <summary>
/// Builds the lockups the theme's logo piece draws, from the brand manual only: members in the manual's
/// order, heights in the manual's proportions and never below any member's minimum, widths from each logo's
/// aspect ratio, alt text from the manual.
/// </summary>
public sealed class LockupViews(BrandManual manual)
{
    /// <summary>Heights the theme gets when the manual's minimums allow less: site header and footer, a page's header.</summary>
    private const int SiteLockupHeight = 40;
    private const int PageLockupHeight = 64;

    public LockupVariantsView Institutional() =>
        Build(manual.Institutional, manual.Institutional.Members.Select(id => manual.Find(id)!).ToList(), [], SiteLockupHeight);

    public LockupVariantsView ForPage(LockupRequirement requirement)
    {
        if (requirement.Mesa is { } slug && manual.ForMesa(slug) is { } mesa)
        {
            var members = manual.CoBrand.Members.Select(id => id == LockupRule.MesaMember ? mesa : manual.Find(id)!).ToList();
            var sponsors = requirement.Sponsors.Select(manual.Find).OfType<BrandEntry>().ToList();
            return Build(manual.CoBrand, members, sponsors, PageLockupHeight);
        }

        return Build(manual.Institutional, manual.Institutional.Members.Select(id => manual.Find(id)!).ToList(), [], PageLockupHeight);
    }

    private LockupVariantsView Build(LockupRule rule, IReadOnlyList<BrandEntry> members, IReadOnlyList<BrandEntry> sponsors, int preferred)
    {
        var relative = members.Select((_, i) => rule.RelativeHeights[i]).Concat(sponsors.Select(_ => rule.SponsorRelativeHeight)).ToList();
        var all = members.Concat(sponsors).ToList();
        // The first member's height: the preferred one, or more if a member would fall under its minimum.
        var baseHeight = Math.Max(preferred, all.Select((b, i) => (int)Math.Ceiling(b.MinHeight / relative[i])).Max());
        var label = "Logotipos de " + string.Join(", ", all.Take(all.Count - 1).Select(b => b.Name)) + (all.Count > 1 ? " y " : "") + all[^1].Name;

        LockupView? Variant(string name)
        {
            var logos = new List<LogoView>();
            for (var i = 0; i < all.Count; i++)
            {
                if (all[i].Variant(name) is not { } variant)
                {
                    return null;
                }

                var height = (int)Math.Round(baseHeight * relative[i]);
                logos.Add(new LogoView(variant.Url, (int)Math.Round(height * all[i].AspectRatio), height, all[i].Alt));
            }

            return new LockupView(rule.Id, label, logos);
        }

        return new LockupVariantsView(Variant("color"), Variant("monocromo"), Variant("inverso"));
    }
}
