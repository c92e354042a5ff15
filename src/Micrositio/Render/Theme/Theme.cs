using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;
using Micrositio.Diagnostics;
using Micrositio.Render.Views;

namespace Micrositio.Render.Theme;

/// <summary>
/// A theme folder (<c>themes/&lt;name&gt;/</c>): Liquid templates in <c>templates/</c>, loaded at run time
/// and parsed once; static files in <c>assets/</c>. Rendering is strict: an undefined variable or
/// filter is an error naming the template and the page, never an empty string.
/// </summary>
public sealed class Theme
{
    public const string Layout = "layout";

    private static readonly FluidParser Parser = new(new FluidParserOptions { AllowFunctions = false });

    /// <summary>Converts a list's items without our converters (which would wrap the list again); made once, as options are costly.</summary>
    private static readonly TemplateOptions PlainOptions = new();

    private readonly Dictionary<string, IFluidTemplate> _templates;
    private readonly TemplateOptions _options;

    private Theme(string directory, string displayPath, Dictionary<string, IFluidTemplate> templates, TemplateOptions options)
    {
        Directory = directory;
        DisplayPath = displayPath;
        _templates = templates;
        _options = options;
    }

    public string Directory { get; }

    /// <summary>The theme folder relative to the repository root, for messages.</summary>
    public string DisplayPath { get; }

    public string AssetsDirectory => Path.Combine(Directory, "assets");

    /// <summary>The TrueType fonts embedded in the press PDFs (with their licence); never published as files.</summary>
    public string PdfFontsDirectory => Path.Combine(Directory, "pdf", "fuentes");

    public static Theme? Load(string themesDirectory, string name, string rootDirectory, ErrorList errors)
    {
        var directory = Path.Combine(themesDirectory, name);
        var display = Path.GetRelativePath(rootDirectory, directory).Replace('\\', '/');
        var templatesDirectory = Path.Combine(directory, "templates");
        if (!System.IO.Directory.Exists(templatesDirectory))
        {
            errors.Add(Stage.Render, display, null, "tema", $"no existe el tema «{name}» (falta la carpeta {display}/templates).",
                "revise la clave «tema» de input/sitio.yml; los temas disponibles son las carpetas de themes/.");
            return null;
        }

        var templates = new Dictionary<string, IFluidTemplate>(StringComparer.Ordinal);
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var path in System.IO.Directory.EnumerateFiles(templatesDirectory, "*.liquid", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(templatesDirectory, path).Replace('\\', '/');
            var text = File.ReadAllText(path);
            files[relative] = System.Text.Encoding.UTF8.GetBytes(text);
            if (Parser.TryParse(text, out var template, out var error))
            {
                templates[relative[..^".liquid".Length]] = template;
            }
            else
            {
                errors.Add(Stage.Render, Path.GetRelativePath(rootDirectory, path).Replace('\\', '/'), null, null,
                    $"la plantilla no se puede leer: {error}.", "revise las etiquetas {% %} y {{ }} cerca de la posición indicada.");
            }
        }

        var options = new TemplateOptions
        {
            StrictFilters = true,
            Undefined = variable => throw new UndefinedVariableException(variable),
            FileProvider = new ThemeFiles(files, DateTimeOffset.UtcNow),
        };
        options.ValueConverters.Add(value => value is MarkdownHtml html ? new StringValue(html.ToString()) : null);
        options.ValueConverters.Add(value => value is System.Collections.IEnumerable and not string and not System.Collections.IDictionary
            ? new StrictListValue((ArrayValue)FluidValue.Create(value, PlainOptions))
            : null);
        var accessor = new StrictMemberAccessor();
        foreach (var type in typeof(PageView).Assembly.GetTypes().Where(t => t.Namespace == typeof(PageView).Namespace && t.Name.EndsWith("View", StringComparison.Ordinal)))
        {
            options.MemberAccessStrategy.Register(type, accessor);
        }

        return new Theme(directory, display, templates, options);
    }

    /// <summary>
    /// Renders <paramref name="template"/> with <paramref name="values"/> as top-level variables.
    /// Returns null and records an error when the template fails.
    /// </summary>
    public string? Render(string template, IReadOnlyDictionary<string, object?> values, string pageUrl, ErrorList errors)
    {
        var file = $"{DisplayPath}/templates/{template}.liquid";
        if (!_templates.TryGetValue(template, out var parsed))
        {
            errors.Add(Stage.Render, file, null, null, $"falta la plantilla que necesita la página {pageUrl}.",
                "cree la plantilla en el tema o restaure la del tema «default».");
            return null;
        }

        var context = new TemplateContext(_options);
        foreach (var (key, value) in values)
        {
            context.SetValue(key, value);
        }

        try
        {
            return parsed.Render(context, HtmlEncoder.Default);
        }
        catch (Exception ex)
        {
            // A theme is content too: whatever a template does wrong is reported, never thrown.
            while (ex is AggregateException { InnerException: { } inner })
            {
                ex = inner;
            }

            var cause = ex as UndefinedVariableException ?? ex.InnerException as UndefinedVariableException;
            errors.Add(Stage.Render, file, null, null, $"la plantilla falló al generar {pageUrl}: {cause?.Message ?? ex.Message}.",
                cause is null
                    ? "revise la plantilla y las plantillas que incluye con {% render %}."
                    : "use solo variables que existan en el modelo del tema (vea el README, sección «Temas»); una variable mal escrita no se muestra vacía, es un error.");
            return null;
        }
    }
}
