namespace Micrositio.Diagnostics;

/// <summary>
/// Collects the errors (and warnings) of a whole run so they can be reported together. Thread-safe,
/// because stages may work on documents in parallel; <see cref="Sorted"/> gives a deterministic order.
/// </summary>
public sealed class ErrorList
{
    private readonly List<BuildError> _errors = [];
    private readonly Lock _lock = new();

    public void Add(BuildError error)
    {
        lock (_lock)
        {
            _errors.Add(error);
        }
    }

    public void Add(Stage stage, string file, int? line, string? key, string message, string? hint = null) =>
        Add(new BuildError(stage, file, line, key, message, hint));

    public void Warn(Stage stage, string file, int? line, string? key, string message, string? hint = null) =>
        Add(new BuildError(stage, file, line, key, message, hint, IsWarning: true));

    /// <summary>The errors, in a deterministic order (warnings excluded).</summary>
    public IReadOnlyList<BuildError> Sorted() => Ordered(warnings: false);

    public IReadOnlyList<BuildError> SortedWarnings() => Ordered(warnings: true);

    private List<BuildError> Ordered(bool warnings)
    {
        lock (_lock)
        {
            return _errors
                .Where(e => e.IsWarning == warnings)
                .Distinct()
                .OrderBy(e => e.Stage)
                .ThenBy(e => e.File, StringComparer.Ordinal)
                .ThenBy(e => e.Line ?? 0)
                .ThenBy(e => e.Key, StringComparer.Ordinal)
                .ThenBy(e => e.Message, StringComparer.Ordinal)
                .ToList();
        }
    }
}
