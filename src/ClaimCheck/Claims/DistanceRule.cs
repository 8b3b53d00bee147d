using System.Collections.Immutable;
using ClaimCheck.Recognize.Quantities;

namespace ClaimCheck.Claims;

/// <summary>
/// Builds distance claims. The target is the first place after the figure (and its conversion) within a few
/// words ("25 km south of X", "10 km away from X"); a later figure in the same sentence without a place of its
/// own shares the previous target ("... 20 km from X, and the monitor put them as close as 10 km"). The starting
/// point is a place right before the figure, linked by "is", "lies", a comma... ("Y is 25 km south of X"), else
/// the armed party named before it ("rebels are 10 km from X"). A route named before the figure ("the road from A to B
/// runs 95 km") is the distance between its ends.
/// </summary>
internal static class DistanceRule
{
    private const int MaxWordsToTarget = 6;
    private const int MaxWordsFromPlace = 6;
    /// <summary>"from A to B runs 95 km", "... stretches for some 95 km": the verb between the route and its length.</summary>
    private const int MaxWordsFromRoute = 4;

    public static bool IsLength(Quantity q, ClaimVocabulary vocabulary) =>
        q.Type == QuantityType.Dimension && vocabulary.KindOf(q.Unit) == "length" && vocabulary.Factor(q.Unit!, "km") is not null;

    public static Claim? TryBuild(SentenceContext context, Quantity q, PartyTracker parties, ref string? lastTarget)
    {
        int after = Math.Max(q.End, q.Conversion?.End ?? 0);
        var value = ValueOf(q, context.Vocabulary);
        if ((FromTo(context, after) ?? FromToBefore(context, q.Start)) is { } between) return Distance(between.From, between.To, value, party: false);
        var target = context.Places.FirstOrDefault(p =>
            p.Span.Start >= after && context.WordsBetween(after, p.Span.Start) <= MaxWordsToTarget && !context.ClauseBreakBetween(after, p.Span.Start));
        string? to = target?.Canonical ?? UnknownTarget(context, after) ?? lastTarget;
        if (to is null) return null;
        lastTarget = to;

        var origin = AppositionSubject(context, q.Start, to);
        if (origin is null)
        {
            var before = context.Places.LastOrDefault(p => p.Span.End <= q.Start && p.Canonical != to);
            if (before is not null && (LinksAcrossApposition(context, before.Span.End, q.Start) || LinksPlaceToFigure(context, before.Span.End, q.Start)))
                origin = before;
            else if (before is null && UnknownSubject(context, q.Start, to) is { } subject)
                return Distance(subject, to, value, party: false);
        }
        if (origin is not null) return Distance(origin.Canonical, to, value, party: false);

        return parties.PartyBefore(context, q.Start) is { } party ? Distance(party, to, value, party: true) : null;
    }

    /// <summary>
    /// A name the entity recognizer did not know, as a distance's target: "380 km north-east of Beira", "12 km from
    /// Kalehe". Only right behind "of", "from" or "to" after the figure and its direction words, and only a capitalised
    /// run that is no known entity, so "50 km from the Border Force" or "10 km of Route 7" do not qualify by accident.
    /// </summary>
    private static string? UnknownTarget(SentenceContext context, int after)
    {
        var words = context.Words.Where(w => w.Start >= after).Take(MaxWordsToTarget + 1).ToList();
        int i = 0;
        while (i < words.Count && i < MaxWordsToTarget && !IsTargetLink(words[i].Slice(context.Text))) i++;
        if (i + 1 >= words.Count || context.ClauseBreakBetween(after, words[i + 1].Start)) return null;
        var first = words[i + 1];
        if (!char.IsUpper(context.Text[first.Start]) || context.Vocabulary.PlaceLinkWords.Contains(first.Slice(context.Text))) return null;
        int end = first.End;
        foreach (var w in context.Words.Where(w => w.Start > first.Start))
        {
            if (w.Start - end > 1 || !char.IsUpper(context.Text[w.Start])) break;
            end = w.End;
        }
        var name = Text.TextSpan.FromBounds(first.Start, end);
        if (context.Entities.Any(e => e.Span.Overlaps(name)) || context.Vocabulary.IsEventName(name.Slice(context.Text))) return null;
        return name.Slice(context.Text);
    }

    private static bool IsTargetLink(string word) => word is "of" or "from" or "to";

    /// <summary>Whether a place follows the figure within the reach of a distance's target ("17 km from Mandalay", "5 miles north of Tulsa").</summary>
    public static bool PointsAtPlace(SentenceContext context, Quantity q)
    {
        int after = Math.Max(q.End, q.Conversion?.End ?? 0);
        return context.Places.Any(p => p.Span.Start >= after && context.WordsBetween(after, p.Span.Start) <= MaxWordsToTarget
            && !context.ClauseBreakBetween(after, p.Span.Start));
    }

    private static Claim Distance(string from, string to, ClaimValue value, bool party)
    {
        ImmutableArray<ScopeEntry> scope = [new(party ? ScopeRole.Party : ScopeRole.From, from), new(ScopeRole.To, to)];
        return ClaimBuilder.Draft(ClaimKind.Distance, "distance", "length", scope, value, ClaimText.Describe(ClaimKind.Distance, null, null, scope));
    }

