using Micrositio.Render.Press.Pdf;

namespace Micrositio.Tests.Render.Press.Pdf;

/// <summary>Input the PDF cannot print well is refused with a message that says what to change.</summary>
public sealed class PressPdfErrorTests
{
    [Fact]
    public void Characters_missing_from_the_font_are_named()
    {
        var document = PressPdfSamples.Release() with { Body = [new PdfParagraph([new PdfRun("Listo → ✓ 😀")])] };

        var error = Assert.Throws<ArgumentException>(() => PressPdf.Write(document, PressPdfSamples.Fonts));
        Assert.Contains("U+1F600", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("U+2192", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Logos_must_be_png_with_alternative_text()
    {
        var notPng = PressPdfSamples.Release() with { HeaderLogos = [new PdfLogo([1, 2, 3], 30, "Logo")] };
        var noAlt = PressPdfSamples.Release() with { HeaderLogos = [new PdfLogo(TestPng.Solid(10, 10, 0), 30, " ")] };

        Assert.Contains("PNG", Assert.Throws<ArgumentException>(() => PressPdf.Write(notPng, PressPdfSamples.Fonts)).Message, StringComparison.Ordinal);
        Assert.Contains("texto alternativo", Assert.Throws<ArgumentException>(() => PressPdf.Write(noAlt, PressPdfSamples.Fonts)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_font_file_is_reported_with_its_path()
    {
        var empty = Directory.CreateTempSubdirectory("fuentes-").FullName;
        try
        {
            var error = Assert.Throws<FileNotFoundException>(() => LatoFonts.Load(empty));
            Assert.Contains(Path.Combine(empty, "Lato-Regular.ttf"), error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(empty);
        }
    }
}
