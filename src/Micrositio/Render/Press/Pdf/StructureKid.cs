namespace Micrositio.Render.Press.Pdf;

/// <summary>
/// One kid of a structure element: another element, a marked-content sequence (its MCID on a page) or an
/// annotation (an object reference, OBJR, to a link annotation on a page).
/// </summary>
internal readonly record struct StructureKid(StructureElement? Element, int Page, int Mcid, int Annotation)
{
    public static StructureKid Of(StructureElement element) => new(element, -1, -1, 0);

    public static StructureKid Content(int page, int mcid) => new(null, page, mcid, 0);

    public static StructureKid Object(int page, int annotation) => new(null, page, -1, annotation);
}
