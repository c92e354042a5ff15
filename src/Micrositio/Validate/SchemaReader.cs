using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;
using Micrositio.Diagnostics;
using Micrositio.Text;
using YamlDotNet.RepresentationModel;

namespace Micrositio.Validate;

/// <summary>
/// Checks a YAML mapping against a <see cref="Schema"/> and converts its values. Every problem becomes a
/// <see cref="BuildError"/> naming file, line and key; reading goes on so one run reports them all.
/// </summary>
public sealed partial class SchemaReader(string file, ReferenceIndex references, ErrorList errors, Stage stage = Stage.Validate)
{
    public FieldValues Read(YamlMappingNode mapping, Schema schema, string? parentKey = null)
    {
        var values = new Dictionary<string, FieldValue>(StringComparer.Ordinal);
        var mappingLine = Line(mapping);

        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var qualified = Qualify(parentKey, key);
            var spec = schema.Find(key);
            if (spec is null)
            {
                var suggestion = Spelling.Closest(key, schema.Fields.Select(f => f.Key));
                errors.Add(stage, file, Line(keyNode), qualified, "esta clave no existe en " + schema.Name + ".",
                    (suggestion is null ? "" : $"¿quiso decir «{suggestion}»? ") +
                    "Las claves permitidas son: " + string.Join(", ", schema.Fields.Select(f => f.Key)) + ".");
                continue;
            }

            if (IsNull(valueNode))
            {
                if (spec.Required)
                {
                    errors.Add(stage, file, Line(keyNode), qualified, $"está vacía; se esperaba {spec.Type.Expected}.",
                        $"escriba un valor, por ejemplo «{key}: {spec.Example}».");
                }

                continue;
            }

            if (Convert(valueNode, spec.Type, qualified, spec) is { } converted)
            {
                values[key] = new FieldValue(converted, Line(valueNode));
            }
        }

        foreach (var spec in schema.Fields.Where(f => f.Required))
        {
            var present = mapping.Children.Keys.Any(k => (k as YamlScalarNode)?.Value == spec.Key);
            if (!present)
            {
                errors.Add(stage, file, mappingLine, Qualify(parentKey, spec.Key),
                    $"falta esta clave obligatoria ({spec.Description}).",
                    $"agregue una línea como «{spec.Key}: {spec.Example}».");
            }
        }

