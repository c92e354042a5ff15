namespace Micrositio.Images.Verification;

/// <summary>
/// The problems one verifier finds, each prefixed with the format's name. Capped, so that a file made of
/// thousands of tiny refused segments yields a readable list (and bounded memory) rather than thousands of lines.
/// </summary>
internal sealed class ProblemList(string format)
{
    public const int Limit = 40;

    private readonly List<string> problems = [];
    private int omitted;

    public int Count => problems.Count + omitted;

    public void Add(string problem)
    {
        if (problems.Count < Limit)
        {
            problems.Add($"{format}: {problem}");
        }
        else
        {
            omitted++;
        }
    }

    public IReadOnlyList<string> ToList()
    {
        if (omitted > 0)
        {
            problems.Add($"{format}: … y {omitted} problemas más del mismo archivo.");
            omitted = 0;
        }

        return problems;
    }
}
