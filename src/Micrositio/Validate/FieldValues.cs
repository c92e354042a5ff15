namespace Micrositio.Validate;

/// <summary>
/// The validated, converted values of one mapping, keyed by schema key. A value that was missing or invalid
/// (already reported) is absent. Getters only accept keys of the schema the values were read with, so a
/// typo in code fails loudly instead of reading an empty value.
/// </summary>
public sealed class FieldValues(Schema schema, int line, IReadOnlyDictionary<string, FieldValue> values)
{
    public int Line => line;

    public T? Find<T>(string key)
    {
        if (schema.Find(key) is null)
        {
            throw new ArgumentException($"'{key}' is not a key of schema {schema.Name}.", nameof(key));
        }

        return values.TryGetValue(key, out var v) ? (T)v.Value : default;
    }

    public IReadOnlyList<T> List<T>(string key) =>
        Find<IReadOnlyList<object>>(key)?.Cast<T>().ToList() ?? [];

    public int LineOf(string key) => values.TryGetValue(key, out var v) ? v.Line : line;
}

public sealed record FieldValue(object Value, int Line);

/// <summary>One entry of a <see cref="FieldType.MapOf"/>: the author's key, its line and its converted value.</summary>
public sealed record NamedValue(string Key, int Line, object Value);
