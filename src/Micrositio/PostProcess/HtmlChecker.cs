using System.Buffers;
using Micrositio.Diagnostics;
using Micrositio.Write;

namespace Micrositio.PostProcess;

/// <summary>
/// The PostProcess stage: reads every generated HTML page with AngleSharp and checks what a browser would
/// meet: internal links and anchors that exist, no resource from another host, nothing a strict
/// Content-Security-Policy would block, unique ids, images with alt text and dimensions, the page language.
/// Errors name the page, and the content file it was made from when there is one.
/// </summary>
public sealed class HtmlChecker(string language, Uri baseUrl, ErrorList errors)
{
    /// <summary>What a path or a fragment may hold and still mean what it says without resolving (<see cref="PlainTarget"/>).</summary>
    private static readonly SearchValues<char> PlainPath =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~/");

    private static readonly SearchValues<char> PlainFragment =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~:");

    /// <summary>The references of the pages checked so far, each distinct one once (<see cref="PageLinks.Of"/>).</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<PageReference, PageReference> _references = new();

    /// <summary>Checks one page by itself; returns its ids and references, which <see cref="CheckLinks"/> checks once every page is known.</summary>
    public PageLinks CheckPage(ParsedPage page)
    {
        CheckDocument(page);
        return PageLinks.Of(page.Tree, _references);
    }

    /// <param name="paths">The public site's files: links may point to these.</param>
    /// <param name="from">The pages whose references to check (their path, the content file they come from), with their links.</param>
    /// <param name="links">The links of every page, by path, for the anchors references point to.</param>
    public void CheckLinks(IReadOnlySet<string> paths, IEnumerable<(string Path, string? SourcePath, PageLinks Links)> from, IReadOnlyDictionary<string, PageLinks> links) =>
        Parallel.ForEach(from, page =>
        {
            foreach (var reference in page.Links.References)
            {
                CheckReference(page.Path, page.SourcePath, reference, paths, links);
            }
        });

