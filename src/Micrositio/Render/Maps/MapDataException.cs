namespace Micrositio.Render.Maps;

/// <summary>The boundary data and the list of states do not fit together, or the boundary file is unreadable.</summary>
public sealed class MapDataException(string message, Exception? innerException = null) : Exception(message, innerException);
