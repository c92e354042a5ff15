using Micrositio.Diagnostics;
using Micrositio.Images.Verification;
using Micrositio.Write;

namespace Micrositio.PostProcess;

/// <summary>
/// The last guard of photo safety: every image about to be published is read byte by byte against the
/// allow-list of its format's parts, whatever made it (the photo pipeline, a theme, a future feature).
/// One that carries metadata or trailing bytes fails the build with its path and what it carries.
/// </summary>
public sealed class PublishedImageCheck(ErrorList errors)
{
    public void Check(IReadOnlyList<OutputFile> files)
    {
        Parallel.ForEach(files.Where(f => ImageVerifier.IsImagePath(f.Path)), file =>
        {
            var problems = ImageVerifier.Verify(file.Bytes);
            if (problems.Count > 0)
            {
                errors.Add(Stage.PostProcess, $"output/{file.Path}", null, null,
                    "la imagen publicada lleva datos que no son píxeles: " + string.Join("; ", problems) + ".",
                    "las imágenes del sitio deben salir del proceso de fotos (input/galeria/); si la puso el tema, vuelva a exportarla sin metadatos y compruébela con «./micrositio verificar-imagenes».");
            }
        });
    }
}
