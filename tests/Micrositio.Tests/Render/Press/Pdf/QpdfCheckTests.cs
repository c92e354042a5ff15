using System.ComponentModel;
using System.Diagnostics;
using Micrositio.Render.Press.Pdf;

namespace Micrositio.Tests.Render.Press.Pdf;

/// <summary>
/// qpdf (Debian package qpdf), a reader independent of this code and of PdfPig, checks the PDFs: the
/// cross-reference table, every object, and that every stream decodes. Missing qpdf fails the test, never
/// skips it; scripts/test.sh installs it.
/// </summary>
public sealed class QpdfCheckTests(PressPdfFixture fixture) : IClassFixture<PressPdfFixture>
{
    [Fact]
    public void A_long_release_with_logos_lists_quotes_and_links_has_no_error_or_warning() => AssertClean(fixture.Output.Bytes);

    [Fact]
    public void A_fact_sheet_without_logos_or_links_has_no_error_or_warning()
    {
        var sheet = new PressPdfDocument("Hoja de datos", "es-MX", null, PressPdfSamples.Date, [], null, null, null,
            PressPdfSamples.Markdown("- 36 mesas\n- 16 estados\n\n_Cifras_ **2018**."), [], "");
        AssertClean(PressPdf.Write(sheet, PressPdfSamples.Fonts).Bytes);
    }

    private static void AssertClean(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"micrositio-qpdf-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var (exitCode, output) = Run("--check", file);
            Assert.True(exitCode == 0, $"qpdf --check exited with {exitCode}:\n{output}");
            Assert.Contains("No syntax or stream encoding errors found", output, StringComparison.Ordinal);
            Assert.DoesNotContain("WARNING", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static (int ExitCode, string Output) Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("qpdf") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException("qpdf did not start");
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output + error.Result);
        }
        catch (Win32Exception)
        {
            Assert.Fail("qpdf is required by the PDF tests and was not found on PATH. Install it: sudo apt-get install -y qpdf (scripts/test.sh does).");
            throw;
        }
    }
}
