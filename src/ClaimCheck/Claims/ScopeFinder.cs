using ClaimCheck.Recognize.Entities;
using ClaimCheck.Recognize.Quantities;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>Finds the place a count or measure is about, and the concept word that names what it measures.</summary>
internal static class ScopeFinder
{
    private const int MaxWordsToPlace = 4;
    private const int MaxWordsBackToPlace = 10;
    // Words that put a place before the figure in its scope: prepositions ("In Valencia, 300 mm of rain fell") and the
    // verbs of an event striking a place ("struck central Myanmar, killing 1,600"; an adjective may stand between).
    private static readonly string[] PlacePrepositions = ["in", "at", "across", "near", "over", "throughout", "around", "inside", "from",
        "struck", "hit", "rocked", "battered", "lashed", "swept", "pounded", "ravaged", "devastated", "flooded", "shook", "jolted"];
    private static readonly string[] PlaceAdjectives = ["northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
        "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern", "south-western", "coastal", "rural", "remote"];

    /// <summary>
    /// The place the figure is about: right after the figure or its concept word ("fled Bakhmut", "killed ... in
    /// Herat", "residents from Sumy have fled"), else named before it behind a preposition in the same clause
    /// ("In Valencia, 300 mm of rain fell").
    /// </summary>
    public static string? PlaceOf(SentenceContext context, Quantity q, TextSpan? trigger)
    {
        int figureEnd = Math.Max(q.End, q.Conversion?.End ?? 0);
        foreach (var place in context.Places)
        {
            if (place.Span.Start < figureEnd) continue;
            if (IsPossessive(context.Text, place.Span.End)) continue; // "fled Syria's third city of X": the city, not the country
            int anchor = trigger is { } t && t.End <= place.Span.Start ? Math.Max(t.End, figureEnd) : figureEnd;
            if (context.WordsBetween(anchor, place.Span.Start) <= MaxWordsToPlace && !context.ClauseBreakBetween(anchor, place.Span.Start))
                return place.Canonical;
            break;
        }
        for (int i = context.Places.Count - 1; i >= 0; i--)
        {
            var place = context.Places[i];
            if (place.Span.End > q.Start) continue;
            if (context.WordsBetween(place.Span.End, q.Start) > MaxWordsBackToPlace || context.ClauseBreakBetween(place.Span.End, q.Start)) break;
            string before = context.WordBefore(place.Span.Start);
            if (Array.IndexOf(PlaceAdjectives, before) >= 0) before = context.WordBefore(place.Span.Start, back: 2);
            if (Array.IndexOf(PlacePrepositions, before) >= 0 && !IsPossessive(context.Text, place.Span.End)) return place.Canonical;
            break;
        }
        return null;
    }

    /// <summary>
    /// The nearest concept word of the right kind in the figure's clause: after it within <paramref name="reachAfter"/>
    /// words, or before it within <paramref name="reachBefore"/>. A word inside the figure's own match wins.
    /// </summary>
    public static (ConceptDef? Concept, TextSpan? Trigger) NearestConcept(SentenceContext context, Quantity q, Func<ConceptDef, bool> accepts,
        int reachBefore, int reachAfter)
    {
        int end = Math.Max(q.End, q.Conversion?.End ?? 0);
        (ConceptDef? Def, TextSpan? Span, int Distance) best = (null, null, int.MaxValue);
        foreach (var match in context.Concepts)
        {
            foreach (var def in match.Value)
            {
                if (!accepts(def)) continue;
                int distance;
                if (match.Span.Start >= q.Start && match.Span.End <= end) distance = -1;
                else if (match.Span.Start >= end && !def.BeforeOnly)
                {
                    distance = context.WordsBetween(end, match.Span.Start);
                    if (distance > reachAfter || context.ClauseBreakBetween(end, match.Span.Start)) continue;
                }
                else if (match.Span.Start < q.Start && !def.AfterOnly)
                {
                    // A phrase that runs into the figure's qualifier ("killing at least 30") stands right before it.
                    distance = match.Span.End <= q.Start ? context.WordsBetween(match.Span.End, q.Start) : 0;
                    if (distance > reachBefore || context.ClauseBreakBetween(match.Span.End, q.Start)) continue;
                    distance += 1; // words after the figure name it more often than words before ("5,000 killed", "killed ... 5,000")
                }
                else continue;
                if (distance < best.Distance) best = (def, match.Span, distance);
                break;
            }
        }
        return (best.Def, best.Span);
    }

    public static bool IsPossessive(string text, int end) =>
        end + 1 < text.Length && text[end] is '\'' or '\u2019' && (text[end + 1] == 's' || text[end + 1] == 'S');
}
