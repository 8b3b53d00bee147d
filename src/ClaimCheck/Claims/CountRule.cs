using System.Collections.Immutable;
using ClaimCheck.Recognize.Quantities;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>
/// Builds count claims: a count tied to a concept word in the same clause ("12,000 people displaced", "displaced more
/// than 1.2 million people", "the death toll rose to 300", "4,000 men, women and children who have been displaced"),
/// or to the concept its noun implies ("120,000 refugees"). The place is the one the count is about, when the sentence
/// says. A count behind "including" or "among them" is a part of a larger count, never its rival.
/// </summary>
internal static class CountRule
{
    private const int Reach = 6;
    private const int ReachThroughRelative = 12;
    private static readonly string[] RelativeWords = ["who", "which", "that", "whom"];

    public static Claim? TryBuild(SentenceContext context, Quantity q)
    {
        if (q.Type is not (QuantityType.Count or QuantityType.Number)) return null;
        bool bare = q.Type == QuantityType.Number;
        if (bare && (q.Unit is not null || q.Value is not { } v || v < 1 || v != Math.Floor(v))) return null;

        var (concept, trigger) = FindConcept(context, q, bare);
        if (concept is null) return null;
        string counted = bare ? "people" : Counted(context, q);
        var scope = ImmutableArray.CreateBuilder<ScopeEntry>();
        if (ScopeFinder.PlaceOf(context, q, trigger) is { } place) scope.Add(new(ScopeRole.Place, place));
        if (IsSubset(context, q)) scope.Add(new(ScopeRole.Subset, counted));
        var value = new ClaimValue(q.Text, q.Value, q.Low, q.High, counted, q.Qualifier)
        {
            LowInclusive = q.LowInclusive,
            HighInclusive = q.HighInclusive,
            WrittenUnit = q.Noun ?? q.Unit,
        };
        var s = scope.ToImmutable();
        return ClaimBuilder.Draft(ClaimKind.Count, concept.Name, "count/" + counted, s, value,
            ClaimText.Describe(ClaimKind.Count, concept, counted, s));
    }

    private static string Counted(SentenceContext context, Quantity q)
    {
        if (q.Unit is { } unit && unit != "people") return unit.ToLowerInvariant();
        string? noun = q.Noun?.ToLowerInvariant();
        if (noun is null || context.Vocabulary.PeopleUnits.Contains(noun)) return "people";
        // "4,000 men, women and children": everyone.
        if (noun is "men" or "women" or "children" && context.Text.AsSpan(q.End, Math.Min(30, context.Text.Length - q.End)).ToString() is var rest
            && rest.Contains("women", StringComparison.OrdinalIgnoreCase) != (noun == "women") && rest.Contains("children", StringComparison.OrdinalIgnoreCase))
            return "people";
        return noun;
    }

    private static bool IsSubset(SentenceContext context, Quantity q) =>
        context.SubsetCues.Any(c => c.Span.End <= q.Start && context.WordsBetween(c.Span.End, q.Start) <= 1);

    private static (ConceptDef? Concept, TextSpan? Trigger) FindConcept(SentenceContext context, Quantity q, bool bare)
    {
        int end = Math.Max(q.End, q.Conversion?.End ?? 0);
        // A bare number needs its concept word right beside it ("killed 300", "300 dead"), or a level verb between
        // them ("the death toll from the quake has risen to 2,028", "put the number of dead at 420").
        int reach = bare ? (AfterLevelVerb(context, q) ? ReachThroughRelative : 3) : Reach;
        int reachAfter = bare ? 3 : ThroughRelativeClause(context, end) ? ReachThroughRelative : Reach;
        var (after, afterSpan) = ScopeFinder.NearestConcept(context, q, c => c.Kind == ClaimKind.Count, reachBefore: -1, reachAfter);
        var (before, beforeSpan) = ScopeFinder.NearestConcept(context, q, c => c.Kind == ClaimKind.Count, reach, reachAfter: -1);
        // A verb right before the figure governs it ("killing 30 people and injuring 40"), over a word after the next "and".
        if (before is not null && beforeSpan is { } b && context.WordsBetween(b.End, q.Start) == 0 && !AdjacentAfter(context, end, afterSpan))
            return (before, beforeSpan);
        if (after is not null) return (after, afterSpan);
        string? noun = q.Noun ?? q.Unit;
        if (!bare && noun is not null && context.Vocabulary.ImpliedEvents.TryGetValue(noun, out var implied)
            && context.Vocabulary.Concepts.TryGetValue(implied, out var impliedDef))
            return (impliedDef, null);
        return (before, beforeSpan);
    }

    private static bool AdjacentAfter(SentenceContext context, int end, TextSpan? after) =>
        after is { } a && (a.Start < end || context.WordsBetween(end, a.Start) == 0);

    private static readonly string[] LevelVerbs = ["to", "at", "reached", "hit", "topped", "passed", "exceeded", "surpassed"];

    private static readonly string[] TallyNouns = ["toll", "number", "tally", "count", "figure", "total"];

    /// <summary>"the death toll ... has risen to 2,028", "the number of displaced reached 12,000": a tally noun, then a level verb.</summary>
    private static bool AfterLevelVerb(SentenceContext context, Quantity q)
    {
        if (Array.IndexOf(LevelVerbs, context.WordBefore(q.Start)) < 0) return false;
        return context.Words.Where(w => w.End <= q.Start && q.Start - w.End < 120 && !context.ClauseBreakBetween(w.End, q.Start))
            .Any(w => Array.IndexOf(TallyNouns, w.Slice(context.Text).ToLowerInvariant()) >= 0);
    }

    /// <summary>"... who have been displaced", "... which were destroyed": a relative clause carries the count's event further.</summary>
    private static bool ThroughRelativeClause(SentenceContext context, int end) =>
        context.Words.Where(w => w.Start >= end).Take(Reach).Any(w => Array.IndexOf(RelativeWords, w.Slice(context.Text).ToLowerInvariant()) >= 0);
}
