using System.Buffers;
using System.Text;

namespace Micrositio.PostProcess.Reading;

/// <summary>
/// Reads a generated page into a <see cref="PageTree"/> several times faster than a full HTML parser, for pages as
/// the theme and Markdown write them: every element closed explicitly and in order, character references with
/// their «;». For such a page the tree the HTML standard builds is the nesting of its tags, which is what this
/// builds. Whatever would make the standard's tree construction do more — an omitted or misnested end tag, an
/// implied or foster-parented element, a «&lt;p&gt;» closed by a block, a raw «&lt;», a reference without «;»,
/// a template, HTML inside SVG — makes it answer null, and the page is read by AngleSharp instead: the checks
/// always see the standard's tree.
/// </summary>
public static class PageReader
{
    public static PageTree? Read(string html) => new Reader(html.Contains('\r') ? html.ReplaceLineEndings("\n") : html).Run();

    private static readonly SearchValues<char> TextStops = SearchValues.Create("<&\0");
    private static readonly SearchValues<char> Space = SearchValues.Create(" \t\n\f");

    private static readonly HashSet<string> Void = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];

    private static readonly HashSet<string> InHead = ["base", "link", "meta", "script", "style", "title"];

    /// <summary>Start tags that close an open «p» (in button scope), so the standard's tree would not be the nesting.</summary>
    private static readonly HashSet<string> ClosesP =
    [
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main", "menu", "nav", "ol", "p", "pre", "search",
        "section", "summary", "table", "ul", "li", "dd", "dt", "listing",
    ];

    /// <summary>Elements the standard handles in ways the nesting does not show (or rarely worth reading here).</summary>
    private static readonly HashSet<string> LeftToAngleSharp =
    [
        "template", "image", "plaintext", "xmp", "iframe", "noembed", "noframes", "frameset", "frame", "isindex", "select", "option", "optgroup",
        "textarea", "math", "html", "head", "body", "applet", "marquee", "object", "param", "keygen", "basefont", "bgsound", "nobr", "ruby",
        "rb", "rp", "rt", "rtc", "menuitem",
    ];

    /// <summary>HTML elements that end SVG content when they appear inside it (the standard's "breakout" tags).</summary>
    private static readonly HashSet<string> BreaksOutOfSvg =
    [
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2", "h3", "h4", "h5", "h6",
        "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong", "strike",
        "sub", "sup", "table", "tt", "u", "ul", "var", "font", "script", "style",
    ];

    private static readonly Dictionary<string, string[]> TableChildren = new(StringComparer.Ordinal)
    {
        ["table"] = ["caption", "colgroup", "thead", "tbody", "tfoot"],
        ["thead"] = ["tr"],
        ["tbody"] = ["tr"],
        ["tfoot"] = ["tr"],
        ["tr"] = ["td", "th"],
        ["colgroup"] = ["col"],
    };

    private sealed class Reader(string s)
    {
        private readonly List<PageElement> _stack = [];
        private readonly List<PageElement> _elements = [];
        private readonly List<string> _texts = [];
        private readonly StringBuilder _text = new();
        /// <summary>How many elements of each name are open: a «p», «a», «form» or «button» open changes what the standard does.</summary>
        private readonly Dictionary<string, int> _open = new(StringComparer.Ordinal);
        private PageElement? _root;
        private bool _doctype;
        private bool _closed;
        private int _svg;
        private int _i;

        private PageElement? Current => _stack.Count == 0 ? null : _stack[^1];

        public PageTree? Run()
        {
            while (_i < s.Length)
            {
                var stop = s.AsSpan(_i).IndexOfAny(TextStops);
                if (stop < 0)
                {
                    _text.Append(s.AsSpan(_i));
                    break;
                }

                _text.Append(s.AsSpan(_i, stop));
                _i += stop;
                var ok = s[_i] switch
                {
                    '&' => Reference(_text),
                    '<' => Tag(),
                    _ => false,
                };
                if (!ok)
                {
                    return null;
                }
            }

            return Flush() && _root is not null && _closed && _stack.Count == 0 ? new PageTree(_root, _elements, _texts) : null;
        }

        private bool Tag()
        {
            if (_i + 1 >= s.Length)
            {
                return false;
            }

            return s[_i + 1] switch
            {
                '!' => Markup(),
                '/' => EndTag(),
                var c when char.IsAsciiLetter(c) => StartTag(),
                _ => false,
            };
        }

        private bool Markup()
        {
            if (Starts("<!--"))
            {
                var start = _i + 4;
                var end = s.IndexOf("-->", start, StringComparison.Ordinal);
                if (end < 0 || s.AsSpan(start).StartsWith(">") || s.AsSpan(start).StartsWith("->") || s.AsSpan(start, end - start).Contains("--!>", StringComparison.Ordinal))
                {
                    return false;
                }

                _i = end + 3;
                return Flush();
            }

            if (s.AsSpan(_i).StartsWith("<!doctype", StringComparison.OrdinalIgnoreCase) && !_doctype && _root is null && string.IsNullOrWhiteSpace(_text.ToString()))
            {
                var end = s.IndexOf('>', _i);
                _doctype = end > 0 && s.AsSpan(_i + 9, end - _i - 9).Trim().Equals("html", StringComparison.OrdinalIgnoreCase);
                _text.Clear();
                _i = end + 1;
                return _doctype;
            }

            return false;
        }

        private bool EndTag()
        {
            _i += 2;
            if (_i >= s.Length || !char.IsAsciiLetter(s[_i]))
            {
                return false;
            }

            var name = Name();
            SkipSpace();
            if (_i >= s.Length || s[_i] != '>' || !Flush() || Current is not { } current || current.Name != name)
            {
                return false;
            }

            _i++;
            _stack.RemoveAt(_stack.Count - 1);
            current.Source = (current.Source.Start, _i);
            _svg -= name == "svg" ? 1 : 0;
            _open[name]--;
            _closed |= current == _root;
            return true;
        }

        private bool StartTag()
        {
            var start = _i;
            _i++;
            var name = Name();
            var attributes = new List<PageAttribute>();
            var selfClosing = false;
            while (true)
            {
                var spaced = SkipSpace();
                if (_i >= s.Length)
                {
                    return false;
                }

                if (s[_i] == '>')
                {
                    _i++;
                    break;
                }

                if (s[_i] == '/')
                {
                    if (_i + 1 >= s.Length || s[_i + 1] != '>')
                    {
                        return false;
                    }

                    selfClosing = true;
                    _i += 2;
                    break;
                }

                if (!spaced || !Attribute(attributes))
                {
                    return false;
                }
            }

            if (!Flush() || !Allowed(name, selfClosing))
            {
                return false;
            }

            var foreign = _svg > 0 || name == "svg";
            var element = new PageElement(name, [.. attributes], Current);
            element.Source = (start, _i);
            if (Current is { } parent)
            {
                parent.Add(element);
            }
            else
            {
                _root = element;
            }

            _elements.Add(element);
            if ((!foreign && Void.Contains(name)) || (foreign && selfClosing))
            {
                return true;
            }

            _stack.Add(element);
            _svg += name == "svg" ? 1 : 0;
            _open[name] = _open.GetValueOrDefault(name) + 1;

            return foreign ? true : name switch
            {
                "script" or "style" => RawText(element),
                "title" => Characters(element, decode: true),
                "pre" or "listing" => SkipNewline(),
                _ => true,
            };
        }

        /// <summary>Whether the standard would put this element where the nesting says, as a child of the current node.</summary>
        private bool Allowed(string name, bool selfClosing)
        {
            if (Current is not { } current)
            {
                return name == "html" && _root is null && _doctype && string.IsNullOrWhiteSpace(_text.ToString());
            }

            if (_svg > 0)
            {
                // SVG's own elements; <title> and <desc> read text only (their content would be HTML again).
                return !BreaksOutOfSvg.Contains(name) && name is not ("foreignobject" or "font") && current.Name is not ("title" or "desc");
            }

            if (selfClosing && !Void.Contains(name) && name != "svg")
            {
                return false;
            }

            switch (current.Name)
            {
                case "html":
                    return current.Children.Count == 0 ? name == "head" : current.Children.Count == 1 && name == "body";
                case "head":
                    return InHead.Contains(name);
                case var table when TableChildren.TryGetValue(table, out var children):
                    return children.Contains(name);
                case "p" when ClosesP.Contains(name):
                    return false;
                case "li" when name == "li":
                case "dd" or "dt" when name is "dd" or "dt":
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6" when name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6':
                    return false;
            }

            if (LeftToAngleSharp.Contains(name) || (ClosesP.Contains(name) && IsOpen("p")))
            {
                return false;
            }

            // Nested links, forms and buttons are taken apart by the standard.
            return !(name is "a" or "form" or "button" && IsOpen(name));
        }

        /// <summary>Script and style content up to their end tag, as one text node (no references, no tags).</summary>
        private bool RawText(PageElement element)
        {
            var end = s.IndexOf("</" + element.Name, _i, StringComparison.OrdinalIgnoreCase);
            if (end < 0 || s.AsSpan(_i, end - _i).Contains("<!--", StringComparison.Ordinal))
            {
                return false;
            }

            if (end > _i)
            {
                _texts.Add(s[_i..end]);
            }

            _i = end;
            return EndTag();
        }

        /// <summary>A title's text: references decoded, no tags.</summary>
        private bool Characters(PageElement element, bool decode)
        {
            var end = s.IndexOf("</" + element.Name, _i, StringComparison.OrdinalIgnoreCase);
            if (end < 0)
            {
                return false;
            }

            var text = new StringBuilder();
            while (_i < end)
            {
                var amp = s.IndexOf('&', _i, end - _i);
                if (amp < 0 || !decode)
                {
                    text.Append(s.AsSpan(_i, end - _i));
                    _i = end;
                    break;
                }

                text.Append(s.AsSpan(_i, amp - _i));
                _i = amp;
                if (!Reference(text))
                {
                    return false;
                }
            }

            if (text.Length > 0)
            {
                _texts.Add(text.ToString());
            }

            return EndTag();
        }

        private bool SkipNewline()
        {
            if (_i < s.Length && s[_i] == '\n')
            {
                _i++;
            }

            return true;
        }

        /// <summary>Ends the text being read: a text node where text may be; whitespace anywhere else only.</summary>
        private bool Flush()
        {
            if (_text.Length == 0)
            {
                return true;
            }

            var text = _text.ToString();
            _text.Clear();
            if (Current is not { } current || current.Name is "html" or "head" || TableChildren.ContainsKey(current.Name))
            {
                return string.IsNullOrWhiteSpace(text);
            }

            _texts.Add(text);
            return true;
        }

        private bool Attribute(List<PageAttribute> attributes)
        {
            var start = _i;
            while (_i < s.Length && s[_i] is not ('=' or '>' or '/' or ' ' or '\t' or '\n' or '\f'))
            {
                if (s[_i] is '"' or '\'' or '<' or '\0')
                {
                    return false;
                }

                _i++;
            }

            if (_i == start)
            {
                return false;
            }

            var name = s.AsSpan(start, _i - start).ContainsAnyInRange('A', 'Z') ? s[start.._i].ToLowerInvariant() : s[start.._i];
            var value = "";
            var afterName = _i;
            SkipSpace();
            if (_i < s.Length && s[_i] == '=')
            {
                _i++;
                SkipSpace();
                if (_i >= s.Length || s[_i] == '>' || Value() is not { } read)
                {
                    return false;
                }

                value = read;
            }
            else
            {
                _i = afterName;
            }

            // The standard keeps the first of two attributes with the same name.
            if (!attributes.Any(a => a.Name == name))
            {
                attributes.Add(new PageAttribute(name, value));
            }

            return true;
        }

        /// <summary>An attribute's value, quoted or not, references decoded; null when the standard would read it differently.</summary>
        private string? Value()
        {
            var quote = s[_i] is '"' or '\'' ? s[_i] : '\0';
            var start = quote == '\0' ? _i : _i + 1;
            var end = quote == '\0' ? s.AsSpan(start).IndexOfAny(" \t\n\f>") : s.IndexOf(quote, start) - start;
            if (end < 0)
            {
                return null;
            }

            var raw = s.AsSpan(start, end);
            if (raw.Contains('\0') || (quote == '\0' && raw.ContainsAny("\"'<=`")))
            {
                return null;
            }

            _i = start + end + (quote == '\0' ? 0 : 1);
            if (quote != '\0' && (_i >= s.Length || s[_i] is not (' ' or '\t' or '\n' or '\f' or '/' or '>')))
            {
                return null;
            }

            if (!raw.Contains('&'))
            {
                return raw.ToString();
            }

            var value = new StringBuilder(raw.Length);
            var after = _i;
            for (_i = start; _i < start + end;)
            {
                var amp = s.IndexOf('&', _i, start + end - _i);
                if (amp < 0)
                {
                    value.Append(s.AsSpan(_i, start + end - _i));
                    break;
                }

                value.Append(s.AsSpan(_i, amp - _i));
                _i = amp;
                if (!Reference(value) || _i > start + end)
                {
                    return null;
                }
            }

            _i = after;
            return value.ToString();
        }

        /// <summary>A character reference at «&amp;»: numeric or named, always with its «;»; a lone «&amp;» is itself.</summary>
        private bool Reference(StringBuilder into)
        {
            var start = _i + 1;
            if (start >= s.Length || !(char.IsAsciiLetterOrDigit(s[start]) || s[start] == '#'))
            {
                into.Append('&');
                _i++;
                return true;
            }

            // The longest named reference has 32 characters: look no further for its «;».
            var end = s.IndexOf(';', start, Math.Min(40, s.Length - start));
            if (end < 0)
            {
                return false;
            }

            var body = s.AsSpan(start, end - start);
            if (body[0] == '#')
            {
                var hex = body.Length > 1 && body[1] is 'x' or 'X';
                var digits = body[(hex ? 2 : 1)..];
                if (digits.IsEmpty || !int.TryParse(digits, hex ? System.Globalization.NumberStyles.AllowHexSpecifier : System.Globalization.NumberStyles.None,
                        System.Globalization.CultureInfo.InvariantCulture, out var code) ||
                    code is <= 0 or > 0x10FFFF or (>= 0xD800 and <= 0xDFFF) or (>= 0x80 and <= 0x9F))
                {
                    return false;
                }

                into.Append(char.ConvertFromUtf32(code));
            }
            else
            {
                foreach (var c in body)
                {
                    if (!char.IsAsciiLetterOrDigit(c))
                    {
                        return false;
                    }
                }

                if (AngleSharp.Html.HtmlEntityProvider.Resolver.GetSymbol(s.Substring(start, end - start + 1)) is not { } symbol)
                {
                    return false;
                }

                into.Append(symbol);
            }

            _i = end + 1;
            return true;
        }

        private string Name()
        {
            var start = _i;
            while (_i < s.Length && s[_i] is not (' ' or '\t' or '\n' or '\f' or '/' or '>'))
            {
                _i++;
            }

            var name = s.AsSpan(start, _i - start);
            foreach (var c in name)
            {
                if (char.IsAsciiLetterUpper(c) || c is '\0' or '<')
                {
                    return name.ToString().ToLowerInvariant();
                }
            }

            return name.ToString();
        }

        private bool SkipSpace()
        {
            var start = _i;
            var skipped = s.AsSpan(_i).IndexOfAnyExcept(Space);
            _i = skipped < 0 ? s.Length : _i + skipped;
            return _i > start;
        }

        private bool IsOpen(string name) => _open.GetValueOrDefault(name) > 0;

        private bool Starts(string value) => s.AsSpan(_i).StartsWith(value, StringComparison.Ordinal);
    }
}
