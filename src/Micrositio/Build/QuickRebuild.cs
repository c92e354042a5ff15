using Micrositio.Assemble;
using Micrositio.Content;
using Micrositio.Diagnostics;
using Micrositio.Lint;
using Micrositio.Load;
using Micrositio.PostProcess;
using Micrositio.Render;
using Micrositio.Render.Feeds;
using Micrositio.Render.Press;
using Micrositio.Validate;
using Micrositio.Write;

namespace Micrositio.Build;

/// <summary>
/// The preview's quick path after a build without errors. When the only files that changed are content Markdown
/// files, their pages are made again against that build's model, through the same stages a whole build runs
/// (read, lint, validate, assemble, render, check), so an edited page is shown in milliseconds; the whole build
/// follows and brings the rest (listings, feeds, the search index). An edited release's PDF is made with its page. Whatever it cannot judge alone — another
/// kind of file, a new or deleted file, a mistake, a finding of the personal-data lint — gives null, and only the
/// whole build runs, which reports it.
/// </summary>
public sealed class QuickRebuild(BuildOptions options, ContentSet content, PageRenderer pages, CheckedSite checks, PersonalDataScanner scanner, ReleasePdfSource pdfs)
{
    /// <returns>The published pages made from the changed files, and the quick path for the next edit; or null.</returns>
    public (IReadOnlyList<OutputFile> Files, QuickRebuild Next)? Run(IReadOnlyCollection<string> changedPaths, DateTimeOffset now)
    {
        var errors = new ErrorList();
        var reader = new InputReader(options.RootDirectory, options.InputDirectory, errors);
        var lint = new SourceTextLint(scanner, options.Strict, errors);
        var edited = content;
        var sources = new List<string>();
        foreach (var path in changedPaths.Distinct(StringComparer.Ordinal))
        {
            if (!File.Exists(path) && !Directory.Exists(path) && !path.EndsWith(".md", StringComparison.Ordinal))
            {
                continue; // a scratch file an editor wrote and removed while saving
            }

            if (!File.Exists(path) || reader.ReadContentFile(path) is not { } document)
            {
                return null;
            }

            lint.CheckDocument(document);
            if (errors.Sorted().Count > 0 || errors.SortedWarnings().Count > 0 || new ContentValidator(errors).Replace(edited, document) is not { } next)
            {
                return null;
            }

            edited = next;
            sources.Add(document.Source.Path);
        }

        var site = new SiteAssembler(now, errors).Assemble(edited);

        // An edited release's PDF is made again first: its page links to it with its size.
        var renderer = pages;
        var files = new List<OutputFile>();
        foreach (var release in site.PublishedReleases.Where(r => sources.Contains(r.SourcePath)))
        {
            if (pdfs.For(site, errors).ReleasePdf(release) is { } pdf)
            {
                renderer = renderer.WithPdf(release.SourcePath, new AtomFeed.Enclosure("/" + pdf.Path, pdf.Length));
                files.Add(pdf);
            }
        }

        var rendered = sources.SelectMany(source => renderer.RenderFrom(source, site, errors)).ToList();
        if (errors.Sorted().Count > 0 || rendered.Count == 0)
        {
            return null;
        }

        checks.CheckPages(rendered, files, errors);
        return errors.Sorted().Count > 0
            ? null
            : ([.. rendered.Where(p => p.Published).Select(p => p.File).Concat(files).OrderBy(f => f.Path, StringComparer.Ordinal)],
                new QuickRebuild(options, edited, renderer, checks, scanner, pdfs));
    }
}
