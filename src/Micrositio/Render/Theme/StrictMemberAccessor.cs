using System.Collections.Concurrent;
using System.Reflection;
using Fluid;

namespace Micrositio.Render.Theme;

/// <summary>
/// Reads view-model properties for templates, case-insensitively, and throws for a property that does not
/// exist. Fluid's own StrictVariables also throws for a property whose value is null, which would forbid
/// optional values (<c>{% if mesa.founded %}</c>); this keeps "unknown name" an error and null a plain nil.
/// </summary>
public sealed class StrictMemberAccessor : IMemberAccessor
{
    private static readonly ConcurrentDictionary<(Type, string), PropertyInfo?> Properties = new();

    public object? Get(object obj, string name, TemplateContext ctx)
    {
        var property = Properties.GetOrAdd((obj.GetType(), name), key =>
            key.Item1.GetProperty(key.Item2, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase));
        return property is null
            ? throw new UndefinedVariableException($"{obj.GetType().Name.Replace("View", "", StringComparison.Ordinal)}.{name}")
            : property.GetValue(obj);
    }
}

/// <summary>A template used a variable or property that the theme model does not have.</summary>
public sealed class UndefinedVariableException(string name) : InvalidOperationException($"la variable «{name}» no existe")
{
    public string Name { get; } = name;
}
