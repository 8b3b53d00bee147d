using ClaimCheck.Claims;
using ClaimCheck.Recognize.Entities;
using ClaimCheck.Recognize.Quantities;

namespace ClaimCheck.Compare;

/// <summary>
/// What the comparison needs of one claim, read once, in input order, while the claims are grouped: its intervals, its
/// source's kind, its article and who it counts as for independence.
/// </summary>
/// <remarks>
/// The claims of one key are spread over the whole input (a corpus interleaves its quantities), so a pass over one
/// group's claim objects jumps through memory; once a group holds more claims than the processor's cache, every jump is
/// a miss, and the comparison's cost per claim grew with the corpus. Reading every claim once, in the order it was
/// made (and allocated), and then working on these compact rows keeps that cost flat.
/// </remarks>
internal readonly struct ClaimFacts
{
    /// <summary>The interval the claim allows, with the comparison's tolerance.</summary>
    public required ValueInterval Strict { get; init; }

    /// <summary>The upper bound of a vague claim read loosely (its lower bound is <see cref="Strict"/>'s).</summary>
    public required double LooseHigh { get; init; }

    /// <summary>The interval a vague claim allows read loosely (<see cref="ValueInterval.Of(ClaimValue, ComparisonOptions, bool)"/>); <see cref="Strict"/> otherwise.</summary>
    public ValueInterval Loose => Vague ? new(Strict.Low, LooseHigh) : Strict;

    /// <summary>The range the claim states, without tolerance: what a summary's range is made of.</summary>
    public required ValueInterval Exact { get; init; }

    /// <summary>The quote (for a figure no source is named for) or the source's name: <see cref="Syndication.IndependentSources(Claim[], ClaimFacts[])"/>.</summary>
    public required string Independence { get; init; }

    /// <summary>The hash of the claim's article id, made while the claim is read.</summary>
    public required int ArticleHash { get; init; }

    /// <summary>The source's kind.</summary>
    public required SourceKind SourceKind { get => (SourceKind)_sourceKind; init => _sourceKind = checked((byte)value); }

    // A byte, so that a row takes 56 bytes: a million claims' rows are alive together while a run compares.
    private readonly byte _sourceKind;

    /// <summary>Whether the figure is vague ("thousands").</summary>
    public required bool Vague { get; init; }

    /// <summary>Whether the claim counts by its quote, not by its source, for independence.</summary>
    public bool ByText => Syndication.CountsByText(SourceKind);

    /// <summary>Reads one claim.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="options">The comparison's options.</param>
    /// <param name="exact">The same options without tolerance, for <see cref="Exact"/>.</param>
    public static ClaimFacts Of(Claim claim, ComparisonOptions options, ComparisonOptions exact)
    {
        var value = claim.Value;
        double precision = ValueInterval.PrecisionOf(value);
        bool vague = value.Qualifier == Qualifier.Vague;
        var strict = ValueInterval.Of(value, options, false, precision);
        var loose = vague ? ValueInterval.Of(value, options, true, precision) : strict;
        // What Loose gives back rests on this: the loose reading only moves the upper bound.
        System.Diagnostics.Debug.Assert(loose.Low.Equals(strict.Low));
        var kind = claim.Source.Kind;
        return new ClaimFacts
        {
            Strict = strict,
            LooseHigh = loose.High,
            Exact = ValueInterval.Of(value, exact, false, precision),
            Independence = Syndication.CountsByText(kind) ? claim.Evidence.Quote : claim.Source.Name,
            ArticleHash = claim.Evidence.ArticleId.GetHashCode(),
            SourceKind = kind,
            Vague = vague,
        };
    }
}