    /// <summary>"N km from A to B", "the N km between A and B", "the N-km road from A to B": both places follow the figure.</summary>
    private static (string From, string To)? FromTo(SentenceContext context, int after)
    {
        var next = context.Places.Where(p => p.Span.Start >= after).Take(2).ToList();
        if (next.Count < 2 || next[0].Canonical == next[1].Canonical) return null;
        if (context.ClauseBreakBetween(after, next[1].Span.End)) return null;
        var words = context.WordSpansBetween(after, next[1].Span.Start).Select(w => w.Slice(context.Text).ToLowerInvariant()).ToList();
        bool fromTo = words.Contains("from") && words.Contains("to") && words.IndexOf("from") < words.IndexOf("to");
        bool between = words.Contains("between") && words.Contains("and");
        if (!(fromTo || between) || words.Count > 8) return null;
        // The second place must follow "to" / "and" directly: "from A to B".
        string link = context.WordBefore(next[1].Span.Start);
        return link is "to" or "and" ? (next[0].Canonical, next[1].Canonical) : null;
    }

    /// <summary>"The road from A to B runs 95 km", "the border between A and B is 50 km long": both places stand before the figure.</summary>
    private static (string From, string To)? FromToBefore(SentenceContext context, int figureStart)
    {
        var last = context.Places.Where(p => p.Span.End <= figureStart).TakeLast(2).ToList();
        if (last.Count < 2 || last[0].Canonical == last[1].Canonical) return null;
        if (context.ClauseBreakBetween(last[0].Span.Start, figureStart) || context.WordsBetween(last[1].Span.End, figureStart) > MaxWordsFromRoute) return null;
        string first = context.WordBefore(last[0].Span.Start), link = context.WordBefore(last[1].Span.Start);
        bool fromTo = first == "from" && link == "to", between = first == "between" && link == "and";
        return (fromTo || between) && context.WordsBetween(last[0].Span.End, last[1].Span.Start) == 1 ? (last[0].Canonical, last[1].Canonical) : null;
    }

    /// <summary>
    /// The place a sentence opens with when an apposition stands between it and the figure
    /// ("Kisumu, the largest city on the lake, is 350 km west of Nairobi"): the subject, not the places inside the apposition.
    /// </summary>
    private static Recognize.Entities.EntityMention? AppositionSubject(SentenceContext context, int figureStart, string target)
    {
        var first = context.Places.FirstOrDefault();
        if (first is null || first.Canonical == target || first.Span.End >= figureStart) return null;
        if (context.WordsBetween(context.Sentence.Span.Start, first.Span.Start) > 0) return null;
        return LinksAcrossApposition(context, first.Span.End, figureStart) ? first : null;
    }

    /// <summary>", an apposition," then only link words up to the figure.</summary>
    private static bool LinksAcrossApposition(SentenceContext context, int from, int to)
    {
        if (from >= context.Text.Length || context.Text[from] != ',') return false;
        // The apposition closes at the next comma that is not inside a figure ("a city of 420,000 people, lies ...").
        int close = from;
        do close = context.Text.IndexOf(',', close + 1, to - close - 1);
        while (close > 0 && close + 1 < context.Text.Length && char.IsDigit(context.Text[close + 1]) && char.IsDigit(context.Text[close - 1]));
        return close > from && LinksPlaceToFigure(context, close + 1, to);
    }

    /// <summary>
    /// A name the entity recognizer did not know, standing as the sentence's subject and linked to the figure
    /// ("Sake lies 60 km west of Goma"): a run of capitalised words at the start of the sentence that is not a
    /// party, a pronoun or a known organisation or person.
    /// </summary>
    private static string? UnknownSubject(SentenceContext context, int figureStart, string target)
    {
        if (context.CapitalisedOpening(figureStart) is not { Run: var name }) return null;
        if (context.Entities.Any(e => e.Span.Overlaps(name)) || PartyTracker.PartyBetween(context, name.Start, name.End)) return null;
        if (context.Vocabulary.PlaceLinkWords.Contains(context.Words[0].Slice(context.Text))) return null; // "The", "A"...
        if (!LinksPlaceToFigure(context, name.End, figureStart) && !LinksAcrossApposition(context, name.End, figureStart)) return null;
        string subject = name.Slice(context.Text);
        return subject.Equals(target, StringComparison.OrdinalIgnoreCase) ? null : subject;
    }

    private static bool LinksPlaceToFigure(SentenceContext context, int from, int to)
    {
        if (context.WordsBetween(from, to) > MaxWordsFromPlace || context.ClauseBreakBetween(from, to)) return false;
        if (PartyTracker.PartyBetween(context, from, to)) return false;
        foreach (var w in context.Words)
        {
            if (w.Start < from || w.End > to) continue;
            if (!context.Vocabulary.PlaceLinkWords.Contains(w.Slice(context.Text))) return false;
        }
        return true;
    }

    /// <summary>The figure in kilometres. "As near as"/"as close as" report the nearest approach (a point);
    /// "within" is a true upper bound.</summary>
    private static ClaimValue ValueOf(Quantity q, ClaimVocabulary vocabulary)
    {
        double k = vocabulary.Factor(q.Unit!, "km")!.Value;
        double? low = q.Low * k, high = q.High * k, value = q.Value * k;
        if (q.Qualifier == Qualifier.Within && value is not null)
        {
            bool isUpperBound = q.Text.StartsWith("within", StringComparison.OrdinalIgnoreCase);
            low = isUpperBound ? 0 : value;
            high = value;
        }
        return new ClaimValue(q.Text, value, low, high, "km", q.Qualifier, q.Conversion?.Text)
        {
            LowInclusive = q.LowInclusive,
            HighInclusive = q.HighInclusive,
            WrittenUnit = q.Unit,
            ConversionValue = q.Conversion is { Unit: { } cu } c && vocabulary.Factor(cu, "km") is { } ck ? c.Value * ck : null,
        };
    }
}
