using Micrositio.Assemble;
using Micrositio.Brand;
using Micrositio.Content;
using Micrositio.Diagnostics;
using Micrositio.Images;
using Micrositio.Images.Verification;
using Micrositio.Load;
using Micrositio.Preview.Netlify;
using Micrositio.Render.Markdown;

namespace Micrositio.Tests.Fuzz.Harness;

/// <summary>Runs a case through the entry point of its target's reader and gathers what it reported.</summary>
public sealed class FuzzReaders(DiskSite? disk, string imageCache)
{
    /// <summary>One image case in this many also goes through the Images stage (libvips decoding, seconds at worst).</summary>
    public const int PhotoShare = 16;

    private static readonly ContentIds NoIds = new(new Dictionary<string, string>(), new Dictionary<string, string>());

    /// <summary>Runs each target once on a shipped file, so loading the site and compiling code is not charged to the first cases.</summary>
    public static void WarmUp(FuzzOracle oracle)
    {
        foreach (var (target, seeds) in SeedCorpus.Instance.Seeds)
        {
            oracle.Check(new FuzzCase(target, seeds[0], [new Mutation(MutationKind.Token, 0, 0, 0)], SeedCorpus.Instance.Bytes[seeds[0]]));
        }
    }

    /// <summary>Whether cases of the site on disk may go through a whole build (their time limit is then a build's).</summary>
    public bool FullBuilds => disk?.FullBuilds ?? false;

    public ReaderOutcome Run(FuzzCase fuzzCase) => fuzzCase.Target switch
    {
        FuzzTarget.Content => Content(fuzzCase),
        FuzzTarget.DataYaml or FuzzTarget.DataText => InMemory(fuzzCase),
        FuzzTarget.Logo => Logo(fuzzCase),
        FuzzTarget.Netlify => Netlify(fuzzCase),
        FuzzTarget.Image => Image(fuzzCase),
        FuzzTarget.SiteOnDisk => (disk ?? throw new InvalidOperationException("No site on disk for this run.")).Run(fuzzCase),
        _ => throw new ArgumentOutOfRangeException(nameof(fuzzCase)),
    };

    private static ReaderOutcome InMemory(FuzzCase fuzzCase) =>
        ReaderOutcome.From(InMemoryInput.Check(fuzzCase.SeedPath, fuzzCase.Bytes), LineCounts.For(fuzzCase.SeedPath, fuzzCase.Bytes));

    // The site's checks, then the body through the Markdown renderer as the Render stage meets it.
    private static ReaderOutcome Content(FuzzCase fuzzCase)
    {
        var errors = InMemoryInput.Check(fuzzCase.SeedPath, fuzzCase.Bytes);
        // As in the build, a file the Load stage refuses (not UTF-8, too large) never reaches the renderer.
        var text = InputText.Decode(fuzzCase.Bytes, fuzzCase.SeedPath, new ErrorList());
        var split = text is null ? null : FrontMatterSplitter.Split(new SourceFile(fuzzCase.SeedPath, text), new ErrorList());
        if (split is not null)
        {
            new MarkdownRenderer(NoIds, errors).Render(split.Body);
        }

        return ReaderOutcome.From(errors, LineCounts.For(fuzzCase.SeedPath, fuzzCase.Bytes));
    }

    private static ReaderOutcome Logo(FuzzCase fuzzCase)
    {
        var errors = InMemoryInput.Check(fuzzCase.SeedPath, fuzzCase.Bytes);
        var problems = SvgLogoLint.Problems(fuzzCase.Bytes, ["#000000", "#ffffff", "rojo", "rgb(1 2 3)"]);
        SvgLogoLint.IntrinsicSize(fuzzCase.Bytes);
        var outcome = ReaderOutcome.From(errors, LineCounts.For(fuzzCase.SeedPath, fuzzCase.Bytes));
        return outcome with { Problems = problems };
    }

    private static ReaderOutcome Netlify(FuzzCase fuzzCase)
    {
        var text = InMemoryInput.Decode(fuzzCase.Bytes);
        var problems = new List<string>();
        NetlifyConfig.Parse(text, "netlify.toml", problems);
        var redirects = new List<string>();
        NetlifyConfig.ParseRedirectsFile(text, "output/_redirects", redirects);
        return ReaderOutcome.FromProblems([.. problems, .. redirects.Select(p => p.Replace("output/_redirects", "netlify.toml", StringComparison.Ordinal))], "netlify.toml");
    }

    private ReaderOutcome Image(FuzzCase fuzzCase)
    {
        ImageFormats.Sniff(fuzzCase.Bytes);
        var problems = ImageVerifier.Verify(fuzzCase.Bytes);
        if (fuzzCase.Mutations.Count == 0 || (uint)fuzzCase.Mutations[0].C % PhotoShare != 0)
        {
            return ReaderOutcome.FromProblems(problems, null);
        }

        var fileName = "foto" + Path.GetExtension(fuzzCase.SeedPath);
        var sourcePath = "input/galeria/prueba/" + fileName;
        var photo = new Photo("prueba", fileName, sourcePath, Path.Combine(imageCache, fileName), 1, "Una foto de prueba.", null, null, true, []);
        var errors = new ErrorList();
        var cache = Path.Combine(imageCache, Guid.NewGuid().ToString("N"));
        try
        {
            new PhotoProcessor(cache, ImageLimits.Default, errors).Process([(photo, fuzzCase.Bytes)]);
        }
        finally
        {
            if (Directory.Exists(cache))
            {
                Directory.Delete(cache, recursive: true);
            }
        }

        return ReaderOutcome.From(errors, new Dictionary<string, int> { [sourcePath] = 1 }) with { Problems = problems };
    }
}
