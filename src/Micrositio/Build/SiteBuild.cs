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

        progress?.Report(Stage.Load);
        var input = new InputReader(options.RootDirectory, options.InputDirectory, errors).Read();

        progress?.Report(Stage.Validate);
        var content = new ContentValidator(errors).Validate(input);
        if (content is null)
        {
            return Result([], errors, null, null);
        }

        progress?.Report(Stage.Lint);
        var scanner = new PersonalDataScanner(new SafetyPolicy(
            content.Site.MediaContacts.Select(c => c.Email).ToList(),
            content.Site.MediaContacts.Select(c => c.Phone).OfType<string>().ToList(),
            content.AllowedExceptions,
            input.ProtectedNames.Concat(options.ProtectedNames).ToList()));
        var reported = new SourceTextLint(scanner, options.Strict, errors).Check(input);

        progress?.Report(Stage.Assemble);
        var site = new SiteAssembler(options.Now, errors).Assemble(content);

        progress?.Report(Stage.Images);
        var gallery = GalleryImages.Run(content, options.ImageCacheDirectory, content.Site.ImageLimits, errors);

        progress?.Report(Stage.Render);
        var theme = Render.Theme.Theme.Load(options.ThemesDirectory, content.Site.Theme, options.RootDirectory, errors);
        if (theme is null)
        {
            return Result([], errors, site, gallery);
        }

        var pdfs = options.PdfMemory ?? new Render.Press.Pdf.PdfMemory(options.PdfCacheDirectory);
        var rendered = new SiteRenderer(theme, options.LogoCacheDirectory, errors, pdfs).Render(site, gallery);

        progress?.Report(Stage.PostProcess);
        // A file that passed in an earlier build with the same settings is not checked again (the preview's rebuilds).
        var everything = rendered.Published.Concat(rendered.CheckedOnly).ToList();
        var memory = options.CheckMemory;
        var context = CheckMemory.Context(
            [content.Site.Language, content.Site.BaseUrl.ToString(), options.Strict.ToString(), .. scanner.Policy.Describe(), .. reported.Order(StringComparer.Ordinal)],
            rendered.Published);
        var (toCheck, known) = memory?.Partition(context, everything, rendered.Lockups) ?? (everything, []);
        var publishedToCheck = known.Count == 0 ? rendered.Published : rendered.Published.Where(f => !known.ContainsKey(f.Path)).ToList();
        var pages = ParsedPage.ParseAll(toCheck);
        var links = new HtmlChecker(content.Site.Language, content.Site.BaseUrl, errors).Check(rendered.Published, pages, known);
        new OutputPrivacyCheck(scanner, reported, errors).Check(publishedToCheck, pages);
        new PublishedImageCheck(errors).Check(publishedToCheck);
        new LogoCheck(content.BrandManual, rendered.Lockups, errors).Check(rendered.Published, pages);
        if (errors.Sorted().Count == 0)
        {
            memory?.Remember(links);
        }

        return Result(rendered.Published, errors, site, gallery);
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
        OutputWriter.WriteAtomically(options.OutputDirectory, result.Files, errors);
        return result with { Errors = errors.Sorted() };
    }

    private static BuildResult Result(IReadOnlyList<OutputFile> files, ErrorList errors, SiteModel? site, GalleryResult? gallery) => new(
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
                files.Sum(f => (long)f.Bytes.Length),
                gallery?.Processed ?? 0,
                gallery?.Reused ?? 0));
}
