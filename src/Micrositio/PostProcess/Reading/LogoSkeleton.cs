using System.Text;
using Micrositio.PostProcess.Css;

namespace Micrositio.PostProcess.Reading;

/// <summary>
/// The part of a page the logo check reads, as HTML for AngleSharp: the logo pieces whole, every element that
/// refers to a file (where a logo could be shown outside a piece; stylesheet links), the ancestors of all these,
/// and — when the stylesheets' selectors look at siblings — every sibling of each, without its contents. A
/// selector that does not look at contents (<see cref="SelectorReach"/>) matches these elements exactly as it
/// matches them in the whole page, so the check finds the same; parsing a few dozen elements instead of the
/// whole page is most of what makes it fast.
/// </summary>
public static class LogoSkeleton
{
    /// <summary>Attributes that can show a file, as the logo check reads them (links to a file are not showing it).</summary>
    private static readonly string[] FileAttributes = ["src", "data", "href", "xlink:href", "poster", "srcset"];

    private static readonly HashSet<string> Void = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];

    public static string Of(PageTree tree, string html, SelectorReach reach)
    {
        var kept = new HashSet<PageElement>();
        var whole = new HashSet<PageElement>();
        foreach (var element in tree.Elements)
        {
            var piece = element.Has("data-emblema");
            if (piece || (element.Name != "a" && RefersToFile(element)))
            {
                if (piece)
                {
                    whole.Add(element);
                }

                for (var current = element; current is not null && kept.Add(current); current = current.Parent)
                {
                }
            }
        }

        var skeleton = new StringBuilder("<!DOCTYPE html>");
        Write(skeleton, tree.Root, html, kept, whole, reach >= SelectorReach.Siblings, foreign: false);
        return skeleton.ToString();
    }

    private static bool RefersToFile(PageElement element)
    {
        foreach (var attribute in FileAttributes)
        {
            if (element.Has(attribute))
            {
                return true;
            }
        }

        return false;
    }

    private static void Write(StringBuilder skeleton, PageElement element, string html, HashSet<PageElement> kept, HashSet<PageElement> whole, bool siblings, bool foreign)
    {
        if (whole.Contains(element))
        {
            skeleton.Append(html, element.Source.Start, element.Source.End - element.Source.Start);
            return;
        }

        foreign |= element.Name == "svg";
        StartTag(skeleton, element);
        if (!foreign && Void.Contains(element.Name))
        {
            return;
        }

        foreach (var child in element.Children)
        {
            if (kept.Contains(child))
            {
                Write(skeleton, child, html, kept, whole, siblings, foreign);
            }
            else if (siblings)
            {
                StartTag(skeleton, child);
                if (foreign || !Void.Contains(child.Name))
                {
                    skeleton.Append("</").Append(child.Name).Append('>');
                }
            }
        }

        skeleton.Append("</").Append(element.Name).Append('>');
    }

    private static void StartTag(StringBuilder skeleton, PageElement element)
    {
        skeleton.Append('<').Append(element.Name);
        foreach (var attribute in element.Attributes)
        {
            skeleton.Append(' ').Append(attribute.Name).Append("=\"")
                .Append(attribute.Value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal)).Append('"');
        }

        skeleton.Append('>');
    }
}
