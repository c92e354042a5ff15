using System.Globalization;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;

namespace Micrositio.Render.Theme;

/// <summary>
/// A list as templates see it: Fluid's own array, except that asking it for a member it does not have
/// (<c>mesa.committees.sise</c>) is an error instead of a silent nil. Everything else is delegated.
/// </summary>
public sealed class StrictListValue(ArrayValue inner) : FluidValue
{
    private static readonly string[] Members = ["size", "first", "last"];

    public override FluidValues Type => inner.Type;

    public override ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context) =>
        Members.Contains(name, StringComparer.Ordinal)
            ? inner.GetValueAsync(name, context)
            : throw new UndefinedVariableException($"lista.{name}");

    public override ValueTask<FluidValue> GetIndexAsync(FluidValue index, TemplateContext context) => inner.GetIndexAsync(index, context);

    public override bool Equals(FluidValue other) => inner.Equals(other is StrictListValue strict ? strict.Inner : other);

    public override bool ToBooleanValue() => inner.ToBooleanValue();

    public override decimal ToNumberValue() => inner.ToNumberValue();

    public override string ToStringValue() => inner.ToStringValue();

    public override object ToObjectValue() => inner.ToObjectValue();

    public override bool Contains(FluidValue value) => inner.Contains(value);

    public override IEnumerable<FluidValue> Enumerate(TemplateContext context) => inner.Enumerate(context);

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo) => inner.WriteToAsync(writer, encoder, cultureInfo);

    public override bool Equals(object? obj) => obj is FluidValue other && Equals(other);

    public override int GetHashCode() => inner.GetHashCode();

    private ArrayValue Inner => inner;
}
