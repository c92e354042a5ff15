namespace Micrositio.Brand;

/// <summary>
/// The brand manuals as data (<c>input/marca/manual.yml</c>): every approved logo with its rules, and the
/// lockups that combine them. The build shows logos only through the theme's logo piece and checks the
/// generated pages against this.
/// </summary>
public sealed record BrandManual(
    double AspectTolerance,
    double HeightTolerance,
    double MinimumContrast,
    IReadOnlyList<BrandEntry> Brands,
    LockupRule Institutional,
    LockupRule CoBrand)
{
    public const string File = "input/marca/manual.yml";

    /// <summary>Where approved logo files are published: <c>/marca/&lt;archivo&gt;</c>, byte for byte.</summary>
    public const string UrlPrefix = "/marca/";

    public BrandEntry? Find(string id) => Brands.FirstOrDefault(b => b.Id == id);

    public BrandEntry? ForMesa(string slug) => Find(BrandEntry.MesaId(slug));

    public IEnumerable<LogoVariant> Variants => Brands.SelectMany(b => b.Variants);
}

public enum BrandKind
{
    Organization,
    Mesa,
    Sponsor,
}

/// <param name="Id">The key in the manual; a mesa's is <c>mesa:&lt;slug&gt;</c>.</param>
/// <param name="ManualKey">Where the entry is in the manual, for messages: <c>marcas.red-nacional</c>.</param>
public sealed record BrandEntry(
    string Id,
    BrandKind Kind,
    string Name,
    string Alt,
    double AspectRatio,
    int MinHeight,
    double ClearSpace,
    IReadOnlyList<string> Palette,
    IReadOnlyList<LogoVariant> Variants,
    string ManualKey,
    int Line)
{
    public static string MesaId(string slug) => "mesa:" + slug;

    public LogoVariant? Variant(string name) => Variants.FirstOrDefault(v => v.Name == name);
}

/// <param name="Name"><c>color</c>, <c>monocromo</c> or <c>inverso</c>.</param>
/// <param name="File">Relative to <c>input/marca/</c>.</param>
/// <param name="Backgrounds">Theme colour tokens (<c>--color-&lt;token&gt;</c>) the variant may sit on.</param>
public sealed record LogoVariant(
    string BrandId,
    string Name,
    string File,
    string Sha256,
    string MainColor,
    IReadOnlyList<string> Backgrounds,
    byte[] Bytes,
    (double Width, double Height) IntrinsicSize,
    int Line)
{
    public string Url => BrandManual.UrlPrefix + File;

    public string OutputPath => "marca/" + File;
}

/// <param name="Members">Brand ids in order; <see cref="MesaMember"/> stands for the page's mesa.</param>
public sealed record LockupRule(
    string Id,
    IReadOnlyList<string> Members,
    IReadOnlyList<double> RelativeHeights,
    IReadOnlyList<string> Regions,
    int MaxSponsors,
    double SponsorRelativeHeight,
    int Line)
{
    public const string MesaMember = "mesa";

    public string ManualKey => "emblemas." + Id;
}
