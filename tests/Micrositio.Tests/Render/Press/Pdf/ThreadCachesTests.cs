using System.Runtime.ExceptionServices;
using Micrositio.Render.Press.Pdf;
using UglyToad.PdfPig;

namespace Micrositio.Tests.Render.Press.Pdf;

/// <summary>
/// What one PDF made is kept for the next ones: the fonts and their measurer (<c>LatoFonts</c>) and the header
/// logos, decoded and deflated (<c>LogoImages</c>), shared by every thread. Every PDF must be exactly what a
/// thread that never wrote one before writes, in any order and in parallel, and carry its own logos.
/// </summary>
public sealed class ThreadCachesTests
{
    private static readonly PressPdfDocument First = PressPdfSamples.Release();

    private static readonly PressPdfDocument Second = PressPdfSamples.Release() with
    {
        Title = "Otro comunicado con los mismos logos",
        Body = PressPdfSamples.Markdown("Un texto **distinto**, con palabras que el primero no mide: ornitorrinco, kilómetro, _zigzag_."),
    };

    private static readonly PressPdfDocument OtherLogos = PressPdfSamples.Release() with
    {
        HeaderLogos = [new PdfLogo(TestPng.Solid(60, 30, 0x1D2125, 128), 36, "Otro logotipo")],
    };

    [Fact]
    public void Later_pdfs_of_a_thread_are_the_bytes_a_fresh_thread_writes()
    {
        var sequence = OnNewThread(() => new[] { First, Second, OtherLogos, First }.Select(Bytes).ToList());

        Assert.Equal(OnNewThread(() => Bytes(First)), sequence[0]);
        Assert.Equal(OnNewThread(() => Bytes(Second)), sequence[1]);
        Assert.Equal(OnNewThread(() => Bytes(OtherLogos)), sequence[2]);
        Assert.Equal(sequence[0], sequence[3]);
    }

    [Fact]
    public void Pdfs_written_in_parallel_are_the_bytes_a_fresh_thread_writes()
    {
        PressPdfDocument[] documents = [First, Second, OtherLogos];
        var expected = documents.Select(d => OnNewThread(() => Bytes(d))).ToList();

        var outputs = new byte[24][];
        Parallel.For(0, outputs.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => outputs[i] = Bytes(documents[i % 3]));

        for (var i = 0; i < outputs.Length; i++)
        {
            Assert.Equal(expected[i % 3], outputs[i]);
        }
    }

    [Fact]
    public void Every_pdf_carries_its_own_logos()
    {
        var bytes = OnNewThread(() => new[] { First, OtherLogos, First }.Select(Bytes).ToList());

        Assert.Equal([(120, 40), (80, 40)], Logos(bytes[0]));
        Assert.Equal([(60, 30)], Logos(bytes[1]));
        Assert.Equal([(120, 40), (80, 40)], Logos(bytes[2]));
    }

    private static byte[] Bytes(PressPdfDocument document) => PressPdf.Write(document, PressPdfSamples.Fonts).Bytes;

    /// <summary>Pixel sizes of the images on page 1, left to right.</summary>
    private static List<(int Width, int Height)> Logos(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPage(1).GetImages().OrderBy(i => i.BoundingBox.Left).Select(i => (i.WidthInSamples, i.HeightInSamples)).ToList();
    }

    /// <summary>Runs on a thread of its own, so logos and widths are made anew: no earlier PDF left them there.</summary>
    private static T OnNewThread<T>(Func<T> work)
    {
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = work();
            }
            catch (Exception ex)
            {
                failure = ExceptionDispatchInfo.Capture(ex);
            }
        });
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result;
    }
}
