using System.Collections.Frozen;
using ClaimCheck.Data;
using ClaimCheck.Recognize.Entities;
using ClaimCheck.Segment;
using ClaimCheck.Text;

namespace ClaimCheck.Attribute;

/// <summary>A side of a conflict a figure is about: an armed group by canonical name, or a party word ("rebels").</summary>
/// <param name="Canonical">The comparison key: the group's canonical name, or the party's canonical word from Data/parties.yaml.</param>
/// <param name="Span">Where the party is named (for a pronoun, where the pronoun's antecedent stands).</param>
/// <param name="Named">Whether it is a named group rather than a party word.</param>
internal readonly record struct Party(string Canonical, TextSpan Span, bool Named);

/// <summary>Who captured what: "Islamist militants captured the city of Hama".</summary>
/// <param name="Actor">The capturing party.</param>
/// <param name="Target">Canonical name of the captured place.</param>
internal readonly record struct Capture(Party Actor, string Target);

/// <summary>
/// Helpers for the Build-claims stage: the entities of a claim in their roles. Places in a sentence, the place a
/// figure points to ("10 km from X"), the party a figure is about ("rebels", "they" -> the group named before), and
/// who captured what. All offsets are article offsets.
/// </summary>
internal static class SubjectFinder
{
    private const int SentencesBack = 3;
    private static readonly string[] ClauseBreaks = [";", ":"];

    /// <summary>The place mentions of a sentence, in order.</summary>
    public static List<EntityMention> PlacesIn(IReadOnlyList<EntityMention> entities, Sentence sentence) =>
        entities.Where(e => e.Kind == EntityKind.Place && sentence.Span.Contains(e.Span.Start)).ToList();

    /// <summary>The first place named after <paramref name="offset"/> within <paramref name="maxWords"/> words, not across ';' or ':'.</summary>
    public static EntityMention? PlaceAfter(SegmentedArticle document, IReadOnlyList<EntityMention> entities, Sentence sentence, int offset, int maxWords = 6)
    {
        var words = SentenceWords.Split(document.NormalizedText, offset, sentence.Span.End);
        int limit = sentence.Span.End;
        int count = 0;
        foreach (var w in words)
        {
            if (w.IsPunctuation && ClauseBreaks.Contains(w.Lower)) { limit = w.Start; break; }
            if (!w.IsPunctuation && ++count > maxWords + 1) { limit = w.Start; break; }
        }
        return entities.FirstOrDefault(e => e.Kind == EntityKind.Place && e.Span.Start >= offset && e.Span.Start < limit);
    }

    /// <summary>
    /// The party named nearest before the figure in its sentence: an armed group, or a party word; a pronoun
    /// ("they", "them") stands for the party named before it, in this sentence or up to three sentences earlier.
    /// </summary>
    public static Party? PartyBefore(SegmentedArticle document, IReadOnlyList<EntityMention> entities, Sentence sentence, int figureStart)
    {
        var parties = Parties(document, entities, sentence).Where(p => p.Span.End <= figureStart).ToList();
        if (parties.Count == 0) return null;
        if (parties[^1].Canonical.Length > 0) return parties[^1];
        for (int i = parties.Count - 2; i >= 0; i--)
            if (parties[i].Canonical.Length > 0) return parties[i];
        for (int back = 1; back <= SentencesBack && sentence.Index - back >= 0; back++)
        {
            var earlier = Parties(document, entities, document.Sentences[sentence.Index - back]).LastOrDefault(p => p.Canonical.Length > 0);
            if (earlier.Canonical is { Length: > 0 }) return earlier;
        }
        return null;
    }

    /// <summary>"X captured/seized/took Y": the party before the verb and the place after it.</summary>
    public static Capture? CaptureIn(SegmentedArticle document, IReadOnlyList<EntityMention> entities, Sentence sentence)
    {
        var words = SentenceWords.Split(document.NormalizedText, sentence.Span.Start, sentence.Span.End);
        foreach (var w in words)
        {
            if (!PartyVocabulary.Default.CaptureVerbs.Contains(w.Lower)) continue;
            var actor = PartyBefore(document, entities, sentence, w.Start);
            var target = PlaceAfter(document, entities, sentence, w.End, maxWords: 8);
            if (actor is { } a && target is not null) return new Capture(a, target.Canonical);
        }
        return null;
    }

    /// <summary>The parties of a sentence in order; a pronoun has an empty canonical name.</summary>
    private static List<Party> Parties(SegmentedArticle document, IReadOnlyList<EntityMention> entities, Sentence sentence)
    {
        var list = new List<Party>();
        foreach (var e in entities)
            if (sentence.Span.Contains(e.Span.Start) && e.Kind == EntityKind.Organisation && e.Role == SourceKind.ArmedGroup)
                list.Add(new Party(e.Canonical, e.Span, true));
        var vocabulary = PartyVocabulary.Default;
        var words = SentenceWords.Split(document.NormalizedText, sentence.Span.Start, sentence.Span.End);
        for (int i = 0; i < words.Count; i++)
        {
            if (words[i].IsPunctuation || list.Any(p => p.Span.Contains(words[i].Start))) continue;
            if (vocabulary.Pronouns.Contains(words[i].Lower)) { list.Add(new Party("", new TextSpan(words[i].Start, words[i].End - words[i].Start), false)); continue; }
            foreach (var (phrase, canonical) in vocabulary.Phrases)
            {
                if (i + phrase.Length > words.Count) continue;
                bool all = true;
                for (int k = 0; k < phrase.Length && all; k++) all = words[i + k].Lower == phrase[k];
                if (!all) continue;
                // "HTS fighters", "Russian troops": a named group right before the party word is the party.
                bool qualified = list.Any(p => p.Named && p.Span.End <= words[i].Start && words[i].Start - p.Span.End <= 1);
                if (!qualified) list.Add(new Party(canonical, TextSpan.FromBounds(words[i].Start, words[i + phrase.Length - 1].End), false));
                i += phrase.Length - 1;
                break;
            }
        }
        list.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return list;
    }
}

/// <summary>The party words of Data/parties.yaml.</summary>
internal sealed class PartyVocabulary
{
    public static PartyVocabulary Default { get; } = Load();

    public required (string[] Words, string Canonical)[] Phrases { get; init; }
    public required FrozenSet<string> Pronouns { get; init; }
    public required FrozenSet<string> CaptureVerbs { get; init; }

    private sealed class Raw
    {
        public List<RawParty> Parties { get; set; } = [];
        public List<string> PartyPronouns { get; set; } = [];
        public List<string> CaptureVerbs { get; set; } = [];
    }

    private sealed class RawParty
    {
        public string Canonical { get; set; } = "";
        public List<string> Words { get; set; } = [];
    }

    private static PartyVocabulary Load()
    {
        var raw = EmbeddedData.ReadYaml<Raw>("parties.yaml");
        return new PartyVocabulary
        {
            Phrases = raw.Parties.SelectMany(p => p.Words.Select(w => (w.ToLowerInvariant().Split(' '), p.Canonical)))
                .OrderByDescending(p => p.Item1.Length).ToArray(),
            Pronouns = raw.PartyPronouns.Select(p => p.ToLowerInvariant()).ToFrozenSet(),
            CaptureVerbs = raw.CaptureVerbs.Select(p => p.ToLowerInvariant()).ToFrozenSet(),
        };
    }
}
