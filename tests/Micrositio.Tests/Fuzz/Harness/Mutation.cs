namespace Micrositio.Tests.Fuzz.Harness;

/// <summary>
/// One damage to a file; <see cref="A"/>, <see cref="B"/> and <see cref="C"/> are generated numbers the kind
/// turns into positions, lengths and choices (modulo what the file allows), so CsCheck can shrink them.
/// </summary>
public sealed record Mutation(MutationKind Kind, int A, int B, int C)
{
    /// <summary>No case grows beyond this, so the time limit judges the readers, not the generator.</summary>
    public const int MaxBytes = 1024 * 1024;

    public byte[] Apply(byte[] bytes, IReadOnlyList<byte[]> donors)
    {
        var result = Mutations.Apply(this, bytes, donors);
        return result.Length > MaxBytes ? result[..MaxBytes] : result;
    }

    public override string ToString() => $"{Kind}({A},{B},{C})";
}
