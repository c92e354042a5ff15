using Micrositio.Render.Press.Pdf;

namespace Micrositio.Tests.Render.Press.Pdf;

/// <summary>PDFsharp's font resolver is process-wide: the same fonts may be named again, different ones may not.</summary>
public sealed class PdfEngineSetupTests
{
    [Fact]
    public void The_same_folder_can_be_set_up_again_in_any_spelling()
    {
        PdfEngineSetup.Ensure(PressPdfSamples.Fonts);
        PdfEngineSetup.Ensure(PressPdfSamples.Fonts + Path.DirectorySeparatorChar);
        PdfEngineSetup.Ensure(Path.Combine(PressPdfSamples.Fonts, "..", "fuentes"));
    }

    [Fact]
    public void A_copy_of_the_same_fonts_is_accepted_and_different_fonts_are_refused_clearly()
    {
        PdfEngineSetup.Ensure(PressPdfSamples.Fonts);
        var copy = Copy();
        var changed = Copy();
        try
        {
            PdfEngineSetup.Ensure(copy);

            File.AppendAllText(Path.Combine(changed, "Lato-Bold.ttf"), "x");
            var error = Assert.Throws<InvalidOperationException>(() => PdfEngineSetup.Ensure(changed));
            Assert.Contains(changed, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
            Directory.Delete(changed, recursive: true);
        }
    }

    private static string Copy()
    {
        var folder = Directory.CreateTempSubdirectory("fuentes-").FullName;
        foreach (var file in Directory.GetFiles(PressPdfSamples.Fonts, "*.ttf"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        return folder;
    }
}
