using CsCheck;

namespace Micrositio.Tests.Fuzz.Harness;

/// <summary>
/// CsCheck generators of fuzz cases: a target (weighted towards the cheap, text-heavy readers), one of its shipped
/// files and one to three mutations. Every number is generated, so a failing case shrinks to a small one.
/// </summary>
public static class FuzzGen
{
    /// <summary>Weights of the targets; the site on disk is the slow share.</summary>
    public static IReadOnlyList<(FuzzTarget Target, int Weight)> Weights { get; } =
    [
        (FuzzTarget.Content, 30), (FuzzTarget.DataYaml, 25), (FuzzTarget.DataText, 10), (FuzzTarget.Logo, 9),
        (FuzzTarget.Netlify, 8), (FuzzTarget.Image, 14), (FuzzTarget.SiteOnDisk, 4),
    ];

    /// <summary>The mutations that make large inputs are a fifth as frequent as the others: each costs as much as many small ones.</summary>
    public static Gen<Mutation> Mutation { get; } = Gen.Select(
        Gen.Frequency(Enum.GetValues<MutationKind>().Select(k => (k is MutationKind.DeepNesting or MutationKind.HugeValue or MutationKind.LongLines ? 1 : 5, k)).ToArray()),
        Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue],
        (kind, a, b, c) => new Mutation(kind, a, b, c));

    /// <summary>Cases of the given targets (all by default), from <paramref name="corpus"/>.</summary>
    public static Gen<FuzzCase> Cases(SeedCorpus corpus, IReadOnlyCollection<FuzzTarget>? targets = null)
    {
        var chosen = Weights.Where(w => targets is null || targets.Contains(w.Target)).ToList();
        return Gen.Frequency(chosen.Select(w => (w.Weight, (IGen<FuzzCase>)For(corpus, w.Target))).ToArray());
    }

    public static Gen<FuzzCase> For(SeedCorpus corpus, FuzzTarget target)
    {
        var seeds = corpus.Seeds[target];
        var donors = corpus.Donors(target);
        return Gen.Select(Gen.Int[0, seeds.Count - 1], Mutation.Array[1, 3], (seed, mutations) =>
        {
            var bytes = corpus.Bytes[seeds[seed]];
            foreach (var mutation in mutations)
            {
                bytes = mutation.Apply(bytes, donors);
            }

            return new FuzzCase(target, seeds[seed], mutations, bytes);
        });
    }
}