        return new FieldValues(schema, mappingLine, values);
    }

    private object? Convert(YamlNode node, FieldType type, string key, FieldSpec spec)
    {
        switch (type)
        {
            case FieldType.ListOf list:
                if (node is not YamlSequenceNode sequence)
                {
                    return Fail(node, key, type, spec);
                }

                var items = new List<object>();
                foreach (var item in sequence.Children)
                {
                    if (IsNull(item))
                    {
                        errors.Add(stage, file, Line(item), key, "la lista tiene un elemento vacío.", "borre la línea «- » sin valor.");
                        continue;
                    }

                    if (Convert(item, list.Item, key, spec) is { } converted)
                    {
                        items.Add(converted);
                    }
                }

                return items;

            case FieldType.Record record:
                return node is YamlMappingNode map ? Read(map, record.Schema, key) : Fail(node, key, type, spec);

            case FieldType.MapOf mapOf:
                if (node is not YamlMappingNode entries)
                {
                    return Fail(node, key, type, spec);
                }

                var named = new List<NamedValue>();
                foreach (var (entryKey, entryValue) in entries.Children)
                {
                    var name = (entryKey as YamlScalarNode)?.Value ?? "";
                    if (!Slugs.IsValid(name))
                    {
                        errors.Add(stage, file, Line(entryKey), Qualify(key, name), $"«{name}» no sirve como clave: se esperaba {mapOf.KeyMeaning}.",
                            $"use minúsculas sin acentos separadas por guiones, por ejemplo «{Slugs.From(name)}».");
                        continue;
                    }

                    if (Convert(entryValue, mapOf.Item, Qualify(key, name), spec) is { } converted)
                    {
                        named.Add(new NamedValue(name, Line(entryKey), converted));
                    }
                }

                return named;
        }

        if (node is not YamlScalarNode scalar || scalar.Value is null)
        {
            return Fail(node, key, type, spec);
        }

        var text = scalar.Value.Trim();
        object? value = type switch
        {
            FieldType.Text => text.Length > 0 ? text : null,
            FieldType.Number number => double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) && n >= number.Min && n <= number.Max ? n : null,
            FieldType.HexColor => HexColor().IsMatch(text) ? text.ToLowerInvariant() : null,
            FieldType.Sha256 => Sha256Hex().IsMatch(text) ? text : null,
            FieldType.SponsorRef => references.SponsorIds.Contains(text) ? text : null,
            FieldType.Integer integer => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i >= integer.Min ? i : null,
            FieldType.Boolean => text switch { "true" => true, "false" => false, _ => null },
            FieldType.Date => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null,
            FieldType.PartialDate => Content.PartialDate.TryParse(text),
            FieldType.DateTimeWithOffset => ParseDateTimeWithOffset(text),
            FieldType.DateOrDateTime => Content.PublicationDate.TryParse(text),
            FieldType.AbsoluteUrl => Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps ? uri : null,
            FieldType.Email => IsEmail(text) ? text : null,
            FieldType.TimeZoneId => TryFindTimeZone(text),
            FieldType.OneOf oneOf => oneOf.Values.Contains(text, StringComparer.Ordinal) ? text : null,
            FieldType.StateRef => references.StateSlugByKey.TryGetValue(text, out var slug) ? slug : references.StatesKnown ? null : text,
            FieldType.MesaRef => references.MesaSlugs.Contains(text) ? text : null,
            FieldType.ContactRef => references.ContactIds.Contains(text) || !references.ContactsKnown ? text : null,
            _ => throw new NotSupportedException(type.GetType().Name),
        };

        return value ?? Fail(node, key, type, spec, text);
    }

    private object? Fail(YamlNode node, string key, FieldType type, FieldSpec spec, string? found = null)
    {
        var what = found is not null ? $"«{found}»" : node switch
        {
            YamlScalarNode { Value: { } value } => $"«{value}»",
            YamlSequenceNode => "una lista",
            YamlMappingNode => "un grupo de claves",
            _ => "otra cosa",
        };
        var hint = type switch
        {
            FieldType.StateRef => "use uno de los slugs de input/estados.yml" + Spelling.Suggestion(found, references.StateSlugByKey.Values) + ".",
            FieldType.MesaRef => "use el nombre de un archivo de input/mesas/ sin «.md»" + Spelling.Suggestion(found, references.MesaSlugs) + ".",
            FieldType.SponsorRef => "declare el patrocinador en «patrocinadores» de input/marca/manual.yml" + Spelling.Suggestion(found, references.SponsorIds) + ".",
            FieldType.ContactRef => "declare el contacto en «contactos_prensa» de input/sitio.yml o use uno de: " + string.Join(", ", references.ContactIds.Order(StringComparer.Ordinal)) + ".",
            FieldType.OneOf oneOf => "use exactamente uno de: " + string.Join(", ", oneOf.Values) + Spelling.Suggestion(found, oneOf.Values) + ".",
            FieldType.ListOf or FieldType.Record or FieldType.MapOf => $"vea el ejemplo de «{spec.Key}» en el README: {spec.Example}",
            _ => $"por ejemplo «{spec.Key}: {spec.Example}».",
        };
        errors.Add(stage, file, Line(node), key, $"se esperaba {type.Expected}, pero dice {what}.", hint);
        return null;
    }

    private static DateTimeOffset? ParseDateTimeWithOffset(string text) =>
        OffsetDateTime().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dto) ? dto : null;

    private static bool IsEmail(string text) =>
        SimpleEmail().IsMatch(text) && MailAddress.TryCreate(text, out var address) && address.Address == text;

    private static TimeZoneInfo? TryFindTimeZone(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Value: null or "" or "~" or "null", Style: YamlDotNet.Core.ScalarStyle.Plain };

    private static int Line(YamlNode node) => (int)node.Start.Line;

    private static string Qualify(string? parent, string key) => parent is null ? key : $"{parent}.{key}";

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)$")]
    private static partial Regex OffsetDateTime();

    [GeneratedRegex(@"^#[0-9a-fA-F]{6}$")]
    private static partial Regex HexColor();

    [GeneratedRegex(@"^[0-9a-f]{64}$")]
    private static partial Regex Sha256Hex();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex SimpleEmail();
}
