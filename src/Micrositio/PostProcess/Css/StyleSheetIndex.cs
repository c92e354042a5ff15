using System.Globalization;
using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;

namespace Micrositio.PostProcess.Css;

/// <summary>
/// Just enough of the CSS cascade to check logos statically: which declarations apply to an element,
/// the winning value of a property (importance, then specificity, then order), once for the base styles and
/// once for each <c>@media</c> condition, since a phone layout can shrink or restyle a logo. The theme's
/// colour tokens (<c>--color-*</c> on <c>:root</c>) are read so that backgrounds can be named.
/// </summary>
public sealed class StyleSheetIndex
{
    private static readonly CssParser Parser = new(new CssParserOptions { IsIncludingUnknownDeclarations = true, IsIncludingUnknownRules = true });

    private static readonly CssSelectorParser SelectorParser = new();

    private sealed record Rule(string Selector, ISelector? Parsed, int Order, string? Media, ICssStyleDeclaration Style, int Specificity);

    private readonly List<Rule> _rules = [];

    /// <summary>
    /// The rules that match any element with the same signature (<see cref="Page"/>), across pages: every page has
    /// the same header, footer and logo pieces, so their elements are matched once per build, not once per page.
    /// </summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Rule[]> _bySignature = new(StringComparer.Ordinal);

    private readonly SelectorReach _reach;

    public StyleSheetIndex(IEnumerable<(string Path, string Text)> sheets)
    {
        var order = 0;
        foreach (var (path, text) in sheets)
        {
            var sheet = Parser.ParseStyleSheet(text);
            Collect(path, sheet.Rules, null, ref order);
        }

        _reach = SelectorReaches.Of(_rules.Select(r => r.Selector));
        Media = _rules.Select(r => r.Media).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        Tokens = _rules.Where(r => r.Selector is ":root" or "html" && r.Media is null)
            .SelectMany(r => r.Style)
            .Where(d => d.Name.StartsWith("--color-", StringComparison.Ordinal))
            .GroupBy(d => d.Name["--color-".Length..])
            .ToDictionary(g => g.Key, g => g.Last().Value.Trim(), StringComparer.Ordinal);
    }

    private IReadOnlyList<string> Media { get; }

    /// <summary>How far from an element these sheets' selectors look.</summary>
    public SelectorReach Reach => _reach;

    /// <summary>The theme's colour tokens: <c>--color-fondo: #fff</c> is <c>fondo</c> → <c>#fff</c>.</summary>
    public IReadOnlyDictionary<string, string> Tokens { get; }

    /// <summary>Every url(...) the sheets load, with the sheet it is in.</summary>
    public IReadOnlyList<(string Sheet, string Url)> Urls => _urls;

    private readonly List<(string Sheet, string Url)> _urls = [];

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(Rule[] Rules, string Property, string? Media), string?> _values = new();

