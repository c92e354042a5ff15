using Micrositio.Assemble;
using Micrositio.Content;
using Micrositio.Diagnostics;
using Micrositio.Images;
using Micrositio.Lint;
using Micrositio.Load;
using Micrositio.PostProcess;
using Micrositio.Render;
using Micrositio.Validate;
using Micrositio.Write;

namespace Micrositio.Build;

/// <summary>
/// The build, as a fixed sequence of named stages: Load → Validate → Lint → Assemble → Images → Render → PostProcess →
/// Write. Each stage records its errors and the build goes as far as it can, so one run reports every mistake; nothing
/// reaches output/ unless there were none. The pages go through Render, PostProcess and Write a batch at a time, so
/// memory holds one batch of them, not the site.
/// </summary>
public static class SiteBuild
{
    /// <summary>Pages rendered, read, checked and written together; enough to keep both cores busy, few enough to stay small.</summary>
    private const int PageBatch = 64;

    /// <summary>The whole build with the files kept in memory (<c>check</c>, the preview, tests); nothing is written.</summary>
    public static BuildResult Generate(BuildOptions options, IProgress<Stage>? progress = null) => Build(options, new KeptFiles(), progress);

    /// <summary>
    /// <c>build</c>: files are written into a staging folder as they are checked, and the folder replaces output/
    /// at the end if the build had no errors; otherwise it is deleted and output/ stays as it was.
    /// </summary>
    public static BuildResult Run(BuildOptions options, IProgress<Stage>? progress = null)
    {
        using var staging = new StagingFolder(options.OutputDirectory, options.RecycledOutputDirectory, options.CommitHook);
        var result = Build(options, staging, progress);
        if (!result.Succeeded)
        {
            return result;
        }

        progress?.Report(Stage.Write);
        var errors = new ErrorList();
        var commit = new StepClock();
        commit.Time(Stage.Write.Spanish(), () => staging.Commit(errors));
        var writing = result.Timings.FirstOrDefault(t => t.Name == Stage.Write.Spanish());
        var committed = commit.Steps[0];
        return result with
        {
            Files = staging.Files,
            Errors = errors.Sorted(),
            Warnings = [.. result.Warnings, .. errors.SortedWarnings()],
            Timings = [.. result.Timings.Where(t => t.Name != Stage.Write.Spanish()),
                committed with { Elapsed = committed.Elapsed + (writing?.Elapsed ?? TimeSpan.Zero), ProcessCpu = committed.ProcessCpu + (writing?.ProcessCpu ?? TimeSpan.Zero) }],
        };
    }

    private static BuildResult Build(BuildOptions options, IOutputSink output, IProgress<Stage>? progress)
    {
        var errors = new ErrorList();
        var clock = new StepClock();
        T Run<T>(Stage stage, Func<T> work) => RunStage(options, progress, clock, stage, work);

        if (Read(options, errors, clock, progress) is not var (content, scanner, reported))
        {
            return Result(output, errors, null, null, clock);
        }

        var site = Run(Stage.Assemble, () => new SiteAssembler(options.Now, errors).Assemble(content));
        var gallery = Run(Stage.Images, () => GalleryImages.Run(content, options.ImageCacheDirectory, content.Site.ImageLimits, errors));
        var theme = Render.Theme.Theme.Load(options.ThemesDirectory, content.Site.Theme, options.RootDirectory, errors);
        if (theme is null)
        {
            return Result(output, errors, site, gallery, clock);
        }

        var pdfs = options.PdfMemory ?? new Render.Press.Pdf.PdfMemory(options.PdfCacheDirectory);
        var rendered = Run(Stage.Render, () => new SiteRenderer(theme, options.LogoCacheDirectory, errors, pdfs, clock, options.Cancellation, options.KitCacheDirectory, options.SearchCacheDirectory).Render(site, gallery));

        // The PostProcess stage's total includes the pages' rendering and writing, a batch at a time (their own steps say how much).
        var checkedSite = Run(Stage.PostProcess, () =>
        {
            // One-off builds keep what passed on disk; the preview keeps its own memory between rebuilds.
            var memory = options.CheckMemory ?? CheckMemory.Load(options.CheckCachePath);
            var context = CheckMemory.Context(
                [content.Site.Language, content.Site.BaseUrl.ToString(), options.Strict.ToString(), .. scanner.Policy.Describe(), .. reported.Order(StringComparer.Ordinal)],
                rendered.Published);
            var checks = new SiteChecks(content.Site.Language, content.Site.BaseUrl, content.BrandManual, scanner, reported, errors, clock,
                rendered.Published, rendered.PublishedPaths, memory, context);
            checks.Check([.. rendered.Published, .. rendered.CheckedOnly], rendered.Lockups);
            clock.Time(Stage.Write.Spanish(), () => output.Add(rendered.Published));
            foreach (var jobs in rendered.Jobs.Chunk(PageBatch))
            {
                options.Cancellation.ThrowIfCancellationRequested();
                var pages = clock.Time("render: páginas", () => rendered.Pages.Render(jobs, site, errors, options.Cancellation));
                checks.Check(pages.Select(p => p.File).ToList(), rendered.Lockups);
                clock.Time(Stage.Write.Spanish(), () => output.Add(pages.Where(p => p.Published).Select(p => p.File).ToList()));
            }

            var known = checks.Finish();
            if (options.CheckMemory is null && errors.Sorted().Count == 0)
            {
                memory.Save(options.CheckCachePath);
            }

            return known;
        });

        var result = Result(output, errors, site, gallery, clock);
        return result with
        {
            Quick = result.Succeeded
                ? new QuickRebuild(options, content, rendered.Pages, checkedSite, scanner,
                    new Render.Press.ReleasePdfSource(theme.PdfFontsDirectory, rendered.Published.Where(f => f.Path.StartsWith("marca/", StringComparison.Ordinal)).ToList(), gallery, pdfs))
                : null,
            Statistics = result.Statistics with
            {
                LogosRendered = rendered.Work.LogosRendered,
                PdfsWritten = rendered.Work.PdfsWritten,
                PdfsReused = rendered.Work.PdfsReused,
                SearchIndexed = rendered.Work.SearchIndexed,
                FilesChecked = checkedSite.Checked,
                FilesKnown = checkedSite.Known,
            },
        };
    }

