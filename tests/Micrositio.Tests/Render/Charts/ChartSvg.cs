using System.Globalization;
using System.Xml.Linq;

namespace Micrositio.Tests.Render.Charts;

/// <summary>Reads rendered chart markup the way a browser would: as XML, by class token, with scales taken from the drawn axis.</summary>
internal sealed class ChartSvg
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private ChartSvg(XElement root) => Root = root;

    public XElement Root { get; }

    public static ChartSvg Parse(string markup) => new(XElement.Parse(markup));

    public IEnumerable<XElement> WithClass(string className) =>
        Root.Descendants().Where(e => HasClass(e, className));

    public static bool HasClass(XElement element, string className) =>
        ((string?)element.Attribute("class") ?? "").Split(' ').Contains(className);

    public static double Number(XElement element, string attribute) =>
        double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);

    /// <summary>An es-MX label ("1,234.5") back to its value.</summary>
    public static decimal Label(string text) => decimal.Parse(text.Replace(",", ""), NumberStyles.Number, CultureInfo.InvariantCulture);

    /// <summary>
    /// Maps a coordinate back to a value using only the tick marks inside <paramref name="axisClass"/>: each tick's
    /// line position and its printed label. <paramref name="coordinate"/> is "y1" for a vertical axis, "x1" for a horizontal one.
    /// </summary>
    public Func<double, decimal> AxisInverse(string axisClass, string coordinate)
    {
        var ticks = WithClass(axisClass).Single().Elements(Svg + "g").Where(g => HasClass(g, "grafica__marca"))
            .Select(g => (Position: Number(g.Element(Svg + "line")!, coordinate), Value: Label(g.Element(Svg + "text")!.Value)))
            .OrderBy(t => t.Value)
            .ToList();
        Assert.True(ticks.Count >= 2, "an axis needs at least two ticks");
        var (p0, v0) = ticks[0];
        var (p1, v1) = ticks[^1];
        return position => v0 + (decimal)((position - p0) / (p1 - p0)) * (v1 - v0);
    }

    /// <summary>Size of one viewBox unit in value units, so "within 0.5 units of the viewBox" can be asserted in values.</summary>
    public decimal ValuePerUnit(string axisClass, string coordinate)
    {
        var inverse = AxisInverse(axisClass, coordinate);
        return Math.Abs(inverse(1) - inverse(0));
    }
}
