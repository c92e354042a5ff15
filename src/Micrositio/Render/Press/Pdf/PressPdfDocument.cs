namespace Micrositio.Render.Press.Pdf;

/// <summary>Everything printed in a press release or fact sheet PDF.</summary>
/// <param name="Title">The big title; also the PDF's /Title.</param>
/// <param name="Language">BCP 47 language, e.g. "es-MX"; the catalog's /Lang.</param>
/// <param name="Subject">The PDF's /Subject (the summary), if any.</param>
/// <param name="Date">Creation and modification date; never the clock, so the same input gives the same bytes.</param>
/// <param name="HeaderLogos">The brand header at the top of page 1, left to right.</param>
/// <param name="Kicker">Small label above the title, e.g. "Comunicado de prensa".</param>
/// <param name="Lead">The summary, printed larger under the title.</param>
/// <param name="Dateline">"Tampico, Tamaulipas, 22 de noviembre de 2018.", printed bold at the start of the body.</param>
/// <param name="Body">The release's text.</param>
/// <param name="Closing">Contacts and "about" boilerplates, printed after the body, below a rule.</param>
/// <param name="Footer">Printed on every page beside "Página N de M".</param>
public sealed record PressPdfDocument(
    string Title,
    string Language,
    string? Subject,
    DateTimeOffset Date,
    IReadOnlyList<PdfLogo> HeaderLogos,
    string? Kicker,
    string? Lead,
    string? Dateline,
    IReadOnlyList<PdfBlock> Body,
    IReadOnlyList<PdfBlock> Closing,
    string Footer);
