using PdfSharp;
using PdfSharp.Fonts;
using PdfSharp.License;
using PdfSharp.Pdf;

namespace Micrositio.Render.Press.Pdf;

/// <summary>
/// PDFsharp's font resolver and licence are process-wide and can be set only once (as NetVips' globals), so
/// the first call wins. Later calls may name the same folder, or another holding byte-identical fonts (a test
/// site's copy of the theme); different fonts are refused, since PDFsharp would silently keep the first ones.
/// Safe to call from parallel builds.
/// </summary>
internal static class PdfEngineSetup
{
    private static readonly Lock Gate = new();
    private static readonly HashSet<string> SameFonts = new(StringComparer.Ordinal);
    private static LatoFontResolver? resolver;

    public static void Ensure(string fontDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fontDirectory);
        var directory = Path.TrimEndingDirectorySeparator(Path.GetFullPath(fontDirectory));
        lock (Gate)
        {
            if (resolver is not null)
            {
                if (!SameFonts.Contains(directory))
                {
                    if (LatoFontResolver.Load(directory).Fingerprint != resolver.Fingerprint)
                    {
                        throw new InvalidOperationException(
                            $"PDF: las fuentes ya se cargaron de «{resolver.Directory}»; las de «{directory}» son distintas y no se pueden cambiar en el mismo proceso.");
                    }

                    SameFonts.Add(directory);
                }

                return;
            }

            var loaded = LatoFontResolver.Load(directory);
            ChooseLicence();
            GlobalFontSettings.FontResolver = loaded;

            // PDFsharp silently ignores a second resolver of another type once fonts were used.
            if (!ReferenceEquals(GlobalFontSettings.FontResolver, loaded))
            {
                throw new InvalidOperationException("PDF: otro componente ya fijó el resolvedor de fuentes de PDFsharp.");
            }

            resolver = loaded;
            SameFonts.Add(directory);
        }
    }

    /// <summary>
    /// PDFsharp 6.5 refuses to create documents until a licence is chosen. A commercial licence loaded by the
    /// host (PdfSharpLicense.LoadLicense) is kept; otherwise the open-source one, AGPL-3.0, is chosen.
    /// </summary>
    private static void ChooseLicence()
    {
        try
        {
            using var probe = new PdfDocument();
        }
        catch (PdfSharpLicenseException)
        {
            PdfSharpLicense.SetAgplLicense();
        }
    }
}
