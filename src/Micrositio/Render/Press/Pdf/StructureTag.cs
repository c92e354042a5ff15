namespace Micrositio.Render.Press.Pdf;

/// <summary>Standard PDF structure types used by the press PDFs; the names are written as they are.</summary>
internal enum StructureTag
{
    P,
    H1,
    H2,
    H3,
    H4,
    H5,
    H6,
    L,
    LI,
    Lbl,
    LBody,
    BlockQuote,
    Sect,
}
