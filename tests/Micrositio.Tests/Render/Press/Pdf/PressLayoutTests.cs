using Micrositio.Render.Press.Pdf;

namespace Micrositio.Tests.Render.Press.Pdf;

/// <summary>Page-break rules, checked on the laid-out pages for many positions of the breaks.</summary>
public sealed class PressLayoutTests
{
    public static TheoryData<int> Fillers() => [.. Enumerable.Range(0, 36)];

    [Theory]
    [MemberData(nameof(Fillers))]
    public void Headings_stay_with_their_text_and_paragraphs_keep_two_lines_together(int filler)
    {
        var pages = Lay(Document(filler));
        Assert.True(pages.Count > 2);

        var open = new Stack<StructureTag>();
        var linesOfBlock = new Dictionary<int, List<int>>();
        var block = 0;
        var labelPage = -1;
        for (var page = 0; page < pages.Count; page++)
        {
            StructureTag? lastLineTag = null;
            foreach (var op in pages[page])
            {
                switch (op)
                {
                    case OpenTagOp tag:
                        open.Push(tag.Tag);
                        block++;
                        break;
                    case CloseTagOp:
                        open.Pop();
                        break;
                    case TextOp when open.Peek() == StructureTag.Lbl:
                        labelPage = page;
                        break;
                    case TextOp:
                        if (labelPage >= 0)
                        {
                            Assert.Equal(labelPage, page);
                            labelPage = -1;
                        }

                        lastLineTag = open.Peek();
                        linesOfBlock.TryAdd(block, []);
                        linesOfBlock[block].Add(page);
                        break;
                }
            }

            if (page < pages.Count - 1)
            {
                Assert.NotNull(lastLineTag);
                Assert.DoesNotMatch("^H[1-6]$", lastLineTag.ToString());
            }
        }

        foreach (var lines in linesOfBlock.Values.Where(l => l.Distinct().Count() > 1))
        {
            Assert.All(lines.GroupBy(p => p), onPage => Assert.True(onPage.Count() >= 2, $"{onPage.Count()} line alone on page {onPage.Key + 1}"));
        }
    }

    [Fact]
    public void Empty_paragraphs_and_lists_print_nothing()
    {
        var pages = Lay(PressPdfSamples.Release() with
        {
            Body = [new PdfParagraph([new PdfRun("  ")]), new PdfList(false, []), new PdfQuote([])],
            Closing = [],
        });

        Assert.DoesNotContain(pages.SelectMany(p => p).OfType<OpenTagOp>(), op => op.Tag is StructureTag.L or StructureTag.BlockQuote);
    }

    private static IReadOnlyList<IReadOnlyList<PageOp>> Lay(PressPdfDocument document) =>
        PressLayout.Lay(document, LatoFonts.From(PressPdfSamples.Fonts).Measurer);

    private static PressPdfDocument Document(int filler)
    {
        var body = new List<PdfBlock>();
        body.AddRange(Enumerable.Range(0, filler).Select(i => new PdfParagraph([new PdfRun($"Línea de relleno {i}.")])));
        for (var section = 0; section < 14; section++)
        {
            body.Add(new PdfHeading(2 + section % 2, [new PdfRun($"Sección {section}: un título que ocupa una línea")]));
            var sentences = 2 + section * 5 % 9;
            body.Add(new PdfParagraph([new PdfRun(string.Concat(Enumerable.Repeat("La mesa revisó sus indicadores y acordó publicar los resultados. ", sentences)))]));
            if (section % 4 == 1)
            {
                body.Add(new PdfList(true, [.. Enumerable.Range(0, 3).Select(i => (IReadOnlyList<PdfBlock>)[new PdfParagraph([new PdfRun($"Acuerdo {i} del encuentro nacional.")])])]));
            }
        }

        return PressPdfSamples.Release() with { Body = body };
    }
}
