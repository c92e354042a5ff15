using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Micrositio.Assemble;
using Micrositio.Diagnostics;
using Micrositio.Load;

namespace Micrositio.Render.Markdown;

/// <summary>
/// Turns Markdown bodies into HTML with one shared pipeline (built once, as Markdig intends). Between
/// parsing and rendering it enforces the content rules: no raw HTML (it could carry script), no
/// <c>#</c> headings (the template owns the page title), no unsafe link schemes, and content ids
/// (<c>mesa:ciudad-juarez</c>) resolved to URLs.
/// </summary>
/// <remarks>Without <c>ids</c> (a body whose page is not built) every rule but the content ids' is checked.</remarks>
public sealed class MarkdownRenderer(ContentIds? ids, ErrorList errors)
{
    /// <summary>The site's one Markdown pipeline; tests of the press PDFs parse their samples with it too.</summary>
    internal static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseFootnotes()
        .UseAutoIdentifiers(AutoIdentifierOptions.AllowOnlyAscii)
        .UseSmartyPants()
        .Build();

    private static readonly string[] SafeSchemes = ["http:", "https:", "mailto:"];

    public string Render(MarkdownSource source)
    {
        if (source.IsBlank)
        {
            return "";
        }

        using var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        try
        {
            renderer.Render(Parse(source));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Unreadable(source, source.FirstLine);
            return "";
        }

        writer.Flush();
        return AlignmentClasses(writer.ToString());
    }

    /// <summary>
    /// The body as a checked syntax tree: refused HTML removed and content ids resolved to site URLs. The
    /// HTML page and the press PDF are both made from it, so they say the same thing.
    /// </summary>
    public MarkdownDocument Parse(MarkdownSource source)
    {
        if (MarkdownDepth.TooManyMarkers(source.Text) is { } line)
        {
            Unreadable(source, source.FirstLine + line);
            return new MarkdownDocument();
        }

        if (MarkdownDepth.TooManyLinks(source.Text) is { } crowded)
        {
            errors.Add(Stage.Render, source.File, source.FirstLine + crowded, null,
                $"un solo párrafo tiene más de {MarkdownDepth.MaxLinksPerBlock} enlaces o imágenes («](»), y así no se puede leer a tiempo.",
                "separe el texto en párrafos con una línea en blanco entre ellos, o revise si pegó el mismo texto muchas veces.");
            return new MarkdownDocument();
        }

        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(source.Text, Pipeline);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Markdig refuses deep nesting with an exception; any other failure is the text's too, never an internal error.
            Unreadable(source, source.FirstLine);
            return new MarkdownDocument();
        }

        if (MarkdownDepth.TooDeep(document) is { } deep)
        {
            Unreadable(source, source.FirstLine + LineOf(source, deep));
            return new MarkdownDocument();
        }

        var refused = new List<MarkdownObject>();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HtmlBlock or HtmlInline:
                    Error(source, node, "el texto contiene HTML; por seguridad solo se admite Markdown.",
                        "quite las etiquetas «<...>» y use Markdown: **negritas**, _cursivas_, [enlaces](mesa:slug), listas y tablas.");
                    refused.Add(node);
                    break;
                case HeadingBlock { Level: 1 }:
                    Error(source, node, "los títulos de nivel 1 («# ...») no se usan en el texto: la plantilla ya muestra el título.",
                        "use «## » para las secciones y «### » para subsecciones.");
                    break;
                case LinkInline link:
                    link.Url = Rewrite(source, link, link.Url ?? "");
                    break;
            }
        }

        // Refused HTML is also left out of the page, so it can never reach output even by mistake.
        foreach (var node in refused)
        {
            switch (node)
            {
                case Block block:
                    block.Parent?.Remove(block);
                    break;
                case Inline inline:
                    inline.Remove();
                    break;
            }
        }

        return document;
    }

    /// <summary>
    /// Markdig writes table alignment as inline styles, which a strict Content-Security-Policy blocks;
    /// the theme styles these classes instead.
    /// </summary>
    private static string AlignmentClasses(string html) => html
        .Replace(" style=\"text-align: left;\"", " class=\"alinear-izquierda\"", StringComparison.Ordinal)
        .Replace(" style=\"text-align: center;\"", " class=\"alinear-centro\"", StringComparison.Ordinal)
        .Replace(" style=\"text-align: right;\"", " class=\"alinear-derecha\"", StringComparison.Ordinal);

    private string Rewrite(MarkdownSource source, LinkInline link, string url)
    {
        if (ContentIds.LooksLikeId(url))
        {
            if (ids is null)
            {
                return url;
            }

            var hash = url.IndexOf('#');
            var id = hash >= 0 ? url[..hash] : url;
            var fragment = hash >= 0 ? url[hash..] : "";
            if (ids.Resolve(id) is { } resolved)
            {
                return resolved + fragment;
            }

            if (ids.HasFailed(id))
            {
                return "";
            }

            var prefix = id[..id.IndexOf(':')];
            var why = ids.WhyUnpublished(id);
            Error(source, link, why is null ? $"el enlace «{id}» no corresponde a ningún contenido." : $"el enlace «{id}» no se puede publicar: {why}.",
                why is null
                    ? $"revise el slug; los «{prefix}:» válidos son los nombres de archivo de su carpeta" + Text.Spelling.Suggestion(id, ids.IdsWithPrefix(prefix)) + "."
                    : "quite el enlace hasta que termine el embargo.");
            return "";
        }

        var colon = url.IndexOf(':');
        var slash = url.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon > 0 && (slash < 0 || colon < slash);
        if (hasScheme && !SafeSchemes.Any(s => url.StartsWith(s, StringComparison.OrdinalIgnoreCase)))
        {
            Error(source, link, $"el enlace «{url}» usa un esquema no permitido.",
                "use direcciones https://, mailto: o ids de contenido (" + string.Join(", ", ContentIds.Prefixes.Select(p => p + ":")) + ").");
            return "";
        }

        return url;
    }

    private void Unreadable(MarkdownSource source, int line) =>
        errors.Add(Stage.Render, source.File, line, null,
            $"el texto pone más de {MarkdownDepth.Max} elementos uno dentro de otro (listas, citas «>», corchetes «[», énfasis «*»), y así no se puede leer.",
            "revise que cada «[», «*», «_» y «`» que abre se cierre, y use menos niveles de listas y citas.");

    private void Error(MarkdownSource source, MarkdownObject node, string message, string hint) =>
        errors.Add(Stage.Render, source.File, source.FirstLine + LineOf(source, node), null, message, hint);

    // From the node's position in the text: Markdig's own Line of an inline can run past the end of a long paragraph.
    private static int LineOf(MarkdownSource source, MarkdownObject node) =>
        node.Span.Start >= 0 && node.Span.Start <= source.Text.Length
            ? source.Text.AsSpan(0, node.Span.Start).Count('\n')
            : node.Line;
}
