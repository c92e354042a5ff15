using Micrositio.Diagnostics;

namespace Micrositio.Tests.Fuzz.Harness;

/// <summary>
/// What a reader reported for a case: errors and warnings (with the line count of each file they may name), problems
/// as plain strings with the name each must start with, and any property the runner itself saw broken.
/// </summary>
public sealed record ReaderOutcome(
    IReadOnlyList<BuildError> Errors,
    IReadOnlyDictionary<string, int> LineCounts,
    IReadOnlyList<string> Problems,
    string? ProblemPrefix,
    string? Violation)
{
    public static ReaderOutcome From(ErrorList errors, IReadOnlyDictionary<string, int> lineCounts, string? violation = null) =>
        new([.. errors.Sorted(), .. errors.SortedWarnings()], lineCounts, [], null, violation);

    public static ReaderOutcome FromProblems(IReadOnlyList<string> problems, string? prefix) =>
        new([], new Dictionary<string, int>(), problems, prefix, null);
}
