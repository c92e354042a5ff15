namespace Micrositio.Validate;

/// <summary>
/// One key of a schema. <see cref="Description"/> and <see cref="Example"/> (a YAML value) are written
/// for content authors: they appear in error hints and in the files <c>new</c> scaffolds.
/// </summary>
public sealed record FieldSpec(string Key, FieldType Type, bool Required, string Description, string Example);
