using System.Collections.Immutable;
using ClaimCheck.Claims;

namespace ClaimCheck.Compare;

/// <summary>Claims about the same quantity whose values cannot all hold.</summary>
/// <remarks>Immutable and thread-safe. <see cref="Id"/> is a hash of the key and the claims, stable across runs.</remarks>
/// <param name="Id">Stable identifier ("d-1a2b3c4d").</param>
/// <param name="Key">The quantity the claims are about.</param>
/// <param name="Class">Why the claims disagree.</param>
/// <param name="Explanation">A plain-language sentence a journalist can read on its own.</param>
/// <param name="Severity">From 0 (negligible) to 1 (a story); discrepancies are ordered by it.</param>
/// <param name="Claims">The disagreeing claims, in article then offset order. When many claims conflict, the ones that
/// stand for the rest (the extremes, a conflict inside one article, the most credible sources, one claim per source);
/// <see cref="OtherClaims"/> counts the others.</param>
public sealed record Discrepancy(string Id, ClaimKey Key, DiscrepancyClass Class, string Explanation, double Severity, ImmutableArray<Claim> Claims)
{
    /// <summary>How many more claims take part in the conflict than <see cref="Claims"/> lists (0 when all are listed).</summary>
    public int OtherClaims { get; init; }

    /// <inheritdoc/>
    public bool Equals(Discrepancy? other) => other is not null && Id == other.Id && Class == other.Class && Claims.SequenceEqual(other.Claims);

    /// <inheritdoc/>
    public override int GetHashCode() => Id.GetHashCode(StringComparison.Ordinal);
}

/// <summary>Why claims disagree.</summary>
public enum DiscrepancyClass
{
    /// <summary>Different sources in different articles give values that cannot both hold.</summary>
    Contradiction,
    /// <summary>Two sources in one article give values that cannot both hold.</summary>
    ConflictInArticle,
    /// <summary>A later report gives a larger count: likely an update rather than a contradiction.</summary>
    EvolvingFigure,
    /// <summary>The values agree once one is read in another unit (25 km vs 40 km, where 40 km = 25 mi).</summary>
    UnitConfusion,
    /// <summary>A conversion in one sentence does not match its main value.</summary>
    InconsistentConversion,
    /// <summary>A vague magnitude ("tens of thousands") against a precise figure outside it.</summary>
    VagueVersusPrecise,
}

/// <summary>Compares claims and finds discrepancies.</summary>
/// <remarks>Implementations must be thread-safe.</remarks>
public interface IClaimComparer
{
    /// <summary>Returns the discrepancies among <paramref name="claims"/>, most severe first, in a stable order.</summary>
    /// <param name="claims">Claims from every article of a run.</param>
    IReadOnlyList<Discrepancy> Compare(IReadOnlyList<Claim> claims);

    /// <summary>A consolidated view of every quantity claimed more than once, in key order.</summary>
    /// <param name="claims">Claims from every article of a run.</param>
    IReadOnlyList<QuantitySummary> Summarize(IReadOnlyList<Claim> claims);
}
