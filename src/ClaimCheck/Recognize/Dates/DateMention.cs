namespace ClaimCheck.Recognize.Dates;

/// <summary>A date or period named in text ("December 5", "on Thursday", "late November", "since 2011").</summary>
/// <remarks>
/// Immutable and thread-safe. Relative dates resolve against the article's publication date; when it is
/// unknown, <see cref="Earliest"/> and <see cref="Latest"/> stay null and the text is kept.
/// </remarks>
public sealed record DateMention
{
    /// <summary>The matched text.</summary>
    public required string Text { get; init; }

    /// <summary>Offset of the match in the recognised text.</summary>
    public required int Start { get; init; }

    /// <summary>Length of the match.</summary>
    public required int Length { get; init; }

    /// <summary>First day the mention can refer to, when resolved.</summary>
    public DateOnly? Earliest { get; init; }

    /// <summary>Last day the mention can refer to, when resolved (equal to <see cref="Earliest"/> for a single day).</summary>
    public DateOnly? Latest { get; init; }

    /// <summary>Whether the mention is relative to the publication date ("Thursday", "two days later").</summary>
    public bool IsRelative { get; init; }
}

/// <summary>Finds dates in a piece of text.</summary>
/// <remarks>Implementations must be thread-safe.</remarks>
public interface IDateRecognizer
{
    /// <summary>Returns the dates in <paramref name="text"/>, ordered by start offset.</summary>
    /// <param name="text">The text to scan.</param>
    /// <param name="reference">The article's publication date, when known.</param>
    IReadOnlyList<DateMention> Recognize(string text, DateOnly? reference);
}
