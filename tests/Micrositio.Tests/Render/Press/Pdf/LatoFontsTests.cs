using Micrositio.Render.Press.Pdf;

namespace Micrositio.Tests.Render.Press.Pdf;

/// <summary>The fonts of a folder are read once per process; folders with the same files share them.</summary>
public sealed class LatoFontsTests
{
    [Fact]
    public void The_same_folder_in_any_spelling_gives_the_same_fonts()
    {
        var fonts = LatoFonts.From(PressPdfSamples.Fonts);

        Assert.Same(fonts, LatoFonts.From(PressPdfSamples.Fonts + Path.DirectorySeparatorChar));
        Assert.Same(fonts, LatoFonts.From(Path.Combine(PressPdfSamples.Fonts, "..", "fuentes")));
    }

    [Fact]
    public void A_copy_of_the_same_fonts_shares_them_and_other_fonts_are_read_as_they_are()
    {
        var copy = Copy();
        var changed = Copy();
        try
        {
            Assert.Same(LatoFonts.From(PressPdfSamples.Fonts), LatoFonts.From(copy));

            File.AppendAllText(Path.Combine(changed, "Lato-Bold.ttf"), "x");
            Assert.NotEqual(LatoFonts.From(PressPdfSamples.Fonts).Fingerprint, LatoFonts.From(changed).Fingerprint);
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
