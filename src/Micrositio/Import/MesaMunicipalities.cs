using Micrositio.Load;
using YamlDotNet.RepresentationModel;

namespace Micrositio.Import;

/// <summary>
/// The municipalities the mesas name, read straight from their front matter. The import needs only these two
/// keys, so it works even while other content (or the datasets it is about to replace) has errors.
/// </summary>
public static class MesaMunicipalities
{
    public static IReadOnlyList<MesaMunicipality> From(LoadedInput input)
    {
        var codeBySlug = new Dictionary<string, string>(StringComparer.Ordinal);
        if (input.States?.Root is YamlSequenceNode states)
        {
            foreach (var state in states.Children.OfType<YamlMappingNode>())
            {
                if (Scalar(state, "slug") is { } slug && Scalar(state, "clave") is { } code)
                {
                    codeBySlug[slug] = code;
                    codeBySlug[code] = code;
                }
            }
        }

        return input.Mesas
            .Where(m => Scalar(m.FrontMatter, "estado") is { } s && codeBySlug.ContainsKey(s))
            .SelectMany(m =>
            {
                var mesa = Path.GetFileNameWithoutExtension(m.Source.Path);
                var code = codeBySlug[Scalar(m.FrontMatter, "estado")!];
                return m.FrontMatter.Children.TryGetValue(new YamlScalarNode("municipios"), out var list) && list is YamlSequenceNode names
                    ? names.Children.OfType<YamlScalarNode>().Where(n => !string.IsNullOrWhiteSpace(n.Value)).Select(n => new MesaMunicipality(mesa, code, n.Value!))
                    : [];
            })
            .ToList();
    }

    private static string? Scalar(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) ? (node as YamlScalarNode)?.Value : null;
}
