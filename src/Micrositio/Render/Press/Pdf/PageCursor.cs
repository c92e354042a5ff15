namespace Micrositio.Render.Press.Pdf;

/// <summary>
/// The layout's position: the pages so far, the top of the next line, the pending space between blocks
/// (collapsed like CSS margins and dropped at the top of a page) and the quote bars being drawn.
/// </summary>
internal sealed class PageCursor
{
    private const double Tolerance = 0.01;

    private readonly List<List<PageOp>> pages = [[]];
    private readonly List<QuoteBar> quotes = [];
    private double pendingGap;

    /// <summary>True until something is placed on the page, so a block too tall for any page still goes somewhere.</summary>
    private bool fresh = true;

    public double Y { get; private set; } = PressPdfTheme.ContentTop;

    public double PeekGap(double before) => fresh ? 0 : Math.Max(pendingGap, before);

    public void TakeGap(double before)
    {
        Y += PeekGap(before);
        pendingGap = 0;
    }

    public void GapAfter(double after) => pendingGap = Math.Max(pendingGap, after);

    public bool Fits(double height) => fresh || Y + height <= PressPdfTheme.ContentBottom + Tolerance;

    public void EnsureRoom(BlockNeed need)
    {
        if (!fresh && Y + PeekGap(need.Gap) + need.Height > PressPdfTheme.ContentBottom + Tolerance)
        {
            NewPage();
        }
    }

    public void Emit(PageOp op) => pages[^1].Add(op);

    /// <summary>Places a line box of the given height (its text already emitted) and extends open quote bars over it.</summary>
    public void Advance(double height)
    {
        foreach (var quote in quotes)
        {
            quote.Top ??= Y;
            quote.Bottom = Y + height;
        }

        Y += height;
        fresh = false;
    }

    public void NewPage()
    {
        foreach (var quote in quotes)
        {
            FlushBar(quote);
        }

        pages.Add([]);
        Y = PressPdfTheme.ContentTop;
        pendingGap = 0;
        fresh = true;
    }

    public void OpenQuote(double barX) => quotes.Add(new QuoteBar(barX));

    public void CloseQuote()
    {
        FlushBar(quotes[^1]);
        quotes.RemoveAt(quotes.Count - 1);
    }

    public IReadOnlyList<IReadOnlyList<PageOp>> Finish() => pages.Where(p => p.Count > 0).ToList();

    private void FlushBar(QuoteBar quote)
    {
        if (quote.Top is { } top)
        {
            Emit(new LineOp(quote.X, top, quote.X, quote.Bottom, 1.5, PressPdfTheme.Hairline));
        }

        quote.Top = null;
    }
}
