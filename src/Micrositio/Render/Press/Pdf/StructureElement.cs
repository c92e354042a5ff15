namespace Micrositio.Render.Press.Pdf;

/// <summary>A node of the structure tree: a standard structure type and its kids in reading order.</summary>
/// <param name="type">Document, P, H1…H6, L, LI, Lbl, LBody, BlockQuote, Sect, Figure or Link.</param>
/// <param name="parent">The element it belongs to; null for the Document.</param>
internal sealed class StructureElement(string type, StructureElement? parent)
{
    public string Type => type;

    public StructureElement? Parent => parent;

    public List<StructureKid> Kids { get; } = [];

    /// <summary>The page of its first marked content or annotation, -1 while it has none.</summary>
    public int Page { get; set; } = -1;

    /// <summary>A figure's alternative text.</summary>
    public string? Alt { get; init; }

    /// <summary>A figure's box on its page in PDF coordinates: left, bottom, right, top.</summary>
    public (double Left, double Bottom, double Right, double Top)? Box { get; init; }

    /// <summary>Its object number, once the tree is written.</summary>
    public int Number { get; set; }
}
