using Micrositio.Diagnostics;

namespace Micrositio.Write;

/// <summary>Writing the site failed at <see cref="Path"/>; <see cref="IoFailure"/> says why in Spanish.</summary>
public sealed class OutputWriteException(string path, Exception inner) : IOException(inner.Message, inner), IPathException
{
    public string Path { get; } = path;

    /// <summary>Records the failure as a Write error naming the path and the remedy.</summary>
    public static void Report(ErrorList errors, string path, Exception exception)
    {
        var failure = IoFailure.Find(exception, path) ?? IoFailure.Describe(exception, path);
        errors.Add(Stage.Write, failure.Path, null, null, failure.Problem, failure.Remedy);
    }
}
