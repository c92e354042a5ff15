namespace Micrositio.Tests.Fuzz.Harness;

/// <summary>The readers under fuzzing, each with its own entry point.</summary>
public enum FuzzTarget
{
    /// <summary>A content file (front matter and Markdown body): Load, Validate and Lint of an in-memory site, then the Markdown renderer.</summary>
    Content,

    /// <summary>A YAML data file (sitio.yml, estados.yml, red.yml, manual.yml, album.yml, permitidos.yml, datos/*.yml) in an in-memory site.</summary>
    DataYaml,

    /// <summary>A CSV, the boundaries or retiradas.txt / protegidos.txt in an in-memory site.</summary>
    DataText,

    /// <summary>An SVG logo: the brand manual's checks in an in-memory site, and the SVG lint on the bytes.</summary>
    Logo,

    /// <summary>netlify.toml (and the same text as a _redirects file) as the preview reads it.</summary>
    Netlify,

    /// <summary>Image bytes: format sniffing, the output verifiers and, for a share, the Images stage itself.</summary>
    Image,

    /// <summary>Any input file, in a whole site on disk: Load, Validate and Lint, then a build that must leave output/ alone.</summary>
    SiteOnDisk,
}
