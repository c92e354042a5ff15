namespace Micrositio.Render.Press.Pdf;

/// <summary>The part of an open block quote's left bar on the current page.</summary>
internal sealed class QuoteBar(double x)
{
    public double X { get; } = x;

    public double? Top { get; set; }

    public double Bottom { get; set; }
}
