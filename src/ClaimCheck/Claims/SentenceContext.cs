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
    /// <param name="quantities">The spans of the sentence's recognised quantities, in order.</param>
    /// <param name="dates">The spans of the sentence's recognised dates, in order.</param>
    public SentenceContext(SegmentedArticle document, Sentence sentence, List<EntityMention> entities, ClaimVocabulary vocabulary, PlaceMemory places,
        List<Recognize.Quantities.Quantity>? quantities = null, List<TextSpan>? dates = null)
    {
        Quantities = quantities ?? [];
        DateSpans = dates ?? [];
        Sentence = sentence;
        Vocabulary = vocabulary;
        _places = places;
        Text = document.NormalizedText;
        // One split of the sentence into words, and one lower-cased copy, serve every matcher below. Each matcher runs when
        // a rule first asks for its words: a sentence with no figure and no date is only read for its parties.
        _words = new WordedText(sentence.Text, sentence.Span.Start);
        Entities = entities;
    }

    private readonly WordedText _words;
    private readonly PlaceMemory _places;
    private List<EntityMention>? _placeMentions;
    private List<PhraseMatcher<ConceptDef[]>.Match>? _concepts;
    private List<PhraseMatcher<string>.Match>? _parties, _pronouns, _subsetCues, _dateEvents, _levelVerbs, _restatementCues, _eventNouns;

    private List<PhraseMatcher<T>.Match> Find<T>(PhraseMatcher<T> matcher) => matcher.FindAll(_words);

    public Sentence Sentence { get; }
    public ClaimVocabulary Vocabulary { get; }
    public string Text { get; }
    /// <summary>The sentence's words, in article offsets.</summary>
    public List<TextSpan> Words => _words.Words;
    public List<EntityMention> Entities { get; }

    /// <summary>Named places and place words resolved to the place they stand for ("the capital"), in order.</summary>
    /// <remarks>Resolved against the article's place memory as it stands before this sentence is observed.</remarks>
    public List<EntityMention> Places => _placeMentions ??= ResolvePlaces();

    public List<PhraseMatcher<ConceptDef[]>.Match> Concepts => _concepts ??= Find(Vocabulary.ConceptWords);
    public List<PhraseMatcher<string>.Match> Parties => _parties ??= Find(Vocabulary.Parties);
    public List<PhraseMatcher<string>.Match> Pronouns => _pronouns ??= Find(Vocabulary.Pronouns);
    public List<PhraseMatcher<string>.Match> SubsetCues => _subsetCues ??= Find(Vocabulary.SubsetCues);
    public List<PhraseMatcher<string>.Match> DateEvents => _dateEvents ??= Find(Vocabulary.DateEvents);
    public List<PhraseMatcher<string>.Match> LevelVerbs => _levelVerbs ??= Find(Vocabulary.LevelVerbs);
    public List<PhraseMatcher<string>.Match> RestatementCues => _restatementCues ??= Find(Vocabulary.RestatementCues);
    public List<PhraseMatcher<string>.Match> EventNouns => _eventNouns ??= Find(Vocabulary.EventNouns);

    private List<EntityMention> ResolvePlaces()
    {
        // "Cyclone Dumisani" is the event, not a place: a storm's name never scopes a count.
        var named = new List<EntityMention>();
        foreach (var e in Entities)
            if (e.Kind == EntityKind.Place && !Vocabulary.IsEventName(e.Text)) named.Add(e);
        var places = _places.WithAnaphora(this, named, Find(Vocabulary.PlaceAnaphora));
        _places.AddOwnedCapitals(this, places);
        return places;
    }

    /// <summary>The sentence's recognised quantities: a concept word beyond another figure is that figure's.</summary>
    public List<Recognize.Quantities.Quantity> Quantities { get; }
    /// <summary>The sentence's recognised dates.</summary>
    public List<TextSpan> DateSpans { get; }

    /// <summary>
    /// Whether another figure than <paramref name="figure"/> starts between two offsets. Ages and labels are no figures;
    /// a figure joined to this one by "to", "from", "and", "or" shares its concept word ("aid budget from 0.7% to 0.5%"),
    /// unless <paramref name="strict"/> (a figure of the same type is then another figure all the same).
    /// </summary>
    public bool QuantityBetween(int from, int to, TextSpan figure, bool strict = false)
    {
        foreach (var q in Quantities)
        {
            var span = new TextSpan(q.Start, q.Length);
            if (span.Start < from || span.Start >= to || span.Overlaps(figure)) continue;
            if (q.Type == Recognize.Quantities.QuantityType.Age || IsLabelNumber(q)) continue;
            if (strict)
            {
                if (QuantityAt(figure.Start) is { } self && self.Type != q.Type) continue;
                return true;
            }
            var (a, b) = span.End <= figure.Start ? (span.End, figure.Start) : (figure.End, span.Start);
            bool joined = a <= b && OnlyJoinersBetween(a, b) && WordsBetween(a, b) <= 2;
            // ", backed by 35 aircraft,": a figure in an aside between commas leaves the clause's words to the others.
            bool aside = span.End <= to && Text.AsSpan(from, span.Start - from).Contains(',') && Text.AsSpan(span.End, to - span.End).Contains(',');
            if (!joined && !aside) return true;
        }
        return false;
    }

    /// <summary>The first of the sentence's quantities that starts at <paramref name="start"/>, or null.</summary>
    private Recognize.Quantities.Quantity? QuantityAt(int start)
    {
        foreach (var q in Quantities)
            if (q.Start == start) return q;
        return null;
    }

    private static readonly string[] Joiners = ["to", "from", "and", "or", "down", "up"];

    private bool OnlyJoinersBetween(int from, int to)
    {
        foreach (var w in Words)
            if (w.Start >= from && w.End <= to && !IsAnyOf(w, Joiners)) return false;
        return true;
    }

    /// <summary>A word of the sentence, lower-cased (a slice of the sentence's one lower-cased copy).</summary>
    public ReadOnlySpan<char> Lower(TextSpan word) => _words.Lower(word);

    /// <summary>Whether a word of the sentence is one of <paramref name="lowerWords"/> (lower-case), in any case.</summary>
    public bool IsAnyOf(TextSpan word, string[] lowerWords)
    {
        var lower = Lower(word);
        foreach (var candidate in lowerWords)
            if (lower.SequenceEqual(candidate)) return true;
        return false;
    }

    /// <summary>The index of the last word that ends by <paramref name="offset"/>, or -1.</summary>
    private int LastWordBy(int offset)
    {
        int i = Words.Count - 1;
        while (i >= 0 && Words[i].End > offset) i--;
        return i;
    }

    /// <summary>
    /// A bare number that is a label or a property: a label word right before it (past a list of numbers: "aged 19, 22
    /// and 24"); a capitalised word right before it in mid-sentence that is not a date ("Fortune 500", "Apollo 11"); an
    /// age in commas ("The chancellor, 46, delivered").
    /// </summary>
    public bool IsLabelNumber(Recognize.Quantities.Quantity q)
    {
        if (q.Type != Recognize.Quantities.QuantityType.Number) return false;
        int i = LastWordBy(q.Start);
        if (i < 0) return false;
        var previous = Words[i];
        while (i > 0 && (char.IsDigit(Text[Words[i].Start]) || Words[i].Slice(Text).Equals("and", StringComparison.OrdinalIgnoreCase))) i--;
        if (Vocabulary.LabelWords.Contains(Words[i].Slice(Text))) return true;
        int end = q.Start + q.Length;
        if (Text.AsSpan(previous.End, q.Start - previous.End).Trim().SequenceEqual(",") && end < Text.Length && Text[end] == ',') return true;
        return IsNameBefore(q.Start);
    }

    /// <summary>Whether a capitalised word stands right before <paramref name="offset"/> in mid-sentence and is not a date ("Apollo 11 crew").</summary>
    public bool IsNameBefore(int offset)
    {
        int i = LastWordBy(offset);
        if (i <= 0) return false;
        var previous = Words[i];
        return Text.AsSpan(previous.End, offset - previous.End).Trim().IsEmpty && char.IsUpper(Text[previous.Start])
            && !OverlapsDate(previous);
    }

    private bool OverlapsDate(TextSpan span)
    {
        foreach (var d in DateSpans)
            if (d.Overlaps(span)) return true;
        return false;
    }

    /// <summary>How many words lie wholly between two article offsets.</summary>
    public int WordsBetween(int from, int to)
    {
        int n = 0;
        for (int i = FirstWordFrom(from); i < Words.Count && Words[i].Start < to; i++)
            if (Words[i].End <= to) n++;
        return n;
    }

    /// <summary>The index of the first word starting at or after <paramref name="offset"/> (the count when none does).</summary>
    private int FirstWordFrom(int offset)
    {
        int lo = 0, hi = Words.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Words[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>
    /// The run of capitalised words the sentence opens with, ending before <paramref name="before"/> ("Sake lies...",
    /// "Quelimane, a city of..."), and how many words it has; null when the sentence opens lower-case or is capitalised
    /// throughout.
    /// </summary>
    public (TextSpan Run, int Words)? CapitalisedOpening(int before)
    {
        int n = 0;
        while (n < Words.Count && Words[n].End <= before && char.IsUpper(Text[Words[n].Start])) n++;
        if (n == 0 || n == Words.Count) return null;
        return (TextSpan.FromBounds(Words[0].Start, Words[n - 1].End), n);
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
        int idx = LastWordBy(offset);
        idx -= back - 1;
        return idx >= 0 ? _words.Lower(Words[idx]).ToString() : "";
    }
}
