using System.Text;

namespace Micrositio.Render.Charts;

/// <summary>Appends SVG elements one per line; every attribute value and text node goes through <see cref="SvgText.Escape"/>.</summary>
internal sealed class SvgWriter
{
    private readonly StringBuilder _markup = new();

    public void Start(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        Open(tag, attributes);
        _markup.Append(">\n");
    }

    public void Empty(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        Open(tag, attributes);
        _markup.Append("/>\n");
    }

    public void Text(string tag, string text, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        Open(tag, attributes);
        _markup.Append('>').Append(SvgText.Escape(text)).Append("</").Append(tag).Append(">\n");
    }

    public void End(string tag) => _markup.Append("</").Append(tag).Append(">\n");

    public override string ToString() => _markup.ToString();

    // A null value leaves the attribute out, so optional attributes read as one expression at the call site.
    private void Open(string tag, ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        _markup.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is not null)
            {
                _markup.Append(' ').Append(name).Append("=\"").Append(SvgText.Escape(value)).Append('"');
            }
        }
    }
}
