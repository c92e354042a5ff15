namespace Micrositio.PostProcess.Css;

/// <summary>How far from an element the selectors of a stylesheet look when they decide whether it matches.</summary>
public enum SelectorReach
{
    /// <summary>The element and its ancestors (with their attributes).</summary>
    Ancestors,

    /// <summary>Also the siblings of each of them (<c>+</c>, <c>~</c>, <c>:nth-child</c>, <c>:first-child</c>…).</summary>
    Siblings,

    /// <summary>Also their contents (<c>:has()</c>, <c>:empty</c>): no two elements can be assumed to match alike.</summary>
    Descendants,
}

/// <summary>Reads a stylesheet's selectors to find their <see cref="SelectorReach"/>, erring on the far side.</summary>
public static class SelectorReaches
{
    private static readonly string[] SiblingPseudoClasses =
        [":first-child", ":last-child", ":only-child", ":nth-child", ":nth-last-child", ":first-of-type", ":last-of-type", ":only-of-type", ":nth-of-type", ":nth-last-of-type"];

    private static readonly string[] DescendantPseudoClasses = [":has(", ":empty", ":blank", ":contains("];

    public static SelectorReach Of(IEnumerable<string> selectors)
    {
        var reach = SelectorReach.Ancestors;
        foreach (var selector in selectors)
        {
            if (DescendantPseudoClasses.Any(p => selector.Contains(p, StringComparison.OrdinalIgnoreCase)))
            {
                return SelectorReach.Descendants;
            }

            if (SiblingPseudoClasses.Any(p => selector.Contains(p, StringComparison.OrdinalIgnoreCase)) || HasSiblingCombinator(selector))
            {
                reach = SelectorReach.Siblings;
            }
        }

        return reach;
    }

    /// <summary>A <c>+</c> or <c>~</c> outside attribute values and brackets (where <c>[lang~=es]</c> or <c>:nth-child(2n+1)</c> would put one).</summary>
    private static bool HasSiblingCombinator(string selector)
    {
        var depth = 0;
        char? quote = null;
        foreach (var c in selector)
        {
            if (quote is not null)
            {
                quote = c == quote ? null : quote;
                continue;
            }

            switch (c)
            {
                case '"' or '\'':
                    quote = c;
                    break;
                case '(' or '[':
                    depth++;
                    break;
                case ')' or ']':
                    depth--;
                    break;
                case '+' or '~' when depth == 0:
                    return true;
            }
        }

        return false;
    }
}
