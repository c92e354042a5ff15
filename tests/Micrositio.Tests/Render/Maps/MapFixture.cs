using Micrositio.Render.Maps;
using Micrositio.Tests.Support;
using YamlDotNet.Serialization;

namespace Micrositio.Tests.Render.Maps;

/// <summary>The real boundary file and the 32 states of input/estados.yml, a few of them with mesas.</summary>
public static class MapFixture
{
    private static readonly Lazy<string> TopoJsonText = new(() =>
        File.ReadAllText(Path.Combine(Repository.Input, "datos", "limites", "mexico-estados.topo.json")));

    private static readonly Lazy<IReadOnlyList<MapState>> StateList = new(ReadStates);

    public static string TopoJson => TopoJsonText.Value;

    /// <summary>Chihuahua has 1 mesa, Tamaulipas 5, Ciudad de México 2 and Tlaxcala 1; the rest none.</summary>
    public static IReadOnlyList<MapState> States => StateList.Value;

    public static MapState State(string code) => States.Single(s => s.Code == code);

    private static IReadOnlyList<MapState> ReadStates()
    {
        var mesas = new Dictionary<string, int> { ["08"] = 1, ["28"] = 5, ["09"] = 2, ["29"] = 1 };
        var entries = new DeserializerBuilder()
            .IgnoreUnmatchedProperties()
            .Build()
            .Deserialize<List<Dictionary<string, string>>>(File.ReadAllText(Path.Combine(Repository.Input, "estados.yml")));
        return entries
            .Select(e => new MapState(e["clave"], e["slug"], e["nombre"], $"/estados/{e["slug"]}/", mesas.GetValueOrDefault(e["clave"])))
            .ToList();
    }
}
