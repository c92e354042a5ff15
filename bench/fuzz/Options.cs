using System.Globalization;
using Micrositio.Tests.Fuzz.Harness;

namespace Micrositio.Fuzz;

/// <summary>The command line of the long run (Spanish, as every option people type).</summary>
public sealed record Options(uint Seed, long Cases, long From, bool Worker, bool Full, IReadOnlyList<FuzzTarget> Targets, int Processes = 1, DateTimeOffset? Deadline = null)
{
    public static Options? Parse(string[] args)
    {
        var options = new Options((uint)Environment.TickCount, 1000, 0, false, false, []);
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : "";
            switch (args[i])
            {
                case "--semilla" when uint.TryParse(Value(), CultureInfo.InvariantCulture, out var seed):
                    options = options with { Seed = seed };
                    break;
                case "--casos" when long.TryParse(Value(), CultureInfo.InvariantCulture, out var cases) && cases > 0:
                    options = options with { Cases = cases };
                    break;
                case "--desde" when long.TryParse(Value(), CultureInfo.InvariantCulture, out var from) && from >= 0:
                    options = options with { From = from };
                    break;
                case "--objetivo" when Enum.TryParse<FuzzTarget>(Value(), out var target):
                    options = options with { Targets = [.. options.Targets, target] };
                    break;
                case "--procesos" when int.TryParse(Value(), CultureInfo.InvariantCulture, out var processes) && processes > 0:
                    options = options with { Processes = processes };
                    break;
                case "--minutos" when double.TryParse(Value(), CultureInfo.InvariantCulture, out var minutes) && minutes > 0:
                    options = options with { Deadline = DateTimeOffset.UtcNow.AddMinutes(minutes) };
                    break;
                case "--hasta" when long.TryParse(Value(), CultureInfo.InvariantCulture, out var unix):
                    options = options with { Deadline = DateTimeOffset.FromUnixTimeSeconds(unix) };
                    break;
                case "--trabajador":
                    options = options with { Worker = true };
                    break;
                case "--completo":
                    options = options with { Full = true };
                    break;
                default:
                    return null;
            }
        }

        return options;
    }
}
