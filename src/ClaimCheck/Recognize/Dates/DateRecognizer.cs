namespace ClaimCheck.Recognize.Dates;

/// <summary>ClaimCheck's date recognizer.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DateRecognizer : IDateRecognizer
{
    /// <summary>The shared default instance.</summary>
    public static DateRecognizer Default { get; } = new();

    /// <inheritdoc/>
    public IReadOnlyList<DateMention> Recognize(string text, DateOnly? reference) => [];
}
