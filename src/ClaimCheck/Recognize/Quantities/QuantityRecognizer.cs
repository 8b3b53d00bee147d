namespace ClaimCheck.Recognize.Quantities;

/// <summary>ClaimCheck's quantity recognizer.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class QuantityRecognizer : IQuantityRecognizer
{
    /// <summary>The shared default instance.</summary>
    public static QuantityRecognizer Default { get; } = new();

    /// <inheritdoc/>
    public IReadOnlyList<Quantity> Recognize(string text) => [];
}
