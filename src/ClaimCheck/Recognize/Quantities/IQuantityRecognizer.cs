namespace ClaimCheck.Recognize.Quantities;

/// <summary>Finds quantities in a piece of text (typically one sentence).</summary>
/// <remarks>Implementations must be thread-safe: one instance serves every article of a pipeline.</remarks>
public interface IQuantityRecognizer
{
    /// <summary>Returns the quantities in <paramref name="text"/>, ordered by start offset, without overlaps.</summary>
    /// <param name="text">The text to scan.</param>
    IReadOnlyList<Quantity> Recognize(string text);
}
