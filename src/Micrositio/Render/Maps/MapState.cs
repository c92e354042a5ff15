namespace Micrositio.Render.Maps;

/// <summary>One state on the map: its INEGI code (<c>"01"</c>…<c>"32"</c>), where it links and how many mesas it has.</summary>
public sealed record MapState(string Code, string Slug, string Name, string Url, int MesaCount);
