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

    /// <summary>The ids of the previous run's discrepancies whose review this one took over when they split or merged; empty otherwise.</summary>
    public ImmutableArray<string> CarriedFrom { get; init; } = [];

    /// <summary>What changed since the previous run, in words ("2 claims added; was evolving_figure"), or null.</summary>
    public string? Change { get; init; }

    /// <inheritdoc/>
    public bool Equals(DiscrepancyReview? other) =>
        other is not null && Status == other.Status && Note == other.Note && IsNew == other.IsNew && Change == other.Change
        && (CarriedFrom.IsDefault ? [] : CarriedFrom).SequenceEqual(other.CarriedFrom.IsDefault ? [] : other.CarriedFrom);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Status, Note, IsNew, Change);
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
    /// Carries a previous report's reviews into <paramref name="current"/>. A discrepancy with the same id keeps its status
    /// and note and is not new (its id is its quantity, so new articles on the story add claims without losing the review).
    /// A previous discrepancy whose id is gone but whose claims now stand in other discrepancies (its quantity split, or
    /// merged with another) hands its review to those successors, with a note of what changed. Previous discrepancies with
    /// no successor are listed as disappeared, with their review.
    /// </summary>
    /// <param name="current">This run's report.</param>
    /// <param name="previous">The previous report as read back, with the journalist's edits.</param>
    public static ClaimCheckReport Carry(ClaimCheckReport current, ClaimCheckReport previous)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(previous);
        var ids = current.Discrepancies.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var before = previous.Discrepancies.Concat(previous.Review.Disappeared).GroupBy(d => d.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        // Previous discrepancies not found by id, by the statements they held: the candidates for a split or a merge.
        var orphans = previous.Discrepancies.Where(d => !ids.Contains(d.Id)).ToList();
        var byStatement = new Dictionary<Statement, List<Discrepancy>>();
        foreach (var d in orphans)
            foreach (var c in d.Claims)
            {
                if (!byStatement.TryGetValue(Statement.Of(c), out var list)) byStatement[Statement.Of(c)] = list = [];
                if (!list.Contains(d)) list.Add(d);
            }
        var succeeded = new HashSet<string>(StringComparer.Ordinal);
        var reviews = ImmutableDictionary.CreateBuilder<string, DiscrepancyReview>(StringComparer.Ordinal);
        foreach (var d in current.Discrepancies)
        {
            if (before.TryGetValue(d.Id, out var same))
            {
                reviews[d.Id] = previous.Review.For(d.Id) with { IsNew = false, CarriedFrom = [], Change = Delta(same, d) };
                continue;
            }
            var predecessors = d.Claims.SelectMany(c => byStatement.GetValueOrDefault(Statement.Of(c)) ?? []).Distinct().ToList();
            if (predecessors.Count == 0) { reviews[d.Id] = DiscrepancyReview.Fresh; continue; }
            foreach (var p in predecessors) succeeded.Add(p.Id);
            reviews[d.Id] = Inherit(d, predecessors, previous.Review);
        }
        var gone = previous.Discrepancies.Where(d => !ids.Contains(d.Id) && !succeeded.Contains(d.Id)).ToImmutableArray();
        foreach (var d in gone) reviews[d.Id] = previous.Review.For(d.Id) with { IsNew = false };
        return current with { Review = new ReportReview(reviews.ToImmutable(), gone) };
    }

    /// <summary>The review a successor takes from its predecessors: their status when they agree (else open), their notes, and what happened.</summary>
    private static DiscrepancyReview Inherit(Discrepancy successor, List<Discrepancy> predecessors, ReportReview previous)
    {
        var old = predecessors.Select(p => previous.For(p.Id)).ToList();
        var statuses = old.Select(r => r.Status).Distinct().ToList();
        var notes = old.Select(r => r.Note).Where(n => !string.IsNullOrWhiteSpace(n)).Distinct().ToList();
        string what = predecessors.Count > 1
            ? $"merged from {string.Join(", ", predecessors.Select(p => p.Id))}"
            : $"continues {predecessors[0].Id} (its quantity is now {successor.Key})";
        if (statuses.Count > 1) what += "; their reviews differed, so this one is open again";
        return new DiscrepancyReview(statuses.Count == 1 ? statuses[0] : ReviewStatus.Open, notes.Count == 0 ? null : string.Join(" | ", notes), IsNew: false)
        {
            CarriedFrom = [.. predecessors.Select(p => p.Id)],
            Change = what,
        };
    }

    /// <summary>What changed in a discrepancy kept by id: claims added or gone, and its class.</summary>
    private static string? Delta(Discrepancy was, Discrepancy now)
    {
        var a = was.Claims.Select(Statement.Of).ToHashSet();
        var b = now.Claims.Select(Statement.Of).ToHashSet();
        int added = b.Count(x => !a.Contains(x)), removed = a.Count(x => !b.Contains(x));
        var parts = new List<string>();
        if (added > 0) parts.Add($"{added} claim{(added == 1 ? "" : "s")} added");
        if (removed > 0) parts.Add($"{removed} claim{(removed == 1 ? "" : "s")} no longer found");
        if (was.Class != now.Class) parts.Add($"was {SnakeCase.Of(was.Class)}");
        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    /// <summary>One statement in one article: what identifies a claim across runs.</summary>
    private readonly record struct Statement(string ArticleId, int Start, string AsWritten)
    {
        public static Statement Of(Claims.Claim c) => new(c.Evidence.ArticleId, c.Evidence.Span.Start, c.Value.AsWritten);
    }
}
