namespace Micrositio.Load;

/// <summary>A text file read from <c>input/</c>. <see cref="Path"/> is relative to the repository root.</summary>
public sealed record SourceFile(string Path, string Text);
