namespace ClaimCheck.Articles;

/// <summary>The outcome of reading one input: an article, or a described failure. Never both.</summary>
/// <remarks>Immutable and thread-safe. Loading never throws on bad input; it returns a failure instead.</remarks>
public sealed record ArticleLoadResult
{
    private ArticleLoadResult(string path, Article? article, ArticleLoadFailure? failure)
    {
        Path = path;
        Article = article;
        Failure = failure;
    }

    /// <summary>The input as given: a file path, or <c>-</c> for standard input.</summary>
    public string Path { get; }

    /// <summary>The article, when the input could be read.</summary>
    public Article? Article { get; }

    /// <summary>Why the input could not be read, when it could not.</summary>
    public ArticleLoadFailure? Failure { get; }

    /// <summary>Whether <see cref="Article"/> is set.</summary>
    public bool Succeeded => Article is not null;

    /// <summary>A successful read.</summary>
    /// <param name="path">The input as given.</param>
    /// <param name="article">The article read from it.</param>
    public static ArticleLoadResult Success(string path, Article article) =>
        new(path, article ?? throw new ArgumentNullException(nameof(article)), null);

    /// <summary>A failed read.</summary>
    /// <param name="failure">What went wrong.</param>
    public static ArticleLoadResult Fail(ArticleLoadFailure failure) =>
        new((failure ?? throw new ArgumentNullException(nameof(failure))).Path, null, failure);

    /// <summary>A failed read of <paramref name="path"/>.</summary>
    /// <param name="path">The input as given.</param>
    /// <param name="message">What is wrong, in one line.</param>
    public static ArticleLoadResult Fail(string path, string message) =>
        Fail(new ArticleLoadFailure(ArticleLoader.IdFromPath(path), path, message));

    /// <inheritdoc/>
    public override string ToString() => Succeeded ? $"{Path}: ok" : Failure!.ToString();
}
