using System.Collections.Frozen;
using System.Collections.Immutable;
using ClaimCheck.Attribution;
using ClaimCheck.Recognize.Dates;
using ClaimCheck.Recognize.Entities;
using ClaimCheck.Recognize.Quantities;
using ClaimCheck.Segment;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>
/// The Build-claims stage: turns recognised quantities and dates into typed claims, sentence by sentence. Each figure
/// goes to the rule of its dimension (counts; lengths as distances between places or as depths and heights; every
/// other measure; ranks), dates near an event word become date claims; the attributor gives the source and the
/// sentence's dates give when. A figure whose concept cannot be told is left out rather than guessed.
/// </summary>
internal static class ClaimBuilder
{
    public static ImmutableArray<Claim> Build(SegmentedArticle document, ImmutableArray<Quantity> quantities, ImmutableArray<DateMention> dates,
        ImmutableArray<EntityMention> entities, IAttributor attributor, Gazetteer? gazetteer = null, ClaimVocabulary? vocabulary = null)
    {
        vocabulary ??= ClaimVocabulary.Default;
        var claims = ImmutableArray.CreateBuilder<Claim>();
        var places = new PlaceMemory(gazetteer ?? Gazetteer.Default, vocabulary);
        var parties = new PartyTracker((sentence, sentenceEntities) => new SentenceContext(document, sentence, sentenceEntities, vocabulary, places));
        // Quantities, dates and entities are in offset order, as sentences are: one cursor each walks them once.
        int qi = 0, di = 0, ei = 0;
        Claim? lastCount = null;
        var quotes = new SentenceQuote();
        foreach (var sentence in document.Sentences)
        {
            var sentenceEntities = InSentence(entities, sentence, static e => e.Span.Start, ref ei);
            var sentenceDates = InSentence(dates, sentence, static d => d.Start, ref di);
            var sentenceQuantities = InSentence(quantities, sentence, static q => q.Start, ref qi);
            if (sentenceQuantities.Count == 0 && sentenceDates.Count == 0)
            {
                // No figure and no date, so no claim: the sentence is only remembered for its parties and places.
                parties.Observe(sentence, sentenceEntities);
                places.Observe(sentenceEntities);
                continue;
            }
            var context = new SentenceContext(document, sentence, sentenceEntities, vocabulary, places, sentenceQuantities, Spans(sentenceDates));
            string? lastTarget = null;
            foreach (var q in sentenceQuantities)
            {
                if (Claim(context, q, parties, lastCount, ref lastTarget) is not { } claim) continue;
                var (dimension, description) = RateAndChange(claim, q);
                var figure = new TextSpan(q.Start, q.Length);
                var complete = Complete(claim, dimension, description, document, entities, sentence, figure, sentenceDates,
                    PeriodDate(context, sentenceDates, figure), attributor, quotes);
                if (complete.Kind == ClaimKind.Count) lastCount = complete;
                claims.Add(complete);
            }
            if (sentenceDates.Count > 0)
                foreach (var (claim, date) in DateRule.Build(context, sentenceDates))
                    claims.Add(Complete(claim, claim.Dimension, claim.Description, document, entities, sentence, new TextSpan(date.Start, date.Length),
                        [date], null, attributor, quotes));
            parties.Observe(context);
            places.Observe(sentenceEntities);
        }
        return claims.ToImmutable();
    }

    private static Claim? Claim(SentenceContext context, Quantity q, PartyTracker parties, Claim? lastCount, ref string? lastTarget)
    {
        if (q.Type == QuantityType.Ordinal) return RankRule.TryBuild(context, q);
        if (DistanceRule.IsLength(q, context.Vocabulary))
        {
            if (MeasureRule.NamedTightly(context, q, "length")) return MeasureRule.TryBuild(context, q, "length");
            // A length that points at a place ("17 km from Mandalay") is a distance or nothing, never a depth or a height.
            return DistanceRule.TryBuild(context, q, parties, ref lastTarget)
                ?? (DistanceRule.PointsAtPlace(context, q) ? null : MeasureRule.TryBuild(context, q, "length"));
        }
        if (MeasureRule.DimensionOf(q, context.Vocabulary) is { } kind && kind != "people") return MeasureRule.TryBuild(context, q, kind);
        return CountRule.TryBuild(context, q, lastCount);
    }

