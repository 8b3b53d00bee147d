using System.Collections.Immutable;
using ClaimCheck.Recognize.Quantities;

namespace ClaimCheck.Claims;

/// <summary>
/// Builds rank claims: "Kisumu, Kenya's third-largest city", "Kisumu is the third largest city in Kenya". The ranked
/// place is the sentence's place right before the rank (through "is" or an apposition); the concept is the rank word
/// and the noun it ranks ("largest city").
/// </summary>
internal static class RankRule
{
    private const int MaxWordsFromSubject = 4;

    public static Claim? TryBuild(SentenceContext context, Quantity q)
    {
        if (q.Type != QuantityType.Ordinal || q.Noun is not { } rankWord || q.Value is not { } rank) return null;
        var next = context.Words.FirstOrDefault(w => w.Start >= q.End);
        if (next.Length == 0) return null;
        string noun = next.Slice(context.Text).ToLowerInvariant();
        if (!noun.All(char.IsLetter) || noun.Length < 3) return null;
        var subject = SubjectBefore(context, q) ?? SubjectAfter(context, next);
        if (subject is null) return null;
        string concept = $"rank_{rankWord.ToLowerInvariant()}_{noun}";
        ImmutableArray<ScopeEntry> scope = [new(ScopeRole.Subject, subject.Canonical)];
        var def = new ConceptDef(concept, ClaimKind.Rank, $"{rankWord.ToLowerInvariant()} {noun}", [], null, false, false, [], false, false);
        var value = new ClaimValue(q.Text, rank, rank, rank, "rank", Qualifier.Exact) { WrittenUnit = null };
        return ClaimBuilder.Draft(ClaimKind.Rank, concept, "rank", scope, value, ClaimText.Describe(ClaimKind.Rank, def, null, scope));
    }

    /// <summary>"Kisumu, Kenya's third-largest city", "Kisumu is the third largest": the place before, past an owner ("Kenya's").</summary>
    private static Recognize.Entities.EntityMention? SubjectBefore(SentenceContext context, Quantity q)
    {
        for (int i = context.Places.Count - 1; i >= 0; i--)
        {
            var place = context.Places[i];
            if (place.Span.End > q.Start) continue;
            if (ScopeFinder.IsPossessive(context.Text, place.Span.End)) continue; // the owner, not the ranked place
            if (context.WordsBetween(place.Span.End, q.Start) > MaxWordsFromSubject) return null;
            // Between the subject and the rank only link words and an owner stand ("is", "Kenya's", "the").
            foreach (var w in context.WordSpansBetween(place.Span.End, q.Start))
            {
                string word = w.Slice(context.Text);
                bool owner = word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase);
                if (!owner && !context.Vocabulary.PlaceLinkWords.Contains(word)) return null;
            }
            return place;
        }
        return null;
    }

    /// <summary>"Kenya's third-largest city, Kisumu": the place in apposition right after the ranked noun.</summary>
    private static Recognize.Entities.EntityMention? SubjectAfter(SentenceContext context, Text.TextSpan noun) =>
        context.Places.FirstOrDefault(p => p.Span.Start >= noun.End && p.Span.Start - noun.End <= 2 && context.Text[noun.End] == ',');
}
