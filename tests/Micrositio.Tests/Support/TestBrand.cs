using System.Text;
using Micrositio.Brand;

namespace Micrositio.Tests.Support;

/// <summary>
/// The brand manual a test site gets when its archive has none: the repository's example logos of the Red
/// Nacional and México SOS, an example logo for each mesa of the site, and the shipped rules. Tests about
/// the brand rules write their own <c>input/marca/</c> files (often starting from <see cref="Manual"/>).
/// </summary>
public static class TestBrand
{
    public static IReadOnlyList<string> OrganizationFiles { get; } =
        ["red-nacional-color.svg", "red-nacional-monocromo.svg", "red-nacional-inverso.svg", "mexico-sos-color.svg", "mexico-sos-monocromo.svg", "mexico-sos-inverso.svg"];

    /// <summary>One PNG cache for every test site: each logo is rasterised once per test run.</summary>
    public static string SharedCache { get; } = Path.Combine(Path.GetTempPath(), "micrositio-tests", "cache-marca");

    /// <summary>Writes the logo files and the manual for these mesas into the site's input/marca/.</summary>
    public static void Write(string inputDirectory, IEnumerable<string> mesaSlugs, string? extraYaml = null)
    {
        var folder = Path.Combine(inputDirectory, "marca");
        Directory.CreateDirectory(Path.Combine(folder, "mesas"));
        foreach (var file in OrganizationFiles)
        {
            File.Copy(Path.Combine(Repository.Input, "marca", file), Path.Combine(folder, file), overwrite: true);
        }

        var slugs = mesaSlugs.ToList();
        foreach (var slug in slugs)
        {
            foreach (var variant in ExampleLogo.Variants)
            {
                File.WriteAllText(Path.Combine(folder, ExampleLogo.MesaFile(slug, variant)), ExampleLogo.Mesa(slug, slug, variant));
            }
        }

        File.WriteAllText(Path.Combine(folder, "manual.yml"), Manual(folder, slugs, extraYaml));
    }

    /// <summary>The manual's text for the files in <paramref name="folder"/>, with hashes computed from them.</summary>
    public static string Manual(string folder, IEnumerable<string> mesaSlugs, string? extraYaml = null)
    {
        string Hash(string file) => ExampleLogo.Sha256(File.ReadAllBytes(Path.Combine(folder, file)));
        string Variants(string prefix, string main) => $$"""
                  color: {archivo: {{prefix}}-color.svg, sha256: {{Hash(prefix + "-color.svg")}}, color_principal: "{{main}}", fondos: [fondo, fondo-alt]}
                  monocromo: {archivo: {{prefix}}-monocromo.svg, sha256: {{Hash(prefix + "-monocromo.svg")}}, color_principal: "#1d2125", fondos: [fondo, fondo-alt]}
                  inverso: {archivo: {{prefix}}-inverso.svg, sha256: {{Hash(prefix + "-inverso.svg")}}, color_principal: "#ffffff", fondos: [marca, marca-oscuro]}

            """;
        var text = new StringBuilder($$"""
            tolerancia_proporcion: 0.02
            tolerancia_alturas: 0.05
            contraste_minimo: 3
            marcas:
              red-nacional:
                nombre: Red Nacional de Mesas de Seguridad y Justicia
                alt: Red Nacional de Mesas de Seguridad y Justicia
                proporcion: 3
                altura_minima: 32
                espacio_libre: 0.25
                paleta: ["#0b4f6c", "#a4262c", "#1d2125", "#ffffff"]
                variantes:
            {{Variants("red-nacional", "#0b4f6c")}}  mexico-sos:
                nombre: México SOS
                alt: México SOS
                proporcion: 3
                altura_minima: 32
                espacio_libre: 0.25
                paleta: ["#a4262c", "#0b4f6c", "#1d2125", "#ffffff"]
                variantes:
            {{Variants("mexico-sos", "#a4262c")}}mesas:
              comun:
                alt: "Logotipo de la {nombre}"
                proporcion: 1
                altura_minima: 48
                espacio_libre: 0.25
                paleta: ["#0b4f6c", "#a4262c", "#1d2125", "#ffffff"]
                variantes:
                  color: {color_principal: "#0b4f6c", fondos: [fondo, fondo-alt]}
                  monocromo: {color_principal: "#1d2125", fondos: [fondo, fondo-alt]}
                  inverso: {color_principal: "#ffffff", fondos: [marca, marca-oscuro]}
              logotipos:

            """);
        var any = false;
        foreach (var slug in mesaSlugs)
        {
            any = true;
            text.Append("    ").Append(slug).Append(":\n");
            foreach (var variant in ExampleLogo.Variants)
            {
                var file = ExampleLogo.MesaFile(slug, variant);
                text.Append($"      {variant}: {{archivo: {file}, sha256: {Hash(file)}}}\n");
            }
        }

        if (!any)
        {
            text.Replace("  logotipos:\n", "  logotipos: {}\n");
        }

        return text.Append("""
            emblemas:
              institucional:
                miembros: [red-nacional, mexico-sos]
                alturas_relativas: [1, 1]
                regiones: [cabecera, pie, encabezado]
              coedicion:
                miembros: [mesa, red-nacional, mexico-sos]
                alturas_relativas: [1, 0.75, 0.75]
                regiones: [encabezado]
                patrocinadores_maximo: 3
                patrocinadores_altura_relativa: 0.5

            """).Append(extraYaml ?? "").ToString();
    }
}
