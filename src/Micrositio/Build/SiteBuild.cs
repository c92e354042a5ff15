using Micrositio.Assemble;
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
/// The build, as a fixed sequence of named stages: Load → Validate → Lint → Assemble → Render → PostProcess →
/// Write. Each stage records its errors and the build goes as far as it can, so one run reports every
/// mistake; nothing is written unless there were none.
/// </summary>
public static class SiteBuild
{
    /// <summary>The stages before Write; <c>check</c> stops here.</summary>
    public static BuildResult Generate(BuildOptions options, IProgress<Stage>? progress = null)
    {
        var errors = new ErrorList();
        var clock = new StepClock();
        T Run<T>(Stage stage, Func<T> work)
        {
            options.Cancellation.ThrowIfCancellationRequested();
            progress?.Report(stage);
            return clock.Time(stage.Spanish(), work);
        }

        var input = Run(Stage.Load, () => new InputReader(options.RootDirectory, options.InputDirectory, errors).Read());
        var content = Run(Stage.Validate, () => new ContentValidator(errors).Validate(input));
        if (content is null)
        {
            return Result([], errors, null, null, clock);
        }

        var scanner = new PersonalDataScanner(new SafetyPolicy(
            content.Site.MediaContacts.Select(c => c.Email).ToList(),
            content.Site.MediaContacts.Select(c => c.Phone).OfType<string>().ToList(),
            content.AllowedExceptions,
            input.ProtectedNames.Concat(options.ProtectedNames).ToList()));
        var reported = Run(Stage.Lint, () => new SourceTextLint(scanner, options.Strict, errors).Check(input));
        var site = Run(Stage.Assemble, () => new SiteAssembler(options.Now, errors).Assemble(content));
        var gallery = Run(Stage.Images, () => GalleryImages.Run(content, options.ImageCacheDirectory, content.Site.ImageLimits, errors));
        var theme = Render.Theme.Theme.Load(options.ThemesDirectory, content.Site.Theme, options.RootDirectory, errors);
        if (theme is null)
        {
            return Result([], errors, site, gallery, clock);
        }

        var pdfs = options.PdfMemory ?? new Render.Press.Pdf.PdfMemory(options.PdfCacheDirectory);
        var rendered = Run(Stage.Render, () => new SiteRenderer(theme, options.LogoCacheDirectory, errors, pdfs, clock, options.Cancellation).Render(site, gallery));

        var checkedSite = Run(Stage.PostProcess, () =>
        {
            // One-off builds keep what passed on disk; the preview keeps its own memory between rebuilds.
            var memory = options.CheckMemory ?? CheckMemory.Load(options.CheckCachePath);
            var context = CheckMemory.Context(
                [content.Site.Language, content.Site.BaseUrl.ToString(), options.Strict.ToString(), .. scanner.Policy.Describe(), .. reported.Order(StringComparer.Ordinal)],
                rendered.Published);
            var checks = new SiteChecks(content.Site.Language, content.Site.BaseUrl, content.BrandManual, scanner, reported, errors, clock).Run(rendered, context, memory, options.Cancellation);
            if (options.CheckMemory is null && errors.Sorted().Count == 0)
            {
                memory.Save(options.CheckCachePath);
            }

            return checks;
        });

        var result = Result(rendered.Published, errors, site, gallery, clock);
        return result with
        {
            Quick = result.Succeeded && rendered.Pages is { } pages ? new QuickRebuild(options, content, pages, checkedSite, scanner) : null,
            Statistics = result.Statistics with
            {
                LogosRendered = rendered.Work.LogosRendered,
                PdfsWritten = rendered.Work.PdfsWritten,
                PdfsReused = rendered.Work.PdfsReused,
                FilesChecked = checkedSite.Checked,
                FilesKnown = checkedSite.Known,
            },
        };
    }

    public static BuildResult Run(BuildOptions options, IProgress<Stage>? progress = null)
    {
        var result = Generate(options, progress);
        if (!result.Succeeded)
        {
            return result;
        }

        progress?.Report(Stage.Write);
        var errors = new ErrorList();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        OutputWriter.WriteAtomically(options.OutputDirectory, result.Files, errors);
        return result with { Errors = errors.Sorted(), Timings = [.. result.Timings, new StepTime(Stage.Write.Spanish(), System.Diagnostics.Stopwatch.GetElapsedTime(started)) { HeapBytes = GC.GetTotalMemory(false) }] };
    }

    private static BuildResult Result(IReadOnlyList<OutputFile> files, ErrorList errors, SiteModel? site, GalleryResult? gallery, StepClock clock) => new(
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
