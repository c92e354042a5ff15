using YamlDotNet.RepresentationModel;

namespace Micrositio.Load;

/// <summary>
/// A Markdown content file split into its parsed front matter and its body. <see cref="FrontMatter"/> is
/// empty when the file has none; line numbers in its nodes are already lines of the file.
/// </summary>
public sealed record ContentDocument(SourceFile Source, YamlMappingNode FrontMatter, MarkdownSource Body)
{
    /// <summary>
    /// The file or its front matter could not be read (the error is recorded). It still names a page, so other files
    /// that mention it get no follow-on errors, and its body, when there is one, is still checked.
    /// </summary>
    public bool Unreadable { get; init; }
}
