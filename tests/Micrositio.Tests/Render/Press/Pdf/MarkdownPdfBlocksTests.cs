using Micrositio.Render.Press.Pdf;

namespace Micrositio.Tests.Render.Press.Pdf;

/// <summary>Markdown (the site's pipeline) to PDF blocks.</summary>
public sealed class MarkdownPdfBlocksTests
{
    private static IReadOnlyList<PdfBlock> Blocks(string markdown) => PressPdfSamples.Markdown(markdown);

    private static string Text(IEnumerable<PdfRun> runs) => string.Concat(runs.Select(r => r.Text));

    [Fact]
    public void Headings_and_paragraphs_keep_their_level_and_text()
    {
        var blocks = Blocks("## Logros\n\nTexto del párrafo\nen dos líneas.\n\n### Detalle\n");

        Assert.Collection(blocks,
            b => Assert.Equal((2, "Logros"), (Assert.IsType<PdfHeading>(b).Level, Text(((PdfHeading)b).Runs))),
            b => Assert.Equal("Texto del párrafo en dos líneas.", Text(Assert.IsType<PdfParagraph>(b).Runs)),
            b => Assert.Equal(3, Assert.IsType<PdfHeading>(b).Level));
    }

    [Fact]
    public void Emphasis_becomes_bold_and_italic_runs()
    {
        var runs = Assert.IsType<PdfParagraph>(Blocks("Uno **dos _tres_** *cuatro* __cinco__").Single()).Runs;

        Assert.Equal(
            [new PdfRun("Uno "), new PdfRun("dos ", Bold: true), new PdfRun("tres", Bold: true, Italic: true), new PdfRun(" "),
             new PdfRun("cuatro", Italic: true), new PdfRun(" "), new PdfRun("cinco", Bold: true)],
            runs);
    }

    [Fact]
    public void Links_keep_their_text_and_get_absolute_urls()
    {
        var runs = Assert.IsType<PdfParagraph>(Blocks(
            "Vea la [Mesa de **Tampico**](/mesas/tampico/), [otra](https://example.org/x) y <prensa@example.org>.").Single()).Runs;

        Assert.Contains(new PdfRun("Mesa de ", LinkUrl: "https://red.example.mx/mesas/tampico/"), runs);
        Assert.Contains(new PdfRun("Tampico", Bold: true, LinkUrl: "https://red.example.mx/mesas/tampico/"), runs);
        Assert.Contains(new PdfRun("otra", LinkUrl: "https://example.org/x"), runs);
        Assert.Contains(new PdfRun("prensa@example.org", LinkUrl: "mailto:prensa@example.org"), runs);
    }

    [Fact]
    public void Lists_nest_and_keep_their_numbering()
    {
        var list = Assert.IsType<PdfList>(Blocks("""
            3. Tercero
            4. Cuarto
               - Viñeta
                 - Sub-viñeta
            """).Single());

        Assert.True(list.Ordered);
        Assert.Equal(3, list.Start);
        Assert.Equal(2, list.Items.Count);
        var nested = Assert.IsType<PdfList>(list.Items[1][1]);
        Assert.False(nested.Ordered);
        var deeper = Assert.IsType<PdfList>(nested.Items[0][1]);
        Assert.Equal("Sub-viñeta", Text(Assert.IsType<PdfParagraph>(deeper.Items[0][0]).Runs));
    }

    [Fact]
    public void Quotes_and_rules_become_blocks()
    {
        var blocks = Blocks("> Cita\n>\n> > Dentro\n\n---\n\nFin");

        var quote = Assert.IsType<PdfQuote>(blocks[0]);
        Assert.IsType<PdfParagraph>(quote.Blocks[0]);
        Assert.IsType<PdfQuote>(quote.Blocks[1]);
        Assert.IsType<PdfRule>(blocks[1]);
        Assert.IsType<PdfParagraph>(blocks[2]);
    }

    [Fact]
    public void Smart_punctuation_prints_the_typographic_characters()
    {
        var text = Text(Assert.IsType<PdfParagraph>(Blocks("\"Hola\" -- dijo --- 'bien'... <<libro>>").Single()).Runs);

        Assert.Equal("“Hola” – dijo — ‘bien’… «libro»", text);
    }

    [Fact]
    public void Entities_code_and_hard_breaks_print_plainly()
    {
        var text = Text(Assert.IsType<PdfParagraph>(Blocks("A &amp; B &copy; `x < y`  \nsegunda").Single()).Runs);

        Assert.Equal("A & B © x < y\nsegunda", text);
    }

    [Fact]
    public void Tables_become_one_paragraph_per_row()
    {
        var blocks = Blocks("""
            | Estado | Mesas |
            | --- | ---: |
            | Nuevo León | **2** |
            """);

        Assert.Equal(["Estado · Mesas", "Nuevo León · 2"], blocks.Select(b => Text(Assert.IsType<PdfParagraph>(b).Runs)));
        Assert.All(Assert.IsType<PdfParagraph>(blocks[0]).Runs.Where(r => r.Text.Trim().Length > 1), r => Assert.True(r.Bold));
    }

    [Fact]
    public void Footnotes_become_a_notes_list_at_the_end()
    {
        var blocks = Blocks("""
            Primera nota[^a] y segunda[^b].

            [^b]: Segunda fuente.
            [^a]: Fuente: SESNSP.

            Después.
            """);

        Assert.Equal("Primera nota[1] y segunda[2].", Text(Assert.IsType<PdfParagraph>(blocks[0]).Runs));
        Assert.Equal("Notas", Text(Assert.IsType<PdfHeading>(blocks[^2]).Runs));
        var notes = Assert.IsType<PdfList>(blocks[^1]);
        Assert.True(notes.Ordered);
        Assert.Equal(["Fuente: SESNSP.", "Segunda fuente."], notes.Items.Select(i => Text(Assert.IsType<PdfParagraph>(i[0]).Runs)));
    }

    [Fact]
    public void Html_and_images_print_nothing()
    {
        var blocks = Blocks("<div>oculto</div>\n\nTexto ![foto](a.jpg) <b>x</b> fin");

        Assert.Equal("Texto  x fin", Text(Assert.IsType<PdfParagraph>(blocks.Single()).Runs));
    }
}
