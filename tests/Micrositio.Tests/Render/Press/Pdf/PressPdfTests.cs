using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Micrositio.Render.Press.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Graphics.Operations.MarkedContent;
using UglyToad.PdfPig.Graphics.Operations.TextObjects;
using UglyToad.PdfPig.Tokens;

namespace Micrositio.Tests.Render.Press.Pdf;

/// <summary>A long Spanish release written to PDF and read back with PdfPig.</summary>
public sealed partial class PressPdfTests(PressPdfFixture fixture) : IClassFixture<PressPdfFixture>
{
    private byte[] Bytes => fixture.Output.Bytes;

    [Fact]
    public void Text_comes_out_in_reading_order_with_accents_intact()
    {
        using var pdf = PdfDocument.Open(Bytes);
        var text = WithoutFooters(pdf, PdfText.Strip(PdfText.Letters(pdf)));

        string[] header = [fixture.Document.Kicker!, fixture.Document.Title, fixture.Document.Lead!, fixture.Document.Dateline!];
        var position = 0;
        foreach (var expected in header.Concat(PressPdfSamples.Paragraphs))
        {
            var found = text.IndexOf(PdfText.Strip(expected), position, StringComparison.Ordinal);
            Assert.True(found >= position, $"Not found in order: {expected}");
            position = found + 1;
        }

        var words = PdfText.Words(pdf).Split(' ');
        foreach (var word in (string[])["¿Cómo", "¡Sí", "niñas", "Ñuu", "pingüino", "«comillas»,", "“dobles”,", "‘simples’", "—", "suspensivos…", "Querétaro", "Michoacán,"])
        {
            Assert.Contains(word, words);
        }
    }

