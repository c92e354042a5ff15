using YamlDotNet.RepresentationModel;

namespace Micrositio.Load;

/// <summary>
/// The output of the Load stage: every content file of <c>input/</c> read and parsed as YAML/front
/// matter, not yet validated. A data file that failed to parse is null (its error is already recorded).
/// <see cref="BrandFiles"/> are the files of <c>input/marca/</c> other than the manual, by path relative to it.
/// <see cref="ProtectedNames"/> come from <c>input/privado/</c>, which is read for the lint and never published.
/// </summary>
public sealed record LoadedInput(
    DataFile? Site,
    DataFile? Network,
    DataFile? States,
    IReadOnlyList<ContentDocument> StateIntros,
    IReadOnlyList<ContentDocument> Mesas,
    IReadOnlyList<ContentDocument> Achievements,
    IReadOnlyList<ContentDocument> PressReleases,
    IReadOnlyList<ContentDocument> Meetings,
    IReadOnlyList<ContentDocument> Pages,
    DataFile? AllowedExceptions,
    IReadOnlyList<string> ProtectedNames,
    IReadOnlyList<AlbumFolder> Albums,
    IReadOnlyList<(int Line, string Entry)> WithdrawnPhotos,
    DataFile? BrandManual,
    IReadOnlyDictionary<string, byte[]> BrandFiles,
    DataFolder Data);

/// <summary>
/// <c>input/datos/</c>: each dataset's YAML description and CSV (either may be missing: the Validate stage says so),
/// the municipality catalogue, and the map's boundaries with their description.
/// </summary>
public sealed record DataFolder(IReadOnlyList<DatasetFiles> Datasets, SourceFile? Municipalities, DataFile? BoundariesSource, SourceFile? Boundaries)
{
    public static DataFolder Empty { get; } = new([], null, null, null);
}

/// <summary>A dataset of <c>input/datos/</c>: <c>&lt;id&gt;.yml</c> and <c>&lt;id&gt;.csv</c>, by the id they share.</summary>
public sealed record DatasetFiles(string Id, string MetadataPath, DataFile? Metadata, SourceFile? Csv)
{
    /// <summary>The description exists but could not be read (its error is recorded), so its absence is not another error.</summary>
    public bool MetadataUnreadable { get; init; }

    /// <summary>The CSV exists but could not be read (its error is recorded).</summary>
    public bool CsvUnreadable { get; init; }
}

/// <summary>A folder of <c>input/galeria/</c>: its album.yml (null if missing or unreadable) and the other files in it.</summary>
public sealed record AlbumFolder(string Slug, string Path, string FullPath, DataFile? Album, IReadOnlyList<string> Files);

/// <summary>A parsed YAML data file.</summary>
public sealed record DataFile(string Path, YamlNode Root);
