using System.Text;

namespace Micrositio.Tests.Fuzz.Harness;

/// <summary>
/// One generated input: the shipped file <see cref="SeedPath"/> (relative to the repository) after
/// <see cref="Mutations"/>, fed to the reader of <see cref="Target"/>.
/// </summary>
public sealed record FuzzCase(FuzzTarget Target, string SeedPath, IReadOnlyList<Mutation> Mutations, byte[] Bytes)
{
    public bool LinksOutside => Mutations.Any(m => m.Kind == MutationKind.LinkOutside);

    public override string ToString() =>
        $"{Target} {SeedPath} [{string.Join(", ", Mutations)}] {Bytes.Length} bytes: \"{Preview(Bytes)}\"";

    /// <summary>The first bytes as printable text with escapes, enough to recognise a case in a report.</summary>
    public static string Preview(byte[] bytes, int length = 160)
    {
        var text = new StringBuilder();
        foreach (var b in bytes.Take(length))
        {
            text.Append(b is >= 0x20 and < 0x7f and not (byte)'\\' and not (byte)'"' ? ((char)b).ToString() : $"\\x{b:x2}");
        }

        return bytes.Length > length ? text + "…" : text.ToString();
    }
}
