using ClaimCheck.Recognize.Entities;
using ClaimCheck.Segment;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>What the claim rules need to know about one sentence: its words, places, parties and event words (article offsets).</summary>
internal sealed class SentenceContext
{
    /// <param name="document">The article.</param>
    /// <param name="sentence">The sentence.</param>
    /// <param name="entities">The entity mentions that start in this sentence, in order.</param>
    /// <param name="vocabulary">Event and party words.</param>
    public SentenceContext(SegmentedArticle document, Sentence sentence, List<EntityMention> entities, ClaimVocabulary vocabulary)
    {
        Sentence = sentence;
        Vocabulary = vocabulary;
        int offset = sentence.Span.Start;
        Words = PhraseMatcher<string>.Words(sentence.Text).Select(w => new TextSpan(w.Start + offset, w.Length)).ToList();
        Entities = entities;
        Places = Entities.Where(e => e.Kind == EntityKind.Place).ToList();
        Events = Shift(vocabulary.Events.FindAll(sentence.Text), offset);
        Parties = Shift(vocabulary.Parties.FindAll(sentence.Text), offset);
        Pronouns = Shift(vocabulary.Pronouns.FindAll(sentence.Text), offset);
        Text = document.NormalizedText;
    }

    public Sentence Sentence { get; }
    public ClaimVocabulary Vocabulary { get; }
    public string Text { get; }
    public List<TextSpan> Words { get; }
    public List<EntityMention> Entities { get; }
    public List<EntityMention> Places { get; }
    public List<PhraseMatcher<string>.Match> Events { get; }
    public List<PhraseMatcher<string>.Match> Parties { get; }
    public List<PhraseMatcher<string>.Match> Pronouns { get; }

    /// <summary>How many words lie wholly between two article offsets.</summary>
    public int WordsBetween(int from, int to)
    {
        int n = 0;
        foreach (var w in Words)
            if (w.Start >= from && w.End <= to) n++;
        return n;
    }

    /// <summary>Whether a clause boundary (';', a dash between spaces, or ", and") separates two offsets.</summary>
    public bool ClauseBreakBetween(int from, int to)
    {
        for (int i = Math.Max(from, 0); i < to && i < Text.Length; i++)
        {
            char c = Text[i];
            if (c is ';' or ':') return true;
            if (c == '-' && i > 0 && Text[i - 1] == ' ' && i + 1 < Text.Length && Text[i + 1] == ' ') return true;
            if (c == ',' && Text.AsSpan(i).StartsWith(", and ", StringComparison.Ordinal)) return true;
            if (c == ',' && Text.AsSpan(i).StartsWith(", but ", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static List<PhraseMatcher<string>.Match> Shift(List<PhraseMatcher<string>.Match> matches, int offset) =>
        matches.Select(m => m with { Span = new TextSpan(m.Span.Start + offset, m.Span.Length) }).ToList();
}
