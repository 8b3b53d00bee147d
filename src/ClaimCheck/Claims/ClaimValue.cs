using ClaimCheck.Recognize.Quantities;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>A claimed figure: as written, and normalised to the claim kind's base unit (km for distances, the counted unit for counts).</summary>
/// <remarks>Immutable and thread-safe. Null bounds are open.</remarks>
/// <param name="AsWritten">The text of the figure ("more than 1.2 million people").</param>
/// <param name="Value">The central value in the base unit.</param>
/// <param name="Low">Lower bound in the base unit, or null.</param>
/// <param name="High">Upper bound in the base unit, or null.</param>
/// <param name="Unit">The base unit ("km", "people").</param>
/// <param name="Qualifier">How the figure is hedged or bounded.</param>
/// <param name="Conversion">A conversion written beside the figure ("25 mi"), as written, or null.</param>
public sealed record ClaimValue(string AsWritten, double? Value, double? Low, double? High, string Unit, Qualifier Qualifier, string? Conversion = null)
{
    /// <summary>Whether the lower bound is itself possible.</summary>
    public bool LowInclusive { get; init; } = true;

    /// <summary>Whether the upper bound is itself possible.</summary>
    public bool HighInclusive { get; init; } = true;

    /// <summary>The unit the figure was written in, before normalisation ("mi").</summary>
    public string? WrittenUnit { get; init; }

    /// <summary>The conversion written beside the figure, in the base unit, when it has one ("(25 mi)" gives 40.2 for km).</summary>
    public double? ConversionValue { get; init; }
}

/// <summary>Where a claim stands.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="ArticleId">The article's identifier.</param>
/// <param name="SentenceIndex">The sentence's position in the article.</param>
/// <param name="Quote">The sentence, as it stands in the article; for a sentence over 400 characters, the words around the figure, with "…" where it was cut.</param>
/// <param name="Span">The figure's span in the article text.</param>
/// <param name="SentenceSpan">The sentence's span in the article text.</param>
public sealed record Evidence(string ArticleId, int SentenceIndex, string Quote, TextSpan Span, TextSpan SentenceSpan);
