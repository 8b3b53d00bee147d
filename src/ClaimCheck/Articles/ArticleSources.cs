using System.Collections.Immutable;

namespace ClaimCheck.Articles;

/// <summary>
/// Metadata for articles by id, read from a YAML mapping such as
/// <c>dispatch-01: { outlet: Example Times, url: https://example.org/a, published: 2024-03-02, title: ... }</c>.
/// </summary>
/// <remarks>Immutable and thread-safe. Its fields win over what an article file says about itself.</remarks>
public sealed class ArticleSources
{
    private readonly ImmutableDictionary<string, ArticleMetadata> _byId;

    private ArticleSources(ImmutableDictionary<string, ArticleMetadata> byId) => _byId = byId;

    /// <summary>No metadata for any article.</summary>
    public static ArticleSources Empty { get; } = new(ImmutableDictionary<string, ArticleMetadata>.Empty);

    /// <summary>The article ids with metadata.</summary>
    public IEnumerable<string> Ids => _byId.Keys.Order(StringComparer.Ordinal);

    /// <summary>The metadata for <paramref name="articleId"/>, or null.</summary>
    /// <param name="articleId">An article id.</param>
    public ArticleMetadata? Find(string articleId) => _byId.GetValueOrDefault(articleId);

    /// <summary>Parses a sources document.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="sources">The sources, when the text is valid.</param>
    /// <param name="problem">What is wrong, in one line, when it is not.</param>
    public static bool TryParse(string yaml, out ArticleSources sources, out string? problem)
    {
        sources = Empty;
        if (!MetadataYaml.TryParseMap(yaml, out var map, out problem)) return false;
        sources = new ArticleSources(map.ToImmutableDictionary(StringComparer.Ordinal));
        return true;
    }

    /// <summary>Reads a sources file.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="sources">The sources, when the file is valid.</param>
    /// <param name="problem">What is wrong, in one line, when it is not.</param>
    public static bool TryLoad(string path, out ArticleSources sources, out string? problem)
    {
        sources = Empty;
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : $"cannot be read: {MetadataYaml.OneLine(e.Message)}";
            return false;
        }
        return TryParse(text, out sources, out problem);
    }
}