    /// <summary>
    /// A rate ("1.2 million barrels a day", "$2,000 a month") is another dimension than an amount, and a change ("fell
    /// 1.2 percent", "rose by $2bn") another than a level: neither is compared with the other. Rises and falls are kept
    /// apart too, so "fell 3%" is never read as a rival of "rose 3%". Returns the claim's dimension and description so.
    /// </summary>
    private static (string Dimension, string Description) RateAndChange(Claim claim, Quantity q)
    {
        var (dimension, description) = (claim.Dimension, claim.Description);
        if (q.Per is { } per) (dimension, description) = ($"{dimension}/per-{per}", $"{description} per {per}");
        // A count's concept already says which way it went ("cut 7,000 jobs" is jobs lost).
        if (claim.Kind == ClaimKind.Count) return (dimension, description);
        return q.Change switch
        {
            QuantityChange.Increase => (dimension + "/rise", "rise in the " + description),
            QuantityChange.Decrease => (dimension + "/fall", "fall in the " + description),
            _ => (dimension, description),
        };
    }

    /// <summary>The draft claim with its dimension, description, period, source and evidence: one copy of the draft.</summary>
    private static Claim Complete(Claim claim, string dimension, string description, SegmentedArticle document, ImmutableArray<EntityMention> entities,
        Sentence sentence, TextSpan figure, List<DateMention> sentenceDates, DateMention? periodDate, IAttributor attributor, SentenceQuote quotes)
    {
        var refersTo = Nearest(sentenceDates, figure.Start);
        var scope = claim.Scope;
        if (Period(claim.Kind, periodDate) is { } period)
        {
            scope = scope.Add(new ScopeEntry(ScopeRole.Period, period));
            description = $"{description} ({period})";
        }
        // A short sentence is quoted whole: every claim of the sentence holds the same string instead of a copy each.
        string quote = sentence.Span.Length <= TextWindow.MaxQuote
            ? quotes.Whole(document.Article.Text, sentence)
            : TextWindow.Quote(document.Article.Text, sentence.Span, figure);
        return claim with
        {
            Concept = SharedStrings.Of(claim.Concept),
            Dimension = SharedStrings.Of(dimension),
            Scope = scope,
            Description = SharedStrings.Of(description),
            Source = attributor.Attribute(document, entities, sentence, figure.Start),
            Evidence = new Evidence(document.Article.Id, sentence.Index, quote, figure, sentence.Span),
            RefersTo = refersTo,
            Published = document.Article.Metadata.Published,
        };
    }

    /// <summary>The whole-sentence quote of the sentence being built, made once.</summary>
    private sealed class SentenceQuote
    {
        private int _index = -1;
        private string _quote = "";

        public string Whole(string text, Sentence sentence)
        {
            if (sentence.Index != _index) (_index, _quote) = (sentence.Index, Slice(text, sentence));
            return _quote;
        }

        // The sentence's own (normalised) text when normalising changed nothing in it, as in most sentences: no copy then.
        private static string Slice(string text, Sentence sentence) =>
            text.AsSpan(sentence.Span.Start, sentence.Span.Length).SequenceEqual(sentence.Text) ? sentence.Text : sentence.Span.Slice(text);
    }

    /// <summary>
    /// A rate or level stated for a year or a month ("inflation reached 12 percent in 2022") is a quantity of that period:
    /// the same rate in another year is another quantity, not a rival. Counts and distances accumulate or stand; they keep no period.
    /// </summary>
    private static string? Period(ClaimKind kind, DateMention? date)
    {
        if (kind is ClaimKind.Count or ClaimKind.Distance or ClaimKind.Date or ClaimKind.Rank or ClaimKind.Duration) return null;
        if (date is not { Earliest: { } first, Latest: { } last }) return null;
        int days = last.DayNumber - first.DayNumber;
        if (days >= 364 && first.Month == 1 && first.Day == 1 && last.Year == first.Year) return first.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (days >= 27 && days <= 31 && first.Day == 1) return first.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        return null;
    }

