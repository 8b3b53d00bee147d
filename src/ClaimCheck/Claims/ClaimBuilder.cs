using System.Collections.Immutable;
using ClaimCheck.Attribution;
using ClaimCheck.Recognize.Dates;
using ClaimCheck.Recognize.Entities;
using ClaimCheck.Recognize.Quantities;
using ClaimCheck.Segment;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>
/// The Build-claims stage: turns recognised quantities into typed claims, sentence by sentence, using the
/// sentence's places, parties and event words for the subject, the attributor for the source, and the
/// sentence's dates for when. A figure whose subject cannot be told is left out rather than guessed.
/// </summary>
internal static class ClaimBuilder
{
    public static ImmutableArray<Claim> Build(SegmentedArticle document, ImmutableArray<Quantity> quantities, ImmutableArray<DateMention> dates,
        ImmutableArray<EntityMention> entities, IAttributor attributor, ClaimVocabulary? vocabulary = null)
    {
        vocabulary ??= ClaimVocabulary.Default;
        var claims = ImmutableArray.CreateBuilder<Claim>();
        var parties = new PartyTracker();
        // Quantities, dates and entities are in offset order, as sentences are: one cursor each walks them once.
        int qi = 0, di = 0, ei = 0;
        foreach (var sentence in document.Sentences)
        {
            var sentenceEntities = InSentence(entities, sentence, static e => e.Span.Start, ref ei);
            var sentenceDates = InSentence(dates, sentence, static d => d.Start, ref di);
            var context = new SentenceContext(document, sentence, sentenceEntities, vocabulary);
            string? lastTarget = null;
            foreach (var q in InSentence(quantities, sentence, static q => q.Start, ref qi))
            {
                Claim? claim = DistanceRule.IsDistance(q, vocabulary)
                    ? DistanceRule.TryBuild(context, q, parties, ref lastTarget)
                    : CountRule.TryBuild(context, q);
                if (claim is null) continue;
                claims.Add(claim with
                {
                    Source = attributor.Attribute(document, entities, sentence, q.Start),
                    Evidence = new Evidence(document.Article.Id, sentence.Index, TextWindow.Quote(document.Article.Text, sentence.Span, new(q.Start, q.Length)),
                        new(q.Start, q.Length), sentence.Span),
                    RefersTo = Nearest(sentenceDates, q.Start),
                    Published = document.Article.Metadata.Published,
                });
            }
            parties.Observe(context);
        }
        return claims.ToImmutable();
    }

    /// <summary>A source placeholder replaced by the attributor's answer once the claim's subject is known.</summary>
    internal static Source PendingSource { get; } = Source.Of("?", SourceKind.Unknown);

    /// <summary>An evidence placeholder replaced once the claim's subject is known.</summary>
    internal static Evidence PendingEvidence { get; } = new("?", -1, "", default, default);

    /// <summary>The items that start inside <paramref name="sentence"/>, advancing <paramref name="cursor"/> past them.</summary>
    private static List<T> InSentence<T>(ImmutableArray<T> items, Sentence sentence, Func<T, int> start, ref int cursor)
    {
        while (cursor < items.Length && start(items[cursor]) < sentence.Span.Start) cursor++;
        var inside = new List<T>();
        while (cursor < items.Length && sentence.Span.Contains(start(items[cursor]))) inside.Add(items[cursor++]);
        return inside;
    }

    private static DateMention? Nearest(IEnumerable<DateMention> dates, int offset) =>
        dates.OrderBy(d => Math.Abs(d.Start - offset)).FirstOrDefault();
}
