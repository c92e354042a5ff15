using Micrositio.Build;
using Micrositio.Diagnostics;
using Micrositio.Load;
using Micrositio.Tests.Support;
using Micrositio.Validate;

namespace Micrositio.Tests.Build;

/// <summary>
/// The preview cancels a whole build that a newer edit made stale; the build must stop inside its long steps, not only
/// between stages, or it keeps a core from the next edit's quick path.
/// </summary>
public sealed class CancellationTests
{
    [Fact]
    public void A_cancelled_validation_stops_between_content_files()
    {
        var input = new InputReader(Repository.Root, Repository.Input, new ErrorList()).Read();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => new ContentValidator(new ErrorList(), cancelled.Token).Validate(input));
        Assert.NotNull(new ContentValidator(new ErrorList()).Validate(input));
    }

    [Fact]
    public void A_build_cancelled_while_rendering_throws_leaves_the_output_as_it_was_and_no_staging_folder()
    {
        using var site = SiteFixture.Create("");
        Assert.True(site.Run().Succeeded);
        var before = Directory.GetFiles(site.OutputDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

        // Cancelled as the Render stage starts: everything after it (page models, search index, pages) must stop.
        using var cancellation = new CancellationTokenSource();
        var progress = new SynchronousProgress(stage =>
        {
            if (stage == Stage.Render)
            {
                cancellation.Cancel();
            }
        });
        Assert.ThrowsAny<OperationCanceledException>(() => SiteBuild.Run(site.Options with { Cancellation = cancellation.Token }, progress));

        Assert.Equal(before, Directory.GetFiles(site.OutputDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList());
        Assert.DoesNotContain(Directory.GetDirectories(site.Root), d => Path.GetFileName(d).StartsWith(".output", StringComparison.Ordinal));
    }

    private sealed class SynchronousProgress(Action<Stage> report) : IProgress<Stage>
    {
        public void Report(Stage value) => report(value);
    }
}
