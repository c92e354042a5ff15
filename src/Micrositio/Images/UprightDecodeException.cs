namespace Micrositio.Images;

/// <summary>A source photo that cannot be decoded upright; the message is Spanish and says why.</summary>
public sealed class UprightDecodeException(string message, Exception? innerException = null) : Exception(message, innerException);
