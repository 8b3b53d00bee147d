using ClaimCheck.Recognize.Entities;
using ClaimCheck.Segment;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>What the claim rules need to know about one sentence: its words, places, parties and concept words (article offsets).</summary>
internal sealed class SentenceContext
{
    /// <param name="document">The article.</param>
    /// <param name="sentence">The sentence.</param>
    /// <param name="entities">The entity mentions that start in this sentence, in order.</param>
    /// <param name="vocabulary">Concept and party words.</param>
    /// <param name="places">The article's place memory, for "the capital", "the city".</param>
    public SentenceContext(SegmentedArticle document, Sentence sentence, List<EntityMention> entities, ClaimVocabulary vocabulary, PlaceMemory places)
    {
        Sentence = sentence;
        Vocabulary = vocabulary;
        int offset = sentence.Span.Start;
        Text = document.NormalizedText;
        Words = PhraseMatcher<string>.Words(sentence.Text).Select(w => new TextSpan(w.Start + offset, w.Length)).ToList();
        Entities = entities;
        Concepts = Shift(vocabulary.ConceptWords.FindAll(sentence.Text), offset);
        Parties = Shift(vocabulary.Parties.FindAll(sentence.Text), offset);
        Pronouns = Shift(vocabulary.Pronouns.FindAll(sentence.Text), offset);
        SubsetCues = Shift(vocabulary.SubsetCues.FindAll(sentence.Text), offset);
        DateEvents = Shift(vocabulary.DateEvents.FindAll(sentence.Text), offset);
        Places = places.WithAnaphora(this, Entities.Where(e => e.Kind == EntityKind.Place),
            Shift(vocabulary.PlaceAnaphora.FindAll(sentence.Text), offset));
    }

    public Sentence Sentence { get; }
    public ClaimVocabulary Vocabulary { get; }
    public string Text { get; }
    public List<TextSpan> Words { get; }
    public List<EntityMention> Entities { get; }
    /// <summary>Named places and place words resolved to the place they stand for ("the capital"), in order.</summary>
    public List<EntityMention> Places { get; }
    public List<PhraseMatcher<ConceptDef[]>.Match> Concepts { get; }
    public List<PhraseMatcher<string>.Match> Parties { get; }
    public List<PhraseMatcher<string>.Match> Pronouns { get; }
    public List<PhraseMatcher<string>.Match> SubsetCues { get; }
    public List<PhraseMatcher<string>.Match> DateEvents { get; }

    /// <summary>How many words lie wholly between two article offsets.</summary>
    public int WordsBetween(int from, int to)
    {
        int n = 0;
        foreach (var w in Words)
        {
            if (w.Start >= to) break;
            if (w.Start >= from && w.End <= to) n++;
        }
        return n;
    }

    /// <summary>The words wholly between two article offsets.</summary>
    public IEnumerable<TextSpan> WordSpansBetween(int from, int to) => Words.Where(w => w.Start >= from && w.End <= to);

    /// <summary>Whether a clause boundary (';', ':', a dash between spaces, ", and", ", but", ", while") separates two offsets.</summary>
    public bool ClauseBreakBetween(int from, int to)
    {
        for (int i = Math.Max(from, 0); i < to && i < Text.Length; i++)
        {
            char c = Text[i];
            if (c is ';' or ':') return true;
            if (c is '-' or '\u2013' or '\u2014' && i > 0 && Text[i - 1] == ' ' && i + 1 < Text.Length && Text[i + 1] == ' ') return true;
            if (c == ',' && (Text.AsSpan(i).StartsWith(", and ", StringComparison.Ordinal) || Text.AsSpan(i).StartsWith(", but ", StringComparison.Ordinal)
                || Text.AsSpan(i).StartsWith(", while ", StringComparison.Ordinal) || Text.AsSpan(i).StartsWith(", whereas ", StringComparison.Ordinal)))
                return true;
        }
        return false;
    }

    /// <summary>The word right before an offset (lower-cased), or "".</summary>
    public string WordBefore(int offset, int back = 1)
    {
        int idx = Words.FindLastIndex(w => w.End <= offset);
        idx -= back - 1;
        return idx >= 0 ? Words[idx].Slice(Text).ToLowerInvariant() : "";
    }

    private static List<PhraseMatcher<T>.Match> Shift<T>(List<PhraseMatcher<T>.Match> matches, int offset) =>
        matches.Select(m => m with { Span = new TextSpan(m.Span.Start + offset, m.Span.Length) }).ToList();
}