    /// <summary>
    /// The date a rate or level is stated for: the nearest date with no other figure between ("64.8 percent from 79.5
    /// percent in 2017": 2017 is the second figure's), and, before the figure, not across "and" ("41.2% in 2021 and 35.7%").
    /// </summary>
    private static DateMention? PeriodDate(SentenceContext context, List<DateMention> dates, TextSpan figure)
    {
        DateMention? best = null;
        int bestDistance = int.MaxValue;
        foreach (var d in dates)
        {
            bool after = d.Start >= figure.End;
            int from = after ? figure.End : d.Start + d.Length, to = after ? d.Start : figure.Start;
            if (to < from || context.QuantityBetween(from, to, figure, strict: true)) continue;
            // "kept its rate at 9% and said inflation would ease next year", "rose to 4.3%, officials said on Tuesday": a
            // date beyond a speech verb dates what is said, not the figure.
            if (after ? SpeechVerbBetween(context, from, to) : AndBetween(context, from, to)) continue;
            if (to - from < bestDistance) (best, bestDistance) = (d, to - from);
        }
        return best;
    }

    private static readonly string[] And = ["and"];

    private static bool AndBetween(SentenceContext context, int from, int to)
    {
        foreach (var w in context.Words)
            if (w.Start >= from && w.End <= to && context.IsAnyOf(w, And)) return true;
        return false;
    }

    private static readonly Attribution.WordSet SpeechVerbs = Attribution.AttributionVocabulary.Default.SpeechVerbs;

    private static bool SpeechVerbBetween(SentenceContext context, int from, int to)
    {
        foreach (var w in context.Words)
            if (w.Start >= from && w.End <= to && SpeechVerbs.Contains(context.Lower(w))) return true;
        return false;
    }

    /// <summary>A claim with its subject known and its source and evidence still to be filled in.</summary>
    internal static Claim Draft(ClaimKind kind, string concept, string dimension, ImmutableArray<ScopeEntry> scope, ClaimValue value, string description) => new()
    {
        Kind = kind,
        Concept = concept,
        Dimension = dimension,
        Scope = scope,
        Value = value,
        Description = description,
        Source = PendingSource,
        Evidence = PendingEvidence,
    };

    /// <summary>A source placeholder replaced by the attributor's answer once the claim's subject is known.</summary>
    internal static Source PendingSource { get; } = Source.Of("?", SourceKind.Unknown);

    /// <summary>An evidence placeholder replaced once the claim's subject is known.</summary>
    internal static Evidence PendingEvidence { get; } = new("?", -1, "", default, default);

    /// <summary>The items that start inside <paramref name="sentence"/>, advancing <paramref name="cursor"/> past them.</summary>
    private static List<T> InSentence<T>(ImmutableArray<T> items, Sentence sentence, Func<T, int> start, ref int cursor)
    {
        while (cursor < items.Length && start(items[cursor]) < sentence.Span.Start) cursor++;
        int first = cursor;
        while (cursor < items.Length && sentence.Span.Contains(start(items[cursor]))) cursor++;
        var inside = new List<T>(cursor - first);
        inside.AddRange(items.AsSpan(first, cursor - first));
        return inside;
    }

    private static List<TextSpan> Spans(List<DateMention> dates)
    {
        var spans = new List<TextSpan>(dates.Count);
        foreach (var d in dates) spans.Add(new TextSpan(d.Start, d.Length));
        return spans;
    }

    /// <summary>The date nearest <paramref name="offset"/>; of two as near, the first.</summary>
    private static DateMention? Nearest(List<DateMention> dates, int offset)
    {
        DateMention? nearest = null;
        int best = int.MaxValue;
        foreach (var d in dates)
        {
            int distance = Math.Abs(d.Start - offset);
            if (distance < best) (nearest, best) = (d, distance);
        }
        return nearest;
    }
}