    [Fact]
    public void Words_are_separated_as_written()
    {
        using var pdf = PdfDocument.Open(Bytes);
        var words = PdfText.Collapse(WithoutFooters(pdf, PdfText.Words(pdf)));
        foreach (var paragraph in PressPdfSamples.Paragraphs)
        {
            Assert.Contains(PdfText.Collapse(paragraph), words, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Output_text_is_what_a_reader_extracts()
    {
        using var pdf = PdfDocument.Open(Bytes);
        Assert.Equal(PdfText.Strip(PdfText.Letters(pdf)), PdfText.Strip(fixture.Output.Text));
    }

    [Fact]
    public void Every_page_says_which_page_it_is()
    {
        using var pdf = PdfDocument.Open(Bytes);
        Assert.True(pdf.NumberOfPages > 1);
        foreach (var page in pdf.GetPages())
        {
            Assert.Contains($"Página {page.Number} de {pdf.NumberOfPages}", PdfText.Collapse(string.Join(" ", page.GetWords().Select(w => w.Text))));
            Assert.Equal(612, page.Width, 0.5);
            Assert.Equal(792, page.Height, 0.5);
        }
    }

    [Fact]
    public void Document_information_has_title_subject_and_creator_but_no_author()
    {
        using var pdf = PdfDocument.Open(Bytes);
        var info = pdf.Information;
        Assert.Equal(fixture.Document.Title, info.Title);
        Assert.Equal(fixture.Document.Subject, info.Subject);
        Assert.Equal("Micrositio", info.Creator);
        Assert.True(string.IsNullOrEmpty(info.Author));
        Assert.Equal("Micrositio", info.Producer);
        Assert.Equal(PressPdfSamples.Date, info.GetCreatedDateTimeOffset());
        Assert.Equal(PressPdfSamples.Date, info.GetModifiedDateTimeOffset());
    }

    [Fact]
    public void Catalog_declares_the_language()
    {
        using var pdf = PdfDocument.Open(Bytes);
        Assert.True(pdf.Structure.Catalog.CatalogDictionary.TryGet(NameToken.Create("Lang"), out IToken lang));
        Assert.Equal("es-MX", Assert.IsType<StringToken>(lang).Data);
    }

    [Fact]
    public void Xmp_metadata_is_valid_and_agrees_with_the_document_information()
    {
        using var pdf = PdfDocument.Open(Bytes);
        Assert.True(pdf.TryGetXmpMetadata(out var xmp));
        // PdfPig's GetXDocument reads the bytes as Latin-1; XMP in a PDF is UTF-8.
        var xml = XDocument.Parse(Encoding.UTF8.GetString(xmp.GetXmlBytes()));
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        XNamespace xmpNs = "http://ns.adobe.com/xap/1.0/";
        Assert.Equal(fixture.Document.Title, xml.Descendants(dc + "title").Single().Value);
        Assert.Equal("es-MX", xml.Descendants(dc + "language").Single().Value);
        Assert.Equal("Micrositio", xml.Descendants(xmpNs + "CreatorTool").Single().Value);
        Assert.Equal("2018-11-22T18:30:00-06:00", xml.Descendants(xmpNs + "CreateDate").Single().Value);
        Assert.Empty(xml.Descendants(dc + "creator"));
    }

    [Fact]
    public void No_user_or_machine_name_is_written()
    {
        var latin1 = PdfText.Latin1(Bytes);
        var utf8 = Encoding.UTF8.GetString(Bytes);
        foreach (var name in (string[])[Environment.UserName, Environment.MachineName])
        {
            // Names of two or three letters would match by chance inside compressed data.
            if (name.Length >= 4)
            {
                Assert.DoesNotContain(name, latin1, StringComparison.Ordinal);
                Assert.DoesNotContain(name, utf8, StringComparison.Ordinal);
            }
        }

        Assert.DoesNotContain("/Author", latin1, StringComparison.Ordinal);
    }

    [Fact]
    public void Fonts_are_embedded_subsets()
    {
        using var pdf = PdfDocument.Open(Bytes);
        var fonts = pdf.GetPages().SelectMany(page => page.Letters).Select(letter => letter.FontName).Distinct().ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, font => Assert.Matches("^[A-Z]{6}\\+Lato", font));

        var descriptors = FontDescriptor().Matches(PdfText.Latin1(Bytes)).Select(m => m.Value).ToList();
        Assert.Equal(fonts.Count, descriptors.Count);
        Assert.All(descriptors, descriptor => Assert.Contains("/FontFile2", descriptor, StringComparison.Ordinal));
    }

    [Fact]
    public void Links_are_absolute_and_clickable()
    {
        using var pdf = PdfDocument.Open(Bytes);
        var links = pdf.GetPages().SelectMany(page => page.GetHyperlinks()).ToList();
        Assert.Contains(links, link => link.Uri == PressPdfSamples.BaseUrl + "/mesas/tampico/" && link.Text.Contains("Tampico", StringComparison.Ordinal));
        Assert.Contains(links, link => link.Uri == PressPdfSamples.BaseUrl + "/sala-de-prensa/");
        Assert.All(links, link => Assert.StartsWith("https://", link.Uri, StringComparison.Ordinal));
    }

    [Fact]
    public void Structure_is_tagged_with_headings_lists_quotes_and_figures()
    {
        var latin1 = PdfText.Latin1(Bytes);
        foreach (var tag in (string[])["Document", "H1", "H2", "H3", "P", "L", "LI", "Lbl", "LBody", "BlockQuote", "Figure", "Link", "Sect"])
        {
            Assert.Contains($"/S/{tag}/", latin1.Replace("/S/" + tag + ">", "/S/" + tag + "/", StringComparison.Ordinal), StringComparison.Ordinal);
        }

        Assert.Contains("/Alt(Red Nacional de Mesas de Seguridad y Justicia)", latin1, StringComparison.Ordinal);
        Assert.Contains("/MarkInfo", latin1, StringComparison.Ordinal);

        // The header logos come first in reading order although they are drawn after the kicker.
        var document = DocumentElement().Match(latin1);
        Assert.True(document.Success);
        var firstKid = int.Parse(document.Groups["first"].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Matches($"\\n{firstKid} 0 obj\\n<</Type/StructElem/P \\d+ 0 R/S/Figure", latin1);
    }

    [Fact]
    public void Footer_is_an_artifact_and_text_is_marked_content()
    {
        using var pdf = PdfDocument.Open(Bytes);
        foreach (var page in pdf.GetPages())
        {
            var marked = page.GetMarkedContents();
            var artifactText = string.Concat(marked.Where(m => m.IsArtifact).SelectMany(m => m.Letters).Select(l => l.Value));
            Assert.Equal(PdfText.Strip($"{fixture.Document.Footer} Página {page.Number} de {pdf.NumberOfPages}"), PdfText.Strip(artifactText));

            var tagged = marked.Where(m => !m.IsArtifact).Sum(m => m.Letters.Count);
            Assert.Equal(page.Letters.Count, tagged + marked.Where(m => m.IsArtifact).Sum(m => m.Letters.Count));
        }
    }

    [Fact]
    public void Marked_content_never_straddles_a_text_object()
    {
        using var pdf = PdfDocument.Open(Bytes);
        foreach (var page in pdf.GetPages())
        {
            var inText = false;
            var textObjects = 0;
            var open = new Stack<(bool InText, int TextObject)>();
            foreach (var operation in page.Operations)
            {
                switch (operation)
                {
                    case BeginText:
                        inText = true;
                        textObjects++;
                        break;
                    case EndText:
                        inText = false;
                        break;
                    case BeginMarkedContent or BeginMarkedContentWithProperties:
                        open.Push((inText, textObjects));
                        break;
                    case EndMarkedContent:
                        var (startedInText, textObject) = open.Pop();
                        Assert.Equal(startedInText, inText);
                        if (startedInText)
                        {
                            Assert.Equal(textObject, textObjects);
                        }

                        break;
                }
            }

            Assert.Empty(open);
        }
    }

    [Fact]
    public void Same_input_gives_the_same_bytes_even_a_moment_later()
    {
        var again = PressPdf.Write(PressPdfSamples.Release(), PressPdfSamples.Fonts);
        Thread.Sleep(1100);
        var later = PressPdf.Write(PressPdfSamples.Release(), PressPdfSamples.Fonts);
        Assert.Equal(Bytes, again.Bytes);
        Assert.Equal(Bytes, later.Bytes);
    }

    [Fact]
    public void Parallel_builds_give_the_same_bytes()
    {
        var outputs = new byte[8][];
        Parallel.For(0, outputs.Length, i => outputs[i] = PressPdf.Write(PressPdfSamples.Release(), PressPdfSamples.Fonts).Bytes);
        Assert.All(outputs, bytes => Assert.Equal(Bytes, bytes));
    }

    [Fact]
    public void A_short_fact_sheet_without_header_extras_fits_one_page()
    {
        var sheet = new PressPdfDocument("Hoja de datos", "es-MX", null, PressPdfSamples.Date, [], null, null, null,
            PressPdfSamples.Markdown("- 36 mesas\n- 16 estados"), [], "");
        var output = PressPdf.Write(sheet, PressPdfSamples.Fonts);

        using var pdf = PdfDocument.Open(output.Bytes);
        Assert.Equal(1, pdf.NumberOfPages);
        Assert.Equal("Hoja de datos • 36 mesas • 16 estados Página 1 de 1", PdfText.Collapse(output.Text));
        Assert.True(string.IsNullOrEmpty(pdf.Information.Subject));
    }

    [Fact]
    public void Different_input_gives_a_different_file_identifier()
    {
        var other = PressPdf.Write(PressPdfSamples.Release() with { Title = "Otro comunicado" }, PressPdfSamples.Fonts);
        Assert.NotEqual(TrailerId().Match(PdfText.Latin1(Bytes)).Value, TrailerId().Match(PdfText.Latin1(other.Bytes)).Value);
        Assert.DoesNotContain("<00000000000000000000000000000000>", PdfText.Latin1(other.Bytes), StringComparison.Ordinal);
    }

    /// <summary>Footers sit between the two halves of a paragraph that runs onto the next page.</summary>
    private string WithoutFooters(PdfDocument pdf, string text)
    {
        for (var n = 1; n <= pdf.NumberOfPages; n++)
        {
            var footer = $"{fixture.Document.Footer} Página {n} de {pdf.NumberOfPages}";
            text = text.Replace(PdfText.Collapse(footer), " ", StringComparison.Ordinal)
                .Replace(PdfText.Strip(footer), "", StringComparison.Ordinal);
        }

        return text;
    }

    [GeneratedRegex(@"<</Type/FontDescriptor.*?>>", RegexOptions.Singleline)]
    private static partial Regex FontDescriptor();

    [GeneratedRegex(@"/S/Document/K\[(?<first>\d+) 0 R")]
    private static partial Regex DocumentElement();

    [GeneratedRegex(@"/ID\[<[0-9A-F]{32}><[0-9A-F]{32}>\]")]
    private static partial Regex TrailerId();
}
