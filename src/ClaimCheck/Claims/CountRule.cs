using ClaimCheck.Recognize.Quantities;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>
/// Builds count claims: a count of people or things tied to an event word within a few words in the same clause
/// ("12,000 people displaced", "displaced more than 1.2 million people", "the death toll rose to 300"), or to the event
/// its noun implies ("120,000 refugees"). The place is the one the event is about ("fled Bakhmut", "residents from
/// Sumy have fled"), when the sentence says.
/// </summary>
internal static class CountRule
{
    private const int MaxWordsToEvent = 6;
    private const int MaxWordsToPlace = 4;

    public static Claim? TryBuild(SentenceContext context, Quantity q)
    {
        if (q.Type is not (QuantityType.Count or QuantityType.Number)) return null;
        bool bare = q.Type == QuantityType.Number;
        if (bare && (q.Unit is not null || q.Value is not { } v || v < 1 || v != Math.Floor(v))) return null;

        var (eventName, trigger) = FindEvent(context, q, bare);
        if (eventName is null) return null;
        string counted = bare ? "people" : Counted(q, context.Vocabulary);
        var value = new ClaimValue(q.Text, q.Value, q.Low, q.High, counted, q.Qualifier)
        {
            LowInclusive = q.LowInclusive,
            HighInclusive = q.HighInclusive,
            WrittenUnit = q.Noun ?? q.Unit,
        };
        return new CountClaim
        {
            Event = eventName,
            Counted = counted,
            Where = FindPlace(context, q, trigger),
            Value = value,
            Source = ClaimBuilder.PendingSource,
            Evidence = ClaimBuilder.PendingEvidence,
        };
    }

    private static string Counted(Quantity q, ClaimVocabulary vocabulary)
    {
        string? unit = q.Unit ?? q.Noun;
        if (unit is null || vocabulary.PeopleUnits.Contains(unit)) return "people";
        return unit.ToLowerInvariant();
    }

    private static (string? Event, TextSpan? Trigger) FindEvent(SentenceContext context, Quantity q, bool bare)
    {
        int end = Math.Max(q.End, q.Conversion?.End ?? 0);
        // A bare number needs its event word right beside it ("killed 300", "300 dead", "death toll rose to 300").
        int reach = bare ? 3 : MaxWordsToEvent;
        PhraseMatcher<string>.Match? after = null, before = null;
        foreach (var e in context.Events)
        {
            // The recognizer may take the event into the match ("12,000 people displaced"): that one wins.
            if (e.Span.Start >= q.Start && e.Span.End <= end) return (e.Value, e.Span);
            if (e.Span.Start >= end && after is null && context.WordsBetween(end, e.Span.Start) <= reach && !context.ClauseBreakBetween(end, e.Span.Start))
                after = e;
            if (e.Span.End <= q.Start && context.WordsBetween(e.Span.End, q.Start) <= reach && !context.ClauseBreakBetween(e.Span.End, q.Start))
                before = e;
        }
        if (after is { } a) return (a.Value, a.Span);
        string? noun = q.Noun ?? q.Unit;
        if (!bare && noun is not null && context.Vocabulary.ImpliedEvents.TryGetValue(noun, out var implied)) return (implied, null);
        if (before is { } b) return (b.Value, b.Span);
        return (null, null);
    }

    private static string? FindPlace(SentenceContext context, Quantity q, TextSpan? trigger)
    {
        // The place follows the figure or its event word closely: "fled Bakhmut", "displaced ... across Pakistan",
        // "residents from Sumy have fled".
        int figureEnd = Math.Max(q.End, q.Conversion?.End ?? 0);
        foreach (var place in context.Places)
        {
            if (place.Span.Start < figureEnd) continue;
            if (IsPossessive(context.Text, place.Span.End)) continue; // "fled Syria's third city of X": the city, not the country
            int anchor = trigger is { } t && t.End <= place.Span.Start ? Math.Max(t.End, figureEnd) : figureEnd;
            if (context.WordsBetween(anchor, place.Span.Start) <= MaxWordsToPlace && !context.ClauseBreakBetween(anchor, place.Span.Start))
                return place.Canonical;
        }
        return null;
    }

    private static bool IsPossessive(string text, int end) =>
        end + 1 < text.Length && text[end] == '\'' && (text[end + 1] == 's' || text[end + 1] == 'S');
}
