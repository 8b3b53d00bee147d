using System.Collections.Immutable;
using ClaimCheck.Compare;

namespace ClaimCheck.Report;

/// <summary>Where a journalist stands on a discrepancy.</summary>
public enum ReviewStatus
{
    /// <summary>Not yet looked at, or still being checked.</summary>
    Open,
    /// <summary>Checked: the sources really disagree.</summary>
    Confirmed,
    /// <summary>Checked: not a real disagreement (a misreading, different quantities).</summary>
    Dismissed,
}

/// <summary>A journalist's review of one discrepancy, carried from run to run by its id.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Status">The review status.</param>
/// <param name="Note">Free text the journalist wrote, or null.</param>
/// <param name="IsNew">Whether the discrepancy was absent from the previous report (true when there was none).</param>
public sealed record DiscrepancyReview(ReviewStatus Status = ReviewStatus.Open, string? Note = null, bool IsNew = true)
{
    /// <summary>An unreviewed, new discrepancy.</summary>
    public static DiscrepancyReview Fresh { get; } = new();
}

/// <summary>
/// The review side of a report: status and note per discrepancy id, and the discrepancies of the previous run that
/// this run no longer finds. The analysis never sets it; <see cref="Carry"/> does, from a previous report.
/// </summary>
/// <remarks>Immutable and thread-safe. Documented in docs/report-format.md ("Review across runs").</remarks>
/// <param name="ById">Reviews by discrepancy id, for current and disappeared discrepancies.</param>
/// <param name="Disappeared">Discrepancies of the previous report whose id this run did not find, in their previous order.</param>
public sealed record ReportReview(ImmutableDictionary<string, DiscrepancyReview> ById, ImmutableArray<Discrepancy> Disappeared)
{
    /// <summary>No reviews: every discrepancy is open and new.</summary>
    public static ReportReview Empty { get; } = new(ImmutableDictionary<string, DiscrepancyReview>.Empty.WithComparers(StringComparer.Ordinal), []);

    /// <summary>The review of discrepancy <paramref name="id"/>; open and new when there is none.</summary>
    /// <param name="id">A discrepancy id.</param>
    public DiscrepancyReview For(string id) => ById.GetValueOrDefault(id) ?? DiscrepancyReview.Fresh;

    /// <summary>
    /// Carries a previous report's reviews into <paramref name="current"/>: same id keeps status and note and is not new;
    /// other ids are new and open; previous ids not found now are listed as disappeared, with their review.
    /// </summary>
    /// <param name="current">This run's report.</param>
    /// <param name="previous">The previous report as read back, with the journalist's edits.</param>
    public static ClaimCheckReport Carry(ClaimCheckReport current, ClaimCheckReport previous)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(previous);
        var ids = current.Discrepancies.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var seenBefore = previous.Discrepancies.Concat(previous.Review.Disappeared).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var reviews = ImmutableDictionary.CreateBuilder<string, DiscrepancyReview>(StringComparer.Ordinal);
        foreach (var d in current.Discrepancies)
            reviews[d.Id] = seenBefore.Contains(d.Id) ? previous.Review.For(d.Id) with { IsNew = false } : DiscrepancyReview.Fresh;
        var gone = previous.Discrepancies.Where(d => !ids.Contains(d.Id)).ToImmutableArray();
        foreach (var d in gone) reviews[d.Id] = previous.Review.For(d.Id) with { IsNew = false };
        return current with { Review = new ReportReview(reviews.ToImmutable(), gone) };
    }
}
