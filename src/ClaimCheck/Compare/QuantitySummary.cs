using System.Collections.Immutable;
using ClaimCheck.Claims;

namespace ClaimCheck.Compare;

/// <summary>
/// A consolidated view of one quantity claimed more than once, as casualty recorders publish it: each source's
/// value, the range, the most conservative figure and how many independent sources stand behind it.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Key">The quantity.</param>
/// <param name="Description">What the quantity is, in words.</param>
/// <param name="Unit">The base unit of <see cref="Min"/> and <see cref="Max"/>.</param>
/// <param name="Min">The smallest value any claim allows (its lower bound), or null.</param>
/// <param name="Max">The largest value any claim allows (its upper bound), or null when a claim is open-ended.</param>
/// <param name="MostConservative">The claim with the smallest figure: what every source would at least accept.</param>
/// <param name="IndependentSources">Distinct nearest sources: outlets repeating the same agency count once.</param>
/// <param name="Claims">Every claim about the quantity, in article then offset order.</param>
public sealed record QuantitySummary(ClaimKey Key, string Description, string Unit, double? Min, double? Max, Claim MostConservative, int IndependentSources, ImmutableArray<Claim> Claims)
{
    /// <summary>
    /// Keys of the same count in another scope ("displaced" in one city and "displaced" with no place named).
    /// They are never compared: one may or may not include the other, and ClaimCheck says so rather than guess.
    /// </summary>
    /// <remarks>At most <see cref="ClaimComparer.MaxRelatedScopes"/>, in key order; <see cref="OtherRelatedScopes"/> counts the rest.</remarks>
    public ImmutableArray<ClaimKey> RelatedScopes { get; init; } = [];

    /// <summary>How many related scopes there are beyond those <see cref="RelatedScopes"/> lists.</summary>
    public int OtherRelatedScopes { get; init; }

    /// <inheritdoc/>
    public bool Equals(QuantitySummary? other) =>
        other is not null && Key == other.Key && Min == other.Min && Max == other.Max && IndependentSources == other.IndependentSources && Claims.SequenceEqual(other.Claims);

    /// <inheritdoc/>
    public override int GetHashCode() => Key.GetHashCode();
}
