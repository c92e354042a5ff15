namespace Micrositio.Content;

/// <summary>The three strategic axes of México SOS, as written in front matter (<c>eje</c>).</summary>
public static class Axis
{
    public const string Legislative = "legislativo";
    public const string Institutional = "institucional";
    public const string Citizen = "ciudadano";

    public static IReadOnlyList<string> All { get; } = [Legislative, Institutional, Citizen];

    public static string Title(string axis) => axis switch
    {
        Legislative => "Transformación legislativa",
        Institutional => "Fortalecimiento institucional",
        Citizen => "Activación ciudadana",
        _ => throw new ArgumentOutOfRangeException(nameof(axis), axis, null),
    };
}
