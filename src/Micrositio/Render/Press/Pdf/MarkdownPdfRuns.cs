using System.Text.RegularExpressions;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.SmartyPants;
using Markdig.Syntax.Inlines;

namespace Micrositio.Render.Press.Pdf;

/// <summary>
/// Markdown inlines to styled runs: emphasis to bold/italic, links keep their text and get an absolute URL,
/// code prints plain, SmartyPants and entities become the characters the HTML page shows.
/// </summary>
internal sealed partial class MarkdownPdfRuns(Func<string, string> absoluteUrl)
{
    public IReadOnlyList<PdfRun> From(ContainerInline? inline)
    {
        if (inline is null)
        {
            return [];
        }

        var runs = new List<PdfRun>();
        Walk(inline, new PdfRun(""), runs);
        return Merge(runs);
    }

    /// <summary>Joins neighbouring runs of the same style and link.</summary>
    public static IReadOnlyList<PdfRun> Merge(IEnumerable<PdfRun> runs)
    {
        var merged = new List<PdfRun>();
        foreach (var run in runs.Where(r => r.Text.Length > 0))
        {
            if (merged.Count > 0 && merged[^1] with { Text = "" } == run with { Text = "" })
            {
                merged[^1] = merged[^1] with { Text = merged[^1].Text + run.Text };
            }
            else
            {
                merged.Add(run);
            }
        }

        return merged;
    }

    /// <summary>The characters Markdig's HTML renderer writes for each SmartyPants token.</summary>
    public static string Character(SmartyPantType type) => type switch
    {
        SmartyPantType.Quote => "'",
        SmartyPantType.DoubleQuote => "\"",
        SmartyPantType.LeftQuote => "\u2018",
        SmartyPantType.RightQuote => "\u2019",
        SmartyPantType.LeftDoubleQuote => "\u201C",
        SmartyPantType.RightDoubleQuote => "\u201D",
        SmartyPantType.LeftAngleQuote => "\u00AB",
        SmartyPantType.RightAngleQuote => "\u00BB",
        SmartyPantType.Ellipsis => "\u2026",
        SmartyPantType.Dash2 => "\u2013",
        SmartyPantType.Dash3 => "\u2014",
        _ => "",
    };

    private void Walk(Inline inline, PdfRun style, List<PdfRun> runs)
    {
        switch (inline)
        {
            case LiteralInline literal:
                runs.Add(style with { Text = literal.Content.ToString() });
                break;
            case EmphasisInline emphasis:
                var emphasised = emphasis.DelimiterChar is '*' or '_'
                    ? emphasis.DelimiterCount >= 2 ? style with { Bold = true } : style with { Italic = true }
                    : style;
                Children(emphasis, emphasised, runs);
                break;
            case LinkInline { IsImage: true }:
                break;
            case LinkInline link:
                var url = string.IsNullOrEmpty(link.Url) ? null : Absolute(link.Url);
                if (link.FirstChild is null)
                {
                    runs.Add(style with { Text = link.Url ?? "", LinkUrl = url });
                }
                else
                {
                    Children(link, style with { LinkUrl = url }, runs);
                }

                break;
            case AutolinkInline autolink:
                var target = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
                runs.Add(style with { Text = autolink.Url, LinkUrl = Absolute(target) });
                break;
            case CodeInline code:
                runs.Add(style with { Text = code.Content });
                break;
            case LineBreakInline lineBreak:
                runs.Add(style with { Text = lineBreak.IsHard ? "\n" : " " });
                break;
            case HtmlEntityInline entity:
                runs.Add(style with { Text = entity.Transcoded.ToString() });
                break;
            case SmartyPant smartyPant:
                runs.Add(style with { Text = Character(smartyPant.Type) });
                break;
            case FootnoteLink { IsBackLink: false } footnote:
                runs.Add(style with { Text = $"[{footnote.Footnote.Order}]" });
                break;
            case ContainerInline container:
                Children(container, style, runs);
                break;
        }
    }

    private void Children(ContainerInline container, PdfRun style, List<PdfRun> runs)
    {
        foreach (var child in container)
        {
            Walk(child, style, runs);
        }
    }

    private string Absolute(string url) => HasScheme().IsMatch(url) ? url : absoluteUrl(url);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex HasScheme();
}