    private static string? Winner(Rule[] rules, string property, string? media)
    {
        Rule? best = null;
        string? winner = null;
        foreach (var rule in rules)
        {
            if (rule.Media is not null && rule.Media != media)
            {
                continue;
            }

            // GetPropertyValue also answers shorthands (background, margin) as written, var() included.
            var value = rule.Style.GetPropertyValue(property);
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            if (best is null || Beats(rule, property, best))
            {
                (best, winner) = (rule, value);
            }
        }

        return winner;
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(Rule[] Rules, string Property), string[]> _allValues = new();

    /// <summary>A length in CSS pixels (px, or rem/em at the 16 px default), or null when it cannot be known statically.</summary>
    public static double? Pixels(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var text = value.Trim();
        if (text == "0")
        {
            return 0;
        }

        foreach (var (unit, factor) in new[] { ("px", 1.0), ("rem", 16.0), ("em", 16.0) })
        {
            if (text.EndsWith(unit, StringComparison.Ordinal) &&
                double.TryParse(text[..^unit.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                return number * factor;
            }
        }

        return null;
    }

    private static bool Beats(Rule candidate, string property, Rule current)
    {
        var important = candidate.Style.GetPropertyPriority(property) == "important";
        var currentImportant = current.Style.GetPropertyPriority(property) == "important";
        return important != currentImportant
            ? important
            : candidate.Specificity != current.Specificity ? candidate.Specificity > current.Specificity : candidate.Order > current.Order;
    }

    /// <summary>What the sheets say about the elements of one page; each page checked makes its own (<see cref="ForPage"/>).</summary>
    public Page ForPage() => new(this);

    /// <summary>
    /// The sheets as they apply to one page's elements. What is worked out for an element (its rules, its signature) is
    /// remembered here, by reference, and dies with the page; one thread checks a page, so this takes no lock. Answers
    /// that do not depend on the element itself are shared by the whole build through the index.
    /// </summary>
    public sealed class Page(StyleSheetIndex index)
    {
        private readonly Dictionary<IElement, Rule[]> _matching = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<IElement, string> _signatures = new(ReferenceEqualityComparer.Instance);

        /// <summary>The theme's colour tokens: <c>--color-fondo: #fff</c> is <c>fondo</c> → <c>#fff</c>.</summary>
        public IReadOnlyDictionary<string, string> Tokens => index.Tokens;

        /// <summary>
        /// The contexts in which the element may look different: the base one (null) and each <c>@media</c>
        /// condition with a rule for the element or one of its ancestors.
        /// </summary>
        public IEnumerable<string?> Contexts(IElement element)
        {
            var chain = new List<IElement>();
            for (var current = element; current is not null; current = current.ParentElement)
            {
                chain.Add(current);
            }

            return index.Media.Where(m => chain.Any(e => Matching(e).Any(r => r.Media == m))).Prepend(null);
        }

        /// <summary>The value of <paramref name="property"/> that wins for the element in the base context or with <paramref name="media"/> applying.</summary>
        public string? Value(IElement element, string property, string? media) =>
            // Elements that match the same rules share one array, so the answer is remembered by it (reading shorthands is slow).
            index._values.GetOrAdd((Matching(element), property, media), key => Winner(key.Rules, key.Property, key.Media));

        /// <summary>Every declaration of the property that can apply to the element, in any context (for properties that must never apply).</summary>
        public IEnumerable<string> AllValues(IElement element, string property) =>
            index._allValues.GetOrAdd((Matching(element), property), key => key.Rules.Select(r => r.Style.GetPropertyValue(key.Property)).Where(v => !string.IsNullOrEmpty(v)).ToArray());

        /// <summary>The rules that match an element, found once per element: selector matching is the costly part.</summary>
        private Rule[] Matching(IElement element)
        {
            if (!_matching.TryGetValue(element, out var rules))
            {
                rules = index._reach == SelectorReach.Descendants
                    ? index.Match(element)
                    : index._bySignature.GetOrAdd(Signature(element), static (_, state) => state.index.Match(state.element), (index, element));
                _matching[element] = rules;
            }

            return rules;
        }

        /// <summary>
        /// Everything the sheets' selectors can look at, short of descendants: the element and its ancestors
        /// with all their attributes and, when a selector looks at siblings, every sibling of each of them.
        /// </summary>
        private string Signature(IElement element)
        {
            if (_signatures.TryGetValue(element, out var known))
            {
                return known;
            }

            var text = new System.Text.StringBuilder();
            if (element.ParentElement is { } parent)
            {
                text.Append(Signature(parent)).Append('>');
            }

            if (index._reach == SelectorReach.Siblings && element.ParentElement is { } p)
            {
                text.Append('[');
                foreach (var sibling in p.Children)
                {
                    Describe(text, sibling, ReferenceEquals(sibling, element) ? '*' : ' ');
                }

                text.Append(']');
            }
            else
            {
                Describe(text, element, '*');
            }

            return _signatures[element] = text.ToString();
        }
    }

    /// <summary>
    /// The rules that match the element, as the one array this index keeps for that set of rules: elements that differ
    /// (a link's address, a mesa's logo file) but match alike share their answers in <c>_values</c> and <c>_allValues</c>,
    /// which would otherwise grow with every page.
    /// </summary>
    private Rule[] Match(IElement element)
    {
        var rules = _rules.Where(r => r.Parsed?.Match(element, null) == true).ToArray();
        return _ruleSets.GetOrAdd(string.Join(',', rules.Select(r => r.Order)), rules);
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Rule[]> _ruleSets = new(StringComparer.Ordinal);

    private static void Describe(System.Text.StringBuilder text, IElement element, char mark)
    {
        text.Append(mark).Append(element.LocalName);
        foreach (var attribute in element.Attributes)
        {
            text.Append(' ').Append(attribute.Name).Append("=\"").Append(attribute.Value.Replace("\"", "&quot;", StringComparison.Ordinal)).Append('"');
        }

        text.Append(';');
    }

    private void Collect(string path, ICssRuleList rules, string? media, ref int order)
    {
        foreach (var rule in rules)
        {
            switch (rule)
            {
                case ICssStyleRule style:
                    foreach (var declaration in style.Style)
                    {
                        foreach (var url in UrlsIn(declaration.Value))
                        {
                            _urls.Add((path, url));
                        }
                    }

                    // A selector list applies with the specificity of the part that matches; split it so each part is its own rule.
                    foreach (var part in SplitSelectors(style.SelectorText))
                    {
                        var parsed = SelectorParser.ParseSelector(part);
                        var weight = parsed?.Specificity is { } s ? (s.Ids * 1_000_000) + (s.Classes * 1_000) + s.Tags : 0;
                        _rules.Add(new Rule(part, parsed, order++, media, style.Style, weight));
                    }

                    break;
                case ICssMediaRule mediaRule:
                    Collect(path, mediaRule.Rules, mediaRule.ConditionText, ref order);
                    break;
            }
        }
    }

    private static IEnumerable<string> SplitSelectors(string selectorText)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < selectorText.Length; i++)
        {
            switch (selectorText[i])
            {
                case '(' or '[':
                    depth++;
                    break;
                case ')' or ']':
                    depth--;
                    break;
                case ',' when depth == 0:
                    yield return selectorText[start..i].Trim();
                    start = i + 1;
                    break;
            }
        }

        yield return selectorText[start..].Trim();
    }

    private static IEnumerable<string> UrlsIn(string value)
    {
        var index = 0;
        while ((index = value.IndexOf("url(", index, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var end = value.IndexOf(')', index);
            if (end < 0)
            {
                yield break;
            }

            yield return value[(index + 4)..end].Trim().Trim('"', '\'');
            index = end + 1;
        }
    }
}
