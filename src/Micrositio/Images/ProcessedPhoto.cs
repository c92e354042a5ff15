using Micrositio.Content;

namespace Micrositio.Images;

/// <summary>One published derivative of a photo: its pixel size, format and URL.</summary>
public sealed record ImageVariant(int Width, int Height, string MimeType, string Url);

/// <summary>
/// A photo after the Images stage. <see cref="Id"/> (12 hex digits of the SHA-256 of the source bytes)
/// starts the name of every derivative, so one 410 rule can retire them all.
/// </summary>
public sealed record ProcessedPhoto(Photo Photo, string Id, int Width, int Height, IReadOnlyList<ImageVariant> Variants);
