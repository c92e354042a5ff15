namespace Micrositio.Preview.Netlify;

/// <summary>
/// A redirect rule, from <c>_redirects</c> or a <c>[[redirects]]</c> table: requests matching <see cref="From"/>
/// get <see cref="To"/> with <see cref="Status"/> (3xx redirects; 200 rewrites; 404, 410 or 451 answer with
/// that page's content). Unless <see cref="Force"/> (<c>!</c>), a rule never shadows a file that exists.
/// </summary>
public sealed record RedirectRule(PathPattern From, string To, int Status, bool Force, string Source)
{
    public bool IsRedirect => Status is >= 300 and < 400;

    /// <summary>The target for a request that matched, with placeholders and the splat filled in.</summary>
    public bool TryTarget(string path, out string target)
    {
        if (!From.TryMatch(path, out var values))
        {
            target = "";
            return false;
        }

        target = PathPattern.Substitute(To, values);
        return true;
    }
}
