namespace Micrositio.Validate;

/// <summary>The allowed keys of one kind of front matter or data record.</summary>
public sealed record Schema(string Name, IReadOnlyList<FieldSpec> Fields)
{
    public FieldSpec? Find(string key) => Fields.FirstOrDefault(f => f.Key == key);

    public static FieldSpec Required(string key, FieldType type, string description, string example) =>
        new(key, type, true, description, example);

    public static FieldSpec Optional(string key, FieldType type, string description, string example) =>
        new(key, type, false, description, example);
}
