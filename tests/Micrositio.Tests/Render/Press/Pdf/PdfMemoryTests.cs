using Micrositio.Render.Press.Pdf;

namespace Micrositio.Tests.Render.Press.Pdf;

/// <summary>The preview's memory of PDFs: the same document is printed once, any difference prints again.</summary>
public sealed class PdfMemoryTests
{
    private static PdfOutput Write(PressPdfDocument document) => PressPdf.Write(document, PressPdfSamples.Fonts);

    [Fact]
    public void The_same_document_is_written_once_and_gives_the_same_bytes()
    {
        var memory = new PdfMemory();
        var writer = new CountingWriter();

        memory.NextBuild();
        var first = memory.GetOrWrite(PressPdfSamples.Release(), PressPdfSamples.Fonts, writer.Write);
        memory.NextBuild();
        var second = memory.GetOrWrite(PressPdfSamples.Release(), PressPdfSamples.Fonts, writer.Write);

        Assert.Equal(1, writer.Writes);
        Assert.Equal(1, memory.Reused);
        Assert.Equal(Write(PressPdfSamples.Release()).Bytes, second.Bytes);
        Assert.Same(first, second);
    }

    [Fact]
    public void A_later_build_in_another_process_reads_the_pdf_and_its_text_from_the_cache_folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "micrositio-tests", "pdf-" + Guid.NewGuid().ToString("N"));
        try
        {
            var writer = new CountingWriter();

            var first = new PdfMemory(folder).GetOrWrite(PressPdfSamples.Release(), PressPdfSamples.Fonts, writer.Write);
            var later = new PdfMemory(folder);
            var second = later.GetOrWrite(PressPdfSamples.Release(), PressPdfSamples.Fonts, writer.Write);
            var changed = later.GetOrWrite(PressPdfSamples.Release() with { Title = "Otro título" }, PressPdfSamples.Fonts, writer.Write);

            Assert.Equal(2, writer.Writes);
            Assert.Equal(first.Bytes, second.Bytes);
            Assert.Equal(first.Text, second.Text);
            Assert.NotEqual(first.Bytes, changed.Bytes);
            Assert.Equal(4, Directory.GetFiles(folder).Length);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public void Any_printed_difference_changes_the_fingerprint()
    {
        var release = PressPdfSamples.Release();
        var paragraph = new PdfParagraph([new PdfRun("Texto")]);
        var variants = new[]
        {
            release,
            release with { Title = release.Title + "." },
            release with { Date = release.Date.AddSeconds(1) },
            release with { Body = [paragraph] },
            release with { Body = [new PdfParagraph([new PdfRun("Texto", Bold: true)])] },
            release with { Body = [new PdfParagraph([new PdfRun("Texto", LinkUrl: "https://example.org/")])] },
            release with { Body = [new PdfQuote([paragraph])] },
            release with { Body = [new PdfList(false, [[paragraph]])] },
            release with { Body = [new PdfList(true, [[paragraph]])] },
            release with { Body = [new PdfHeading(2, paragraph.Runs)] },
            release with { Body = [new PdfHeading(3, paragraph.Runs)] },
            release with { Closing = [paragraph] },
            release with { HeaderLogos = [release.HeaderLogos[0] with { Alt = "Otro" }] },
        };

        Assert.Equal(variants.Length, variants.Select(PdfMemory.Fingerprint).Distinct().Count());
    }

    [Fact]
    public void A_document_no_build_asked_for_since_the_last_one_is_forgotten()
    {
        var memory = new PdfMemory();
        var writer = new CountingWriter();

        memory.NextBuild();
        memory.GetOrWrite(PressPdfSamples.Release(), PressPdfSamples.Fonts, writer.Write);
        memory.NextBuild();
        memory.NextBuild();
        memory.GetOrWrite(PressPdfSamples.Release(), PressPdfSamples.Fonts, writer.Write);

        Assert.Equal(2, writer.Writes);
    }

    /// <summary>Writes real PDFs and counts how many it had to write.</summary>
    private sealed class CountingWriter
    {
        public int Writes { get; private set; }

        public PdfOutput Write(PressPdfDocument document)
        {
            Writes++;
            return PdfMemoryTests.Write(document);
        }
    }
}
