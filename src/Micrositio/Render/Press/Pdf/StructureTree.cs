namespace Micrositio.Render.Press.Pdf;

/// <summary>
/// The logical structure of a tagged PDF (ISO 32000-1, 14.7 and 14.8): elements under one Document, the
/// marked content and link annotations each one owns, and the parent tree that leads from a page's MCIDs and
/// from each annotation back to its element. Page i's content has StructParents i; annotations get the keys
/// after the pages.
/// </summary>
internal sealed class StructureTree
{
    private readonly List<StructureElement>[] marked;
    private readonly List<StructureElement> annotated = [];

    public StructureTree(int pages)
    {
        marked = new List<StructureElement>[pages];
        for (var i = 0; i < pages; i++)
        {
            marked[i] = [];
        }

        Current = Document;
    }

    public StructureElement Document { get; } = new("Document", null);

    /// <summary>The innermost open element, the parent of what is added next.</summary>
    public StructureElement Current { get; private set; }

    public void Open(string type) => Current = Add(type);

    public void Close() => Current = Current.Parent ?? throw new InvalidOperationException("PDF: se cerró más estructura de la que se abrió.");

    /// <summary>Adds an element to the open one, without opening it (a figure, a link).</summary>
    public StructureElement Add(string type, string? alt = null, (double Left, double Bottom, double Right, double Top)? box = null)
    {
        var element = new StructureElement(type, Current) { Alt = alt, Box = box };
        Current.Kids.Add(StructureKid.Of(element));
        return element;
    }

    /// <summary>The MCID of a new marked-content sequence of <paramref name="element"/> on a page.</summary>
    public int Mark(StructureElement element, int page)
    {
        var mcid = marked[page].Count;
        marked[page].Add(element);
        element.Kids.Add(StructureKid.Content(page, mcid));
        OnPage(element, page);
        return mcid;
    }

    /// <summary>Makes a link annotation a kid of its Link element; returns the annotation's /StructParent.</summary>
    public int Annotate(StructureElement link, int page, int annotation)
    {
        annotated.Add(link);
        link.Kids.Add(StructureKid.Object(page, annotation));
        OnPage(link, page);
        return marked.Length + annotated.Count - 1;
    }

    public void Write(PdfObjectWriter pdf, int root, IReadOnlyList<int> pages)
    {
        var elements = new List<StructureElement>();
        Number(Document, pdf, elements);
        var parentTree = pdf.Allocate();

        pdf.Begin(root).Raw("<</Type/StructTreeRoot/K "u8).Reference(Document.Number).Raw("/ParentTree "u8).Reference(parentTree)
            .Raw("/ParentTreeNextKey "u8).Integer(marked.Length + annotated.Count).Raw(">>"u8);
        pdf.End();

        var tree = pdf.Begin(parentTree).Raw("<</Nums["u8);
        for (var page = 0; page < marked.Length; page++)
        {
            tree.Integer(page).Byte((byte)' ').References(marked[page].Select(e => e.Number).ToList()).Byte((byte)' ');
        }

        for (var i = 0; i < annotated.Count; i++)
        {
            tree.Integer(marked.Length + i).Byte((byte)' ').Reference(annotated[i].Number).Byte((byte)' ');
        }

        tree.Raw("]>>"u8);
        pdf.End();

        foreach (var element in elements)
        {
            Write(pdf, element, element.Parent?.Number ?? root, pages);
        }
    }

    private static void OnPage(StructureElement element, int page)
    {
        if (element.Page < 0)
        {
            element.Page = page;
        }
    }

    /// <summary>Object numbers in reading order (pre-order), so the file reads like the tree.</summary>
    private static void Number(StructureElement element, PdfObjectWriter pdf, List<StructureElement> elements)
    {
        element.Number = pdf.Allocate();
        elements.Add(element);
        foreach (var kid in element.Kids)
        {
            if (kid.Element is { } child)
            {
                Number(child, pdf, elements);
            }
        }
    }

    private static void Write(PdfObjectWriter pdf, StructureElement element, int parent, IReadOnlyList<int> pages)
    {
        var value = pdf.Begin(element.Number).Raw("<</Type/StructElem/P "u8).Reference(parent).Raw("/S"u8).Name(element.Type).Raw("/K["u8);
        for (var i = 0; i < element.Kids.Count; i++)
        {
            var kid = element.Kids[i];
            if (i > 0)
            {
                value.Byte((byte)' ');
            }

            if (kid.Element is { } child)
            {
                value.Reference(child.Number);
            }
            else if (kid.Annotation > 0)
            {
                value.Raw("<</Type/OBJR/Obj "u8).Reference(kid.Annotation).Raw("/Pg "u8).Reference(pages[kid.Page]).Raw(">>"u8);
            }
            else if (kid.Page == element.Page)
            {
                value.Integer(kid.Mcid);
            }
            else
            {
                value.Raw("<</Type/MCR/Pg "u8).Reference(pages[kid.Page]).Raw("/MCID "u8).Integer(kid.Mcid).Raw(">>"u8);
            }
        }

        value.Byte((byte)']');
        if (element.Page >= 0)
        {
            value.Raw("/Pg "u8).Reference(pages[element.Page]);
        }

        if (element.Alt is { } alt)
        {
            value.Raw("/Alt"u8).Text(alt);
        }

        if (element.Box is { } box)
        {
            value.Raw("/A<</O/Layout/BBox["u8).Numbers(box.Left, box.Bottom, box.Right, box.Top).Raw("]>>"u8);
        }

        value.Raw(">>"u8);
        pdf.End();
    }
}
