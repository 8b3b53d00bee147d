using System.Collections.Immutable;
using ClaimCheck.Recognize.Quantities;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>
/// Builds count claims: a count tied to a concept word in the same clause ("12,000 people displaced", "displaced more
/// than 1.2 million people", "the death toll rose to 300", "4,000 men, women and children who have been displaced"),
/// or to the concept its noun implies ("120,000 refugees"). The place is the one the count is about, when the sentence
/// says. A count behind "including" or "among them" is a part of a larger count, never its rival, and counts what the
/// count before it counts; "police put the figure at 40,000" restates the last count named.
/// A bare number that is a label ("section 18", "Fortune 500") or a property ("which holds 90,000") is no count.
/// </summary>
internal static class CountRule
{
    private const int Reach = 6;
    private const int ReachThroughRelative = 12;
    private const int BareReach = 3;
    /// <summary>"Mpox cases in the Democratic Republic of the Congo rose to 14,000": the subject heads the clause.</summary>
    private const int ReachThroughLevelVerb = 10;
    private static readonly string[] RelativeWords = ["who", "which", "that", "whom"];

    public static Claim? TryBuild(SentenceContext context, Quantity q, Claim? previous = null)
    {
        if (q.Type is not (QuantityType.Count or QuantityType.Number)) return null;
        bool bare = q.Type == QuantityType.Number;
        if (bare && (q.Unit is not null || q.Value is not { } v || v < 1 || v != Math.Floor(v))) return null;
        if (bare ? context.IsLabelNumber(q) : context.IsNameBefore(q.Start)) return null;

        bool subset = IsSubset(context, q);
        var restated = Restates(context, q) ? previous : null;
        ConceptDef? concept;
        TextSpan? trigger = null;
        if (restated is not null) concept = DefOf(context, restated);
        else
        {
            (concept, trigger) = FindConcept(context, q, bare);
            // "killed 28,000 people in Sudan, including 4,500 children": the part counts what the whole counts.
            if (concept is null && subset && previous is not null && previous.Evidence.SentenceIndex == context.Sentence.Index) concept = DefOf(context, previous);
            // "The prefecture counted 11,500.": a bare figure right after a counting verb, in the sentence after a count,
            // is another source's figure for that count.
            if (concept is null && bare && previous is not null && previous.Evidence.SentenceIndex >= context.Sentence.Index - 1
                && context.Vocabulary.CountingVerbs.Contains(context.WordBefore(q.Start)))
            {
                restated = previous;
                concept = DefOf(context, previous);
            }
        }
        if (concept is null) return null;
        string counted = restated is not null && bare ? restated.Dimension["count/".Length..] : bare ? CountedByTrigger(context, trigger) : Counted(context, q);
        var scope = ImmutableArray.CreateBuilder<ScopeEntry>();
        var where = ScopeFinder.PlaceOf(context, q, trigger) ?? restated?.In(ScopeRole.Place);
        // A count a place has ("Goma has a population of 2 million", "Quelimane, a city of 420,000 people"): the place the clause opens with.
        if (where is null && concept.Subject)
            where = PlaceOpeningClause(context, q.Start) ?? OpeningName(context, q);
        if (where is { } place) scope.Add(new(ScopeRole.Place, place));
        if (subset) scope.Add(new(ScopeRole.Subset, counted));
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

    /// <summary>The first place before <paramref name="start"/> in its clause.</summary>
    private static string? PlaceOpeningClause(SentenceContext context, int start)
    {
        foreach (var p in context.Places)
            if (p.Span.End <= start && !context.ClauseBreakBetween(p.Span.End, start)) return p.Canonical;
        return null;
    }

    /// <summary>"Quelimane, a city of 420,000 people": a capitalised name the sentence opens with, set off by a comma, that no entity covers.</summary>
    private static string? OpeningName(SentenceContext context, Quantity q)
    {
        if (context.CapitalisedOpening(q.Start) is not { } opening || opening.Words > 3) return null;
        var name = opening.Run;
        if (name.End >= context.Text.Length || context.Text[name.End] != ',' || context.Entities.Any(e => e.Span.Overlaps(name))) return null;
        return context.Vocabulary.PlaceLinkWords.Contains(context.Words[0].Slice(context.Text)) ? null : name.Slice(context.Text);
    }

    private static ConceptDef? DefOf(SentenceContext context, Claim claim) =>
        context.Vocabulary.Concepts.TryGetValue(claim.Concept, out var def) ? def : null;

    private static string Counted(SentenceContext context, Quantity q)
    {
        if (q.Unit is { } unit && unit != "people") return context.Vocabulary.PeopleUnits.Contains(unit) ? "people" : unit.ToLowerInvariant();
        string? noun = q.Noun?.ToLowerInvariant();
        if (noun is null || context.Vocabulary.PeopleUnits.Contains(noun)) return "people";
        // "59 dead", "5,012 injured": the concept word is no counted noun.
        if (context.Vocabulary.ConceptWords.FindAll(noun) is [{ Value.Length: > 0 }] && !context.Vocabulary.ImpliedEvents.ContainsKey(noun)) return "people";
        // "4,000 men, women and children": everyone.
        if (noun is "men" or "women" or "children" && context.Text.AsSpan(q.End, Math.Min(30, context.Text.Length - q.End)).ToString() is var rest
            && rest.Contains("women", StringComparison.OrdinalIgnoreCase) != (noun == "women") && rest.Contains("children", StringComparison.OrdinalIgnoreCase))
            return "people";
        return noun;
    }

    /// <summary>"Mpox cases ... rose to 14,000": a bare number counts the noun that names it when that noun is countable ("cases"), else people.</summary>
    private static string CountedByTrigger(SentenceContext context, TextSpan? trigger)
    {
        string? word = trigger?.Slice(context.Text).ToLowerInvariant();
        return word is not null && context.Vocabulary.ImpliedEvents.ContainsKey(word) ? word : "people";
    }

    private static bool IsSubset(SentenceContext context, Quantity q) => CueBefore(context, context.SubsetCues, q.Start, maxWords: 1) is not null;

    private static bool Restates(SentenceContext context, Quantity q) => CueBefore(context, context.RestatementCues, q.Start, maxWords: 0) is not null;

    /// <summary>The first cue that ends at most <paramref name="maxWords"/> words before <paramref name="start"/>.</summary>
    private static TextSpan? CueBefore(SentenceContext context, List<PhraseMatcher<string>.Match> cues, int start, int maxWords)
    {
        foreach (var c in cues)
            if (c.Span.End <= start && context.WordsBetween(c.Span.End, start) <= maxWords) return c.Span;
        return null;
    }

    /// <summary>
    /// The concept word nearest the figure: its own noun ("300 deaths") unless a verb stands right before it ("shot down
    /// 37 drones"); else right after it, then right before it, then the nearer of the two sides, then the concept its noun
    /// implies ("120,000 refugees"), then before it. After "rose to", "fell to" the verb is the level's, not a concept ("deliveries fell to 60 trucks").
    /// </summary>
    private static (ConceptDef? Concept, TextSpan? Trigger) FindConcept(SentenceContext context, Quantity q, bool bare)
    {
        int end = Math.Max(q.End, q.Conversion?.End ?? 0);
        // A bare number needs its concept word right beside it ("killed 300", "300 dead", "death toll rose to 300").
        int reach = bare ? AfterLevelVerb(context, q) ? ReachThroughLevelVerb : BareReach : Reach;
        int reachAfter = (bare ? BareReach : ThroughRelativeClause(context, end) ? ReachThroughRelative : Reach) + AsideWords(context, end);
        var level = CueBefore(context, context.LevelVerbs, q.Start, maxWords: 0) ?? default;
        var after = ScopeFinder.ScoredConcept(context, q, c => c.Kind == ClaimKind.Count, reachBefore: -1, reachAfter, inside: false);
        var inside = ScopeFinder.ScoredConcept(context, q, c => c.Kind == ClaimKind.Count, reachBefore: -1, reachAfter: -1);
        var before = ScopeFinder.ScoredConcept(context, q, c => c.Kind == ClaimKind.Count, reach, reachAfter: -1, inside: false,
            skipOverlapping: level.Length > 0 ? level : null);
        // The figure's own noun ("5,012 injured", "300 deaths") names it, unless a verb right before says what befell it ("shot down 37 drones").
        if (inside.Concept is not null) return before.Concept is not null && before.Distance <= 1 ? (before.Concept, before.Trigger) : (inside.Concept, inside.Trigger);
        if (after.Concept is not null && after.Distance <= 0) return (after.Concept, after.Trigger);
        if (before.Concept is not null && before.Distance <= 1) return (before.Concept, before.Trigger);
        if (after.Concept is not null)
            return before.Concept is not null && before.Distance < after.Distance ? (before.Concept, before.Trigger) : (after.Concept, after.Trigger);
        string? noun = q.Noun ?? q.Unit;
        if (!bare && noun is not null && context.Vocabulary.ImpliedEvents.TryGetValue(noun, out var implied)
            && context.Vocabulary.Concepts.TryGetValue(implied, out var impliedDef))
            return (impliedDef, null);
        return (before.Concept, before.Trigger);
    }

    /// <summary>"At least 2,000 people, most of them women and children, have been displaced": the words of an aside right after the figure do not count against the reach.</summary>
    private static int AsideWords(SentenceContext context, int end)
    {
        if (end >= context.Text.Length || context.Text[end] != ',') return 0;
        int close = context.Text.IndexOf(',', end + 1, Math.Max(0, context.Sentence.Span.End - end - 1));
        return close < 0 || context.ClauseBreakBetween(end, close) ? 0 : context.WordsBetween(end, close);
    }

    private static bool AfterLevelVerb(SentenceContext context, Quantity q) => CueBefore(context, context.LevelVerbs, q.Start, maxWords: 0) is not null;

    /// <summary>"... who have been displaced", "... which were destroyed": a relative clause carries the count's event further.</summary>
    private static bool ThroughRelativeClause(SentenceContext context, int end)
    {
        int taken = 0;
        foreach (var w in context.Words)
        {
            if (w.Start < end) continue;
            if (taken++ == Reach) return false;
            if (context.IsAnyOf(w, RelativeWords)) return true;
        }
        return false;
    }
}