    /// <summary>
    /// Load, Validate and Lint: the typed content, the personal-data scanner of its safety policy and what the lint
    /// reported, or null when the content cannot be built. The loaded input (every file's text and YAML tree, a fifth of
    /// the heap of a 5,000-page build) is not needed after these stages, so it stays in this method and is collected
    /// while the site is rendered.
    /// </summary>
    private static (ContentSet Content, PersonalDataScanner Scanner, IReadOnlySet<string> Reported)? Read(
        BuildOptions options, ErrorList errors, StepClock clock, IProgress<Stage>? progress)
    {
        // Nothing is read before every entry is known to be a plain file or folder (no links, no FIFOs).
        if (!SourceTree.Check(options.RootDirectory, [options.InputDirectory, options.ThemesDirectory], errors))
        {
            return null;
        }

        var input = RunStage(options, progress, clock, Stage.Load, () => new InputReader(options.RootDirectory, options.InputDirectory, errors, options.Cancellation).Read());
        var content = RunStage(options, progress, clock, Stage.Validate, () => new ContentValidator(errors, options.Cancellation).Validate(input));
        if (content is null)
        {
            return null;
        }

        var scanner = new PersonalDataScanner(new SafetyPolicy(
            content.Site.MediaContacts.Select(c => c.Email).ToList(),
            content.Site.MediaContacts.Select(c => c.Phone).OfType<string>().ToList(),
            content.AllowedExceptions,
            input.ProtectedNames.Concat(options.ProtectedNames).ToList()));
        var reported = RunStage(options, progress, clock, Stage.Lint, () => new SourceTextLint(scanner, options.Strict, errors).Check(input, options.Cancellation));
        return (content, scanner, reported);
    }

    private static T RunStage<T>(BuildOptions options, IProgress<Stage>? progress, StepClock clock, Stage stage, Func<T> work)
    {
        options.Cancellation.ThrowIfCancellationRequested();
        progress?.Report(stage);
        return clock.Time(stage.Spanish(), work);
    }

    private static BuildResult Result(IOutputSink output, ErrorList errors, SiteModel? site, GalleryResult? gallery, StepClock clock)
    {
        var files = output.Files;
        return new(
            files,
            errors.Sorted(),
            errors.SortedWarnings(),
            site is null
                ? BuildStatistics.Empty with { Files = files.Count }
                : new BuildStatistics(
                    files.Count(f => f.IsHtml),
                    site.MesasBySlug.Count,
                    site.Content.States.Count,
                    site.AchievementsNewestFirst.Count,
                    site.PublishedReleases.Count,
                    site.Content.PressReleases.Count - site.PublishedReleases.Count,
                    site.MeetingsNewestFirst.Count,
                    files.Count,
                    files.Sum(f => f.Length),
                    gallery?.Processed ?? 0,
                    gallery?.Reused ?? 0))
        {
            Timings = clock.Steps,
        };
    }
}