    private void CheckDocument(ParsedPage page)
    {
        var tree = page.Tree;
        if (tree.Root.Attribute("lang") != language)
        {
            Error(page, $"la etiqueta <html> debe declarar lang=\"{language}\".", "corrija la plantilla layout del tema.");
        }

        foreach (var group in tree.Elements.Select(e => e.Attribute("id")).OfType<string>().GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            Error(page, $"el id «{group.Key}» aparece {group.Count()} veces en la página.",
                "si viene de un título repetido del texto, cambie uno de los títulos; si viene de la plantilla, use ids únicos.");
        }

        foreach (var element in tree.Elements.Where(e => e.Has("style")))
        {
            Error(page, $"<{element.Name}> tiene un atributo style, que la política de seguridad (CSP) bloquea.", "mueva el estilo a la hoja de estilos del tema.");
        }

        // A JSON-LD data block is never executed, so the CSP does not apply to it; anything else inline is code.
        foreach (var element in tree.Elements.Where(e => (e.Name == "style" || (e.Name == "script" && !e.Has("src"))) && e.Attribute("type") != "application/ld+json"))
        {
            Error(page, $"hay un <{element.Name}> incrustado, que la política de seguridad (CSP) bloquea.", "ponga el código en un archivo de assets/ del tema.");
        }

        foreach (var element in tree.Elements.Where(e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal))))
        {
            Error(page, $"<{element.Name}> tiene un manejador de eventos en línea, que la política de seguridad (CSP) bloquea.", "use un script en assets/ del tema.");
        }

        foreach (var image in tree.Elements.Where(e => e.Name == "img"))
        {
            if (!image.Has("alt"))
            {
                Error(page, $"la imagen {image.Attribute("src")} no tiene texto alternativo (alt).", "describa la imagen en su texto alternativo.");
            }

            if (!image.Has("width") || !image.Has("height"))
            {
                Error(page, $"la imagen {image.Attribute("src")} no declara width y height.", "indique sus dimensiones para que la página no salte al cargar.");
            }
        }
    }

    private void CheckReference(string page, string? source, PageReference reference, IReadOnlySet<string> paths, IReadOnlyDictionary<string, PageLinks> links)
    {
        var url = ParsedPage.UrlOf(page);
        var href = reference.Url.Trim();
        if (href.Length == 0 || href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || href.StartsWith("tel:", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        if (PlainTarget(url, href) is { } plain)
        {
            CheckTarget(page, source, url, href, reference, plain.Path, plain.Fragment, paths, links);
            return;
        }

        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && absolute.Host == baseUrl.Host)
        {
            // Canonical and Open Graph URLs name this site by its public address; check them as internal links.
            href = absolute.PathAndQuery + absolute.Fragment;
        }
        else if (absolute is { Scheme: "http" or "https" } || href.StartsWith("//", StringComparison.Ordinal))
        {
            // Linking to another site is fine; loading anything from one is not (privacy, CSP, no third parties).
            if (reference.LoadsResource)
            {
                Error(page, source, url, $"<{reference.Element}> carga «{href}» de otro sitio; todo recurso debe servirse desde este sitio.",
                    "copie el archivo al tema (assets/) y enlácelo con una ruta que empiece con «/».");
            }

            return;
        }

        var target = ParsedPage.Resolve(url, href);
        if (!ParsedPage.IsInternal(target))
        {
            Error(page, source, url, $"el enlace «{href}» no es válido.", "use una ruta que empiece con «/» o un id de contenido como «mesa:slug».");
            return;
        }

        CheckTarget(page, source, url, href, reference, Uri.UnescapeDataString(target.AbsolutePath), Uri.UnescapeDataString(target.Fragment.TrimStart('#')), paths, links);
    }

    /// <summary>
    /// The path and fragment of a reference that resolving against the page cannot change — a path from the root, or
    /// a fragment alone, of letters, digits and «-_.~/» (no dot segments, escapes, query or doubled slash) — found
    /// without building URIs, which cost most of the link check; nearly every reference a page makes is one. Null for
    /// any other, which <see cref="Uri"/> resolves.
    /// </summary>
    private static (string Path, string Fragment)? PlainTarget(string page, string href)
    {
        var hash = href.IndexOf('#');
        var path = hash < 0 ? href : href[..hash];
        var fragment = hash < 0 ? "" : href[(hash + 1)..];
        if (path.Length == 0)
        {
            path = page; // «#id»: this page
        }

        return path.StartsWith('/') && IsPlainPath(path) && fragment.AsSpan().IndexOfAnyExcept(PlainFragment) < 0 ? (path, fragment) : null;
    }

    private static bool IsPlainPath(string path) =>
        path.AsSpan().IndexOfAnyExcept(PlainPath) < 0 && !path.Contains("//", StringComparison.Ordinal) &&
        !path.Contains("/./", StringComparison.Ordinal) && !path.Contains("/../", StringComparison.Ordinal) &&
        !path.EndsWith("/.", StringComparison.Ordinal) && !path.EndsWith("/..", StringComparison.Ordinal);

    private void CheckTarget(string page, string? source, string url, string href, PageReference reference, string path, string fragment,
        IReadOnlySet<string> paths, IReadOnlyDictionary<string, PageLinks> links)
    {
        var file = path.EndsWith('/') ? path.TrimStart('/') + "index.html" : path.TrimStart('/');
        // A page that is only checked (under embargo) may link to itself, but nothing may link to it.
        if (!paths.Contains(file) && file != page)
        {
            var hint = !path.EndsWith('/') && paths.Contains(file + "/index.html")
                ? $"falta la diagonal final: escriba «{path}/»."
                : "corrija la dirección o use un id de contenido (mesa:slug, estado:slug, logro:slug, comunicado:slug, encuentro:slug, pagina:slug), que el sitio resuelve y comprueba.";
            Error(page, source, url, $"enlace roto: <{reference.Element}> apunta a «{href}», que no existe en el sitio.", hint);
            return;
        }

        if (fragment.Length > 0 && links.TryGetValue(file, out var targetLinks) && !targetLinks.Ids.Contains(fragment))
        {
            Error(page, source, url, $"el enlace «{href}» apunta a un ancla «#{fragment}» que no existe en {path}.", "revise el nombre del ancla (los títulos generan anclas sin acentos, con guiones).");
        }
    }

    private void Error(ParsedPage page, string message, string hint) => Error(page.File.Path, page.File.SourcePath, page.Url, message, hint);

    private void Error(string page, string? source, string url, string message, string hint) =>
        errors.Add(Stage.PostProcess, source ?? $"output/{page}", null, null, $"página {url}: {message}", hint);
}
