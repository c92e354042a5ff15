using AngleSharp.Dom;

namespace Micrositio.PostProcess.Reading;

/// <summary>An attribute as the HTML parser leaves it: the name in lower case (HTML) and the value with references decoded.</summary>
public readonly record struct PageAttribute(string Name, string Value);

/// <summary>An element of a <see cref="PageTree"/>: its name (lower case), attributes in source order, parent and children.</summary>
public sealed class PageElement(string name, PageAttribute[] attributes, PageElement? parent)
{
    private List<PageElement>? _children;

    public string Name { get; } = name;

    public IReadOnlyList<PageAttribute> Attributes => attributes;

    public PageElement? Parent { get; } = parent;

    public IReadOnlyList<PageElement> Children => _children ?? (IReadOnlyList<PageElement>)[];

    /// <summary>Where the element is in the page's HTML, from its start tag to the end of its end tag (read by <see cref="PageReader"/> only).</summary>
    public (int Start, int End) Source { get; set; }

    public string? Attribute(string attribute)
    {
        // A loop over the array: checks ask every element for several attributes, and an enumerator each time adds up.
        for (var i = 0; i < attributes.Length; i++)
        {
            if (attributes[i].Name == attribute)
            {
                return attributes[i].Value;
            }
        }

        return null;
    }

    public bool Has(string attribute) => Attribute(attribute) is not null;

    internal void Add(PageElement child) => (_children ??= []).Add(child);
}

/// <summary>
/// A generated page as the PostProcess checks read it: its elements in document order (the root first) and its
/// text nodes in document order. Made by <see cref="PageReader"/> from the page's HTML, or from the document
/// AngleSharp parsed when the page is one the reader leaves to it.
/// </summary>
public sealed class PageTree(PageElement root, IReadOnlyList<PageElement> elements, IReadOnlyList<string> texts)
{
    public PageElement Root { get; } = root;

    /// <summary>Every element, in document order.</summary>
    public IReadOnlyList<PageElement> Elements { get; } = elements;

    /// <summary>Every text node's data, in document order.</summary>
    public IReadOnlyList<string> Texts { get; } = texts;

    /// <summary>The same tree from a document AngleSharp parsed (the HTML standard's tree in every case).</summary>
    public static PageTree From(IDocument document)
    {
        var elements = new List<PageElement>();
        var texts = new List<string>();
        PageElement Convert(IElement element, PageElement? parent)
        {
            var converted = new PageElement(element.LocalName.ToLowerInvariant(), element.Attributes.Select(a => new PageAttribute(a.Name, a.Value)).ToArray(), parent);
            elements.Add(converted);
            foreach (var child in element.ChildNodes)
            {
                switch (child)
                {
                    case IElement e:
                        converted.Add(Convert(e, converted));
                        break;
                    case IText t:
                        texts.Add(t.Data);
                        break;
                }
            }

            return converted;
        }

        return new PageTree(Convert(document.DocumentElement, null), elements, texts);
    }
}
