namespace Micrositio.Diagnostics;

/// <summary>An exception that knows the path it failed on, so <see cref="IoFailure"/> can name it.</summary>
public interface IPathException
{
    string Path { get; }
}
