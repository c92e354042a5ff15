using System.Text;
using Micrositio.Load;
using YamlDotNet.RepresentationModel;

namespace Micrositio.Tests.Fuzz.Harness;

/// <summary>Everything the Load stage read, as text, to look for bytes that came from outside the repository.</summary>
public static class LoadedText
{
    public static bool Contains(LoadedInput input, string marker) => All(input).Any(t => t.Contains(marker, StringComparison.Ordinal));

    private static IEnumerable<string> All(LoadedInput input)
    {
        var documents = input.StateIntros.Concat(input.Mesas).Concat(input.Achievements).Concat(input.PressReleases).Concat(input.Meetings).Concat(input.Pages);
        foreach (var document in documents)
        {
            yield return document.Source.Text;
        }

        var data = new[] { input.Site, input.Network, input.States, input.AllowedExceptions, input.BrandManual, input.Data.BoundariesSource }
            .Concat(input.Albums.Select(a => a.Album))
            .Concat(input.Data.Datasets.Select(d => d.Metadata))
            .OfType<DataFile>();
        foreach (var file in data)
        {
            foreach (var scalar in Scalars(file.Root))
            {
                yield return scalar;
            }
        }

        foreach (var text in input.Data.Datasets.Select(d => d.Csv).Append(input.Data.Municipalities).Append(input.Data.Boundaries).OfType<SourceFile>())
        {
            yield return text.Text;
        }

        foreach (var bytes in input.BrandFiles.Values)
        {
            yield return Encoding.UTF8.GetString(bytes);
        }

        foreach (var text in input.ProtectedNames.Concat(input.WithdrawnPhotos.Select(w => w.Entry)))
        {
            yield return text;
        }
    }

    // Each node once, however many aliases point at it, so an alias bomb does not make this walk explode.
    private static IEnumerable<string> Scalars(YamlNode root)
    {
        var seen = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<YamlNode>([root]);
        while (pending.TryPop(out var node))
        {
            if (!seen.Add(node))
            {
                continue;
            }

            switch (node)
            {
                case YamlScalarNode { Value: { } value }:
                    yield return value;
                    break;
                case YamlSequenceNode sequence:
                    sequence.Children.ToList().ForEach(pending.Push);
                    break;
                case YamlMappingNode mapping:
                    mapping.Children.SelectMany(c => new[] { c.Key, c.Value }).ToList().ForEach(pending.Push);
                    break;
            }
        }
    }
}
