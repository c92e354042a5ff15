using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Micrositio.Load;

/// <summary>
/// Checks a YAML text before it is turned into a tree: nesting depth and the number of values once aliases are
/// expanded are bounded, so a hostile file (a "billion laughs", thousands of nested brackets) is an error in
/// milliseconds instead of a hang or a stack overflow. It also reports syntax errors with the line of what was left open.
/// </summary>
public static class YamlLimits
{
    /// <summary>Far deeper than any file of the site needs (the brand manual nests five levels).</summary>
    public const int MaxDepth = 64;

    /// <summary>Values (scalars and collections) of one document, counting each alias as a copy of what it names.</summary>
    public const int MaxValues = 100_000;

    private const string AliasHint =
        "no use anclas ni alias («&nombre», «*nombre») para repetir contenido: escriba los valores directamente. " +
        "Un texto que empieza con «&» o «*» va entre comillas.";

    public static YamlProblem? Check(string yaml)
    {
        if (FlowDepth(yaml) is { } deep)
        {
            return TooDeep(deep);
        }

        var frames = new Stack<Frame>();
        var anchors = new Dictionary<string, long>(StringComparer.Ordinal);
        var lastLine = 1;
        long total = 0;
        var parser = new Parser(new StringReader(yaml));
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                lastLine = (int)current.Start.Line;
                long added;
                long counted;
                switch (current)
                {
                    case SequenceStart or MappingStart:
                        if (frames.Count >= MaxDepth)
                        {
                            return TooDeep(lastLine);
                        }

                        var flow = current is SequenceStart { Style: YamlDotNet.Core.Events.SequenceStyle.Flow } or MappingStart { Style: YamlDotNet.Core.Events.MappingStyle.Flow };
                        frames.Push(new Frame(((NodeEvent)current).Anchor.IsEmpty ? null : ((NodeEvent)current).Anchor.Value, lastLine, flow));
                        continue;
                    case SequenceEnd or MappingEnd:
                        var done = frames.Pop();
                        added = done.Size + 1;
                        counted = 1;
                        if (done.Anchor is { } name)
                        {
                            anchors[name] = added;
                        }

                        break;
                    case Scalar scalar:
                        added = counted = 1;
                        if (!scalar.Anchor.IsEmpty)
                        {
                            anchors[scalar.Anchor.Value] = 1;
                        }

                        break;
                    case AnchorAlias alias:
                        var named = alias.Value.Value;
                        if (frames.Any(f => f.Anchor == named))
                        {
                            return new YamlProblem(lastLine, $"el YAML no es válido: el alias «*{named}» está dentro del mismo valor que nombra, así que no termina nunca.", AliasHint);
                        }

                        if (!anchors.TryGetValue(named, out added))
                        {
                            return new YamlProblem(lastLine, $"el YAML no es válido: «*{named}» es un alias, pero no hay ningún ancla «&{named}» antes.", AliasHint);
                        }

                        counted = added;
                        break;
                    default:
                        continue;
                }

                // A collection's elements were counted as they came; its size goes up to its parent for the aliases that name it.
                total += counted;
                if (total > MaxValues)
                {
                    return new YamlProblem(lastLine,
                        $"el YAML no es válido: con sus alias («*») el archivo equivale a más de {Diagnostics.ErrorReport.Count(MaxValues)} valores; así es como un archivo pequeño bloquea la compilación.",
                        AliasHint);
                }

                if (frames.TryPop(out var parent))
                {
                    frames.Push(parent with { Size = parent.Size + added });
                }
            }

            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The parser fails without a position, or at the end of the file, when a «[» or «{» is left open; that line is the cause.
            var open = frames.FirstOrDefault(f => f.Flow);
            var aboutFlow = ex is not YamlException || ex.Message.Contains("flow", StringComparison.Ordinal);
            return open is null || !aboutFlow
                ? YamlMessages.Describe(ex, yaml, ex is YamlException y && y.Start.Line > 0 ? (int)y.Start.Line : lastLine)
                : YamlMessages.Unclosed(open.Line, yaml);
        }
    }

    private static YamlProblem TooDeep(int line) => new(line,
        $"el YAML no es válido: tiene más de {MaxDepth} niveles de listas o grupos de claves uno dentro de otro.",
        "revise que cada «[» y «{» se cierre con «]» y «}»; el contenido del sitio no necesita tantos niveles.");

    /// <summary>
    /// The line where unclosed «[» and «{» first go deeper than <see cref="MaxDepth"/>, found with a plain scan: the
    /// parser takes quadratic time on deep flow collections, so they must be refused before it sees them.
    /// </summary>
    private static int? FlowDepth(string yaml)
    {
        var depth = 0;
        var line = 1;
        foreach (var c in yaml)
        {
            switch (c)
            {
                case '\n':
                    line++;
                    break;
                case '[' or '{':
                    if (++depth > MaxDepth)
                    {
                        return line;
                    }

                    break;
                case ']' or '}':
                    depth = Math.Max(0, depth - 1);
                    break;
            }
        }

        return null;
    }

    private sealed record Frame(string? Anchor, int Line, bool Flow, long Size = 0);
}
