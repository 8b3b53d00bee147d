namespace ClaimCheck.Articles;

/// <summary>A news article to check: an identifier, its text and what is known about where it comes from.</summary>
/// <remarks>Immutable and thread-safe. Every claim's evidence points into <see cref="Text"/>.</remarks>
/// <param name="Id">A stable identifier, by default the file name without its extension.</param>
/// <param name="Text">The article body as read (front matter removed, HTML markup stripped).</param>
/// <param name="Metadata">Outlet, URL, publication date and title, when known.</param>
/// <exception cref="ArgumentNullException">When <paramref name="Id"/>, <paramref name="Text"/> or <paramref name="Metadata"/> is null.</exception>
/// <exception cref="ArgumentException">When <paramref name="Id"/> is empty or white space.</exception>
public sealed record Article(string Id, string Text, ArticleMetadata Metadata)
{
    /// <summary>A stable identifier, unique within one check; never null or blank.</summary>
    public string Id { get; init; } = string.IsNullOrWhiteSpace(Id ?? throw new ArgumentNullException(nameof(Id)))
        ? throw new ArgumentException("An article id must not be empty.", nameof(Id)) : Id;

    /// <summary>The article body as read.</summary>
    public string Text { get; init; } = Text ?? throw new ArgumentNullException(nameof(Text));

    /// <summary>Outlet, URL, publication date and title, when known.</summary>
    public ArticleMetadata Metadata { get; init; } = Metadata ?? throw new ArgumentNullException(nameof(Metadata));

    /// <summary>Creates an article with no metadata.</summary>
    /// <param name="id">The article identifier.</param>
    /// <param name="text">The article text.</param>
    public Article(string id, string text) : this(id, text, ArticleMetadata.Empty) { }
}

/// <summary>What is known about an article besides its text. Every field is optional.</summary>
/// <param name="Title">The headline.</param>
/// <param name="Outlet">The publication that ran the article; unattributed figures belong to it.</param>
/// <param name="Url">Where the article was published.</param>
/// <param name="Published">The publication date; relative dates ("on Thursday") resolve against it.</param>
public sealed record ArticleMetadata(string? Title = null, string? Outlet = null, string? Url = null, DateOnly? Published = null)
{
    /// <summary>Metadata with every field unknown.</summary>
    public static ArticleMetadata Empty { get; } = new();
}
