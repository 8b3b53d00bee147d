using ClaimCheck.Attribution;
using ClaimCheck.Recognize.Dates;

namespace ClaimCheck.Claims;

/// <summary>A typed statement of a quantity, with its value, its source and the evidence in the text.</summary>
/// <remarks>
/// Immutable and thread-safe. Two claims are comparable only when their <see cref="Key"/>s are equal:
/// the key holds the kind and the subject entities in their roles, after alias resolution.
/// </remarks>
public abstract record Claim
{
    /// <summary>The figure as written and as normalised.</summary>
    public required ClaimValue Value { get; init; }

    /// <summary>Who states it.</summary>
    public required Source Source { get; init; }

    /// <summary>Where it stands in which article.</summary>
    public required Evidence Evidence { get; init; }

    /// <summary>The date the claim refers to, when the sentence names one ("on Saturday").</summary>
    public DateMention? RefersTo { get; init; }

    /// <summary>The article's publication date, when known.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>What kind of quantity is claimed.</summary>
    public abstract ClaimKind Kind { get; }

    /// <summary>The identity of the quantity: claims with equal keys are about the same thing.</summary>
    public abstract ClaimKey Key { get; }

    /// <summary>A short human description of the quantity ("distance from Kherson to Mykolaiv").</summary>
    public abstract string Describe();
}

/// <summary>The kinds of claim ClaimCheck builds.</summary>
public enum ClaimKind
{
    /// <summary>A distance between two places, or from a party or front line to a place.</summary>
    Distance,
    /// <summary>A count of people or things (displaced, killed, fled, captured towns...).</summary>
    Count,
}

/// <summary>The identity of a claimed quantity.</summary>
/// <remarks>Immutable. Built from canonical entity names in their roles, so aliases compare equal.</remarks>
/// <param name="Kind">The claim kind.</param>
/// <param name="Subject">The roles and entities, in a canonical order ("homs|hama").</param>
public readonly record struct ClaimKey(ClaimKind Kind, string Subject)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()}:{Subject}";
}
