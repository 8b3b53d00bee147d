using ClaimCheck.Recognize.Entities;
using ClaimCheck.Recognize.Quantities;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>Finds the place a count or measure is about, and the concept word that names what it measures.</summary>
internal static class ScopeFinder
{
    private const int MaxWordsToPlace = 4;
    private const int MaxWordsBackToPlace = 10;
    /// <summary>A place behind a preposition may stand a little further ("saved 88 people from a dinghy in the Mediterranean").</summary>
    private const int MaxWordsToPlaceAfterPreposition = 6;
    private const int MaxWordsFromOwnerToConcept = 2;
    private static readonly string[] PlacePrepositions = ["in", "at", "across", "near", "over", "throughout", "around", "inside", "from", "off", "for",
        "struck", "hit", "rocked", "battered", "lashed", "swept", "pounded", "ravaged", "devastated", "flooded", "shook", "jolted"];

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
            string before = WordBeforePlace(context, place.Span.Start);
            bool preposition = Array.IndexOf(PlacePrepositions, before) >= 0 || before == "of";
            int words = context.WordsBetween(anchor, place.Span.Start);
            // ", Maui County officials said": a name past a comma with no preposition is another phrase's.
            bool comma = context.Text.AsSpan(anchor, place.Span.Start - anchor).Contains(',');
            if ((words <= MaxWordsToPlace || (preposition && words <= MaxWordsToPlaceAfterPreposition))
                && !context.ClauseBreakBetween(anchor, place.Span.Start) && (!comma || preposition))
                return place.Canonical;
            break;
        }
        for (int i = context.Places.Count - 1; i >= 0; i--)
        {
            var place = context.Places[i];
            if (place.Span.End > q.Start) continue;
            if (context.WordsBetween(place.Span.End, q.Start) > MaxWordsBackToPlace || context.ClauseBreakBetween(place.Span.End, q.Start)) break;
            string before = WordBeforePlace(context, place.Span.Start);
            if (Array.IndexOf(PlacePrepositions, before) >= 0 && !IsPossessive(context.Text, place.Span.End)) return place.Canonical;
            // "struck western Afghanistan on Saturday, killing at least 1,000": the place the event verb struck.
            if (context.DateEvents.Any(e => e.Value == "struck" && e.Span.End <= place.Span.Start && context.WordsBetween(e.Span.End, place.Span.Start) <= 1)) return place.Canonical;
            // "Darfur reported 9,500 new cases": the place opens the clause and a place-subject verb joins it to the figure.
            if (before.Length == 0 || ClauseOpensAt(context, place.Span.Start))
            {
                var verbs = context.WordSpansBetween(place.Span.End, q.Start).ToList();
                if (verbs.Count == 1 && context.Vocabulary.PlaceSubjectVerbs.Contains(verbs[0].Slice(context.Text))) return place.Canonical;
            }
            break;
        }
        return OwnerOf(context, trigger is { } tr && tr.End <= q.Start ? tr.Start : q.Start);
    }

    private static bool ClauseOpensAt(SentenceContext context, int start)
    {
        int i = start - 1;
        while (i >= context.Sentence.Span.Start && context.Text[i] == ' ') i--;
        return i < context.Sentence.Span.Start || context.Text[i] is ',' or ';' or ':';
    }

    /// <summary>The word before a place name, past "the" ("in the Democratic Republic of the Congo").</summary>
    private static string WordBeforePlace(SentenceContext context, int start)
    {
        // "in the Mediterranean", "struck central Myanmar": past an article or a direction to the word that ties the place.
        string before = context.WordBefore(start);
        return before == "the" || Array.IndexOf(PlaceAdjectives, before) >= 0 ? context.WordBefore(start, 2) : before;
    }

    private static readonly string[] PlaceAdjectives = ["northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
        "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern", "south-western", "coastal", "rural", "remote"];

    /// <summary>"Argentina's annual inflation hit 211%", "Lahaina's fire killed 102": the owner right before the concept word.</summary>
    private static string? OwnerOf(SentenceContext context, int conceptStart)
    {
        for (int i = context.Places.Count - 1; i >= 0; i--)
        {
            var place = context.Places[i];
            if (place.Span.End > conceptStart) continue;
            if (!IsPossessive(context.Text, place.Span.End)) return null;
            return context.WordsBetween(place.Span.End + 2, conceptStart) <= MaxWordsFromOwnerToConcept
                && !context.ClauseBreakBetween(place.Span.End, conceptStart) ? place.Canonical : null;
        }
        return null;
    }

    /// <summary>
    /// Whose figure it is: the person or organisation nearest before the figure in its clause, else a run of capitalised
    /// words the sentence opens with ("Ruto won 50.49% of the vote"), when only a few words stand between it and the figure.
    /// </summary>
    public static string? SubjectOf(SentenceContext context, Quantity q)
    {
        var named = context.Entities.LastOrDefault(e => e.Kind is EntityKind.Person or EntityKind.Organisation && e.Span.End <= q.Start
            && !context.ClauseBreakBetween(e.Span.End, q.Start) && context.WordsBetween(e.Span.End, q.Start) <= MaxWordsToPlace);
        if (named is not null) return named.Canonical;
        // "the Nikkei jumped 10.2%": the concept word is itself a name.
        var trigger = NearestConcept(context, q, c => c.Subject, MaxWordsToPlace, -1).Trigger;
        if (trigger is { } t && char.IsUpper(context.Text[t.Start]) && t.Start > context.Sentence.Span.Start)
            return t.Slice(context.Text);
        if (context.CapitalisedOpening(q.Start) is not { Run: var run }) return null;
        string first = context.Words[0].Slice(context.Text);
        if (context.Vocabulary.PlaceLinkWords.Contains(first) || Array.IndexOf(PlacePrepositions, first.ToLowerInvariant()) >= 0) return null;
        if (context.Entities.Any(e => e.Span.Overlaps(run)) || PartyTracker.PartyBetween(context, run.Start, run.End)) return null;
        return context.WordsBetween(run.End, q.Start) <= 2 ? run.Slice(context.Text) : null;
    }

    /// <summary>
    /// The nearest concept word of the right kind in the figure's clause: after it within <paramref name="reachAfter"/>
    /// words, or before it within <paramref name="reachBefore"/>. A word inside the figure's own match wins.
    /// </summary>
    public static (ConceptDef? Concept, TextSpan? Trigger) NearestConcept(SentenceContext context, Quantity q, Func<ConceptDef, bool> accepts,
        int reachBefore, int reachAfter)
    {
        var (def, span, _) = ScoredConcept(context, q, accepts, reachBefore, reachAfter);
        return (def, span);
    }

    /// <summary>
    /// <see cref="NearestConcept"/> with its distance: -1 inside the figure, the words between after it, the words between
    /// plus one before it. A concept word beyond another figure of the sentence is that figure's. A concept word that
    /// overlaps <paramref name="skipOverlapping"/> is passed over.
    /// </summary>
    public static (ConceptDef? Concept, TextSpan? Trigger, int Distance) ScoredConcept(SentenceContext context, Quantity q, Func<ConceptDef, bool> accepts,
        int reachBefore, int reachAfter, bool inside = true, TextSpan? skipOverlapping = null)
    {
        int end = Math.Max(q.End, q.Conversion?.End ?? 0);
        var figure = TextSpan.FromBounds(q.Start, end);
        (ConceptDef? Def, TextSpan? Span, int Distance) best = (null, null, int.MaxValue);
        foreach (var match in context.Concepts)
        {
            if (skipOverlapping is { } skip && match.Span.Overlaps(skip)) continue;
            foreach (var def in match.Value)
            {
                if (!accepts(def)) continue;
                int distance;
                if (match.Span.Start >= q.Start && match.Span.End <= end)
                {
                    if (!inside) continue;
                    distance = -1;
                }
                else if (match.Span.Start >= q.Start && match.Span.Start < end && !def.BeforeOnly && reachAfter >= 0) distance = 0; // "inches of rain"
                else if (match.Span.Start < q.Start && match.Span.End > q.Start && !def.AfterOnly && reachBefore >= 0) distance = 1; // "killing at least" + "at least 1,000"
                else if (match.Span.Start >= end && !def.BeforeOnly)
                {
                    distance = context.WordsBetween(end, match.Span.Start);
                    if (distance > reachAfter || context.ClauseBreakBetween(end, match.Span.Start) || context.QuantityBetween(end, match.Span.Start, figure)) continue;
                }
                else if (match.Span.Start < q.Start && !def.AfterOnly)
                {
                    // A phrase that runs into the figure's qualifier ("killing at least 30") stands right before it.
                    distance = match.Span.End <= q.Start ? context.WordsBetween(match.Span.End, q.Start) : 0;
                    if (distance > reachBefore || context.ClauseBreakBetween(match.Span.End, q.Start)
                        || (match.Span.End <= q.Start && context.QuantityBetween(match.Span.End, q.Start, figure))) continue;
                    distance += 1; // words after the figure name it more often than words before ("5,000 killed", "killed ... 5,000")
                }
                else continue;
                if (distance < best.Distance) best = (def, match.Span, distance);
                break;
            }
        }
        return best;
    }

    public static bool IsPossessive(string text, int end) =>
        end + 1 < text.Length && text[end] is '\'' or '\u2019' && (text[end + 1] == 's' || text[end + 1] == 'S');
}
