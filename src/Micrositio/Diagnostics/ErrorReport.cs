using System.Globalization;

namespace Micrositio.Diagnostics;

/// <summary>
/// The error list as a person reads it: errors that differ only in their line (one cause repeated row after row) are
/// one entry listing the lines, and at most <see cref="Shown"/> entries are printed, then how many errors are left.
/// </summary>
public static class ErrorReport
{
    /// <summary>As Hugo does: a list longer than this is read as noise, and the first mistakes usually explain the rest.</summary>
    public const int Shown = 50;

    /// <summary>Lines of a repeated error listed before «…».</summary>
    private const int LinesListed = 5;

    /// <summary>A count as Spanish style writes it: groups of three digits separated by a space («2 594»).</summary>
    public static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture).Replace(',', ' ');

    /// <summary>The lines to print for <paramref name="errors"/>, in their order, ending with how many were left out.</summary>
    public static IReadOnlyList<string> Lines(IReadOnlyList<BuildError> errors, int shown = Shown)
    {
        var groups = errors
            .GroupBy(e => e with { Line = null })
            .Select(g => g.ToList())
            .ToList();
        var lines = groups.Take(shown).Select(Describe).ToList();
        var left = groups.Skip(shown).Sum(g => g.Count);
        if (left > 0)
        {
            lines.Add($"… y {Count(left)} {(left == 1 ? "error" : "errores")} más. Corrija estos y vuelva a ejecutar.");
        }

        return lines;
    }

    private static string Describe(List<BuildError> group)
    {
        if (group.Count == 1)
        {
            return group[0].ToString();
        }

        var numbered = group.Where(e => e.Line is not null).Select(e => e.Line!.Value).Distinct().Order().ToList();
        var listed = string.Join(", ", numbered.Take(LinesListed).Select(l => l.ToString(CultureInfo.InvariantCulture)));
        var where = numbered.Count == 0 ? "" : $" (líneas {listed}{(numbered.Count > LinesListed ? ", …" : "")})";
        var first = group[0] with { Message = group[0].Message.TrimEnd('.') + $"; se repite {Count(group.Count)} veces{where}." };
        return first.ToString();
    }
}
