namespace ClaimCheck.Articles;

/// <summary>An input that could not be read as an article.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Id">The file name without extension (or the path when it has none).</param>
/// <param name="Path">The path as given.</param>
/// <param name="Message">What is wrong, in one line ("not valid UTF-8 at byte 112").</param>
public sealed record ArticleLoadFailure(string Id, string Path, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Path}: {Message}";
}
