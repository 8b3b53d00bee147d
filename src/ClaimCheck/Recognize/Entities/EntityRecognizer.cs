using System.Runtime.InteropServices;
using ClaimCheck.Segment;
using ClaimCheck.Text;

namespace ClaimCheck.Recognize.Entities;

/// <summary>
/// ClaimCheck's entity recognizer: gazetteer names in any spelling variant, abbreviations the article introduces
/// ("... Sudan Doctors Network (SDN)"), and names the gazetteer does not know, recognised from their context
/// ("the town of X", "X province", "Governor X", "X, a resident, said").
/// </summary>
/// <remarks>Immutable and thread-safe: per-article state lives in a <see cref="RecognitionScope"/> created for each call.</remarks>
public sealed class EntityRecognizer : IEntityRecognizer
{
    private readonly EntityVocabulary _vocabulary;

    /// <summary>The shared default instance, with the shipped gazetteer.</summary>
    public static EntityRecognizer Default { get; } = new();

    /// <summary>Creates a recognizer with the shipped gazetteer.</summary>
    public EntityRecognizer() : this(Gazetteer.Default) { }

    /// <summary>Creates a recognizer with a gazetteer of your own (see <see cref="Gazetteer.Extend"/>).</summary>
    /// <param name="gazetteer">The known names.</param>
    public EntityRecognizer(Gazetteer gazetteer)
    {
        Gazetteer = gazetteer ?? throw new ArgumentNullException(nameof(gazetteer));
        _vocabulary = EntityVocabulary.Default;
    }

    /// <summary>The gazetteer this recognizer matches.</summary>
    public Gazetteer Gazetteer { get; }

    /// <inheritdoc/>
    public IReadOnlyList<EntityMention> Recognize(SegmentedArticle document)
    {
        ArgumentNullException.ThrowIfNull(document);
        string text = document.NormalizedText;
        var buffers = Buffers.Take();
        // Every sentence's tokens in one list; a sentence is a slice of it.
        var tokenList = buffers.Tokens;
        var counts = buffers.Counts(document.Sentences.Length);
        int longest = 0;
        for (int k = 0; k < counts.Length; k++)
        {
            var span = document.Sentences[k].Span;
            counts[k] = NameTokenizer.Tokenize(text, span.Start, span.End, _vocabulary, tokenList);
            longest = Math.Max(longest, counts[k]);
        }
        var tokens = CollectionsMarshal.AsSpan(tokenList);
        var scope = new RecognitionScope(document, _vocabulary, tokenList, Gazetteer.Index, buffers.LowerWords);
        var all = new List<EntityMention>(counts.Length); // about one mention a sentence
        // One list and one coverage array serve every sentence in turn.
        var found = buffers.Found;
        var coverage = buffers.Covered(longest);
        int first = 0;
        foreach (int count in counts)
        {
            var sentence = tokens.Slice(first, count);
            first += count;
            found.Clear();
            var covered = coverage[..count];
            covered.Clear();
            MatchKnown(scope, sentence, covered, found);
            new ContextRules(scope, sentence, covered).Apply(found);
            found.Sort(ByStart);
            all.AddRange(found);
        }
        // Not returned when something throws: the next call then starts with new buffers.
        buffers.Return();
        return all;
    }

    /// <summary>
    /// The working lists of one call, kept per thread so that an article allocates little beyond its mentions:
    /// the token list alone is several kilobytes an article.
    /// </summary>
    private sealed class Buffers
    {
        // A buffer that grew past this (a very long article) is let go rather than kept for the thread's lifetime.
        private const int KeptTokens = 1 << 16;

        [ThreadStatic] private static Buffers? _free;

        private int[] _counts = [];
        private bool[] _covered = [];

        public List<NameToken> Tokens { get; } = new(1024);
        public List<EntityMention> Found { get; } = [];
        public LowerCaseWords LowerWords { get; } = new();

        /// <summary>This thread's buffers, or new ones when there are none to take.</summary>
        public static Buffers Take()
        {
            var b = _free ?? new Buffers();
            _free = null;
            return b;
        }

        public void Return()
        {
            Tokens.Clear();
            Found.Clear();
            if (Tokens.Capacity <= KeptTokens) _free = this;
        }

        /// <summary>Room for one token count per sentence (the returned span is exactly <paramref name="sentences"/> long).</summary>
        public Span<int> Counts(int sentences)
        {
            if (_counts.Length < sentences) _counts = new int[Math.Max(sentences, 2 * _counts.Length)];
            return _counts.AsSpan(0, sentences);
        }

        /// <summary>A coverage flag per token of the longest sentence.</summary>
        public Span<bool> Covered(int tokens)
        {
            if (_covered.Length < tokens) _covered = new bool[Math.Max(tokens, 2 * _covered.Length)];
            return _covered.AsSpan(0, tokens);
        }
    }

    private static readonly Comparison<EntityMention> ByStart = (a, b) => a.Span.Start.CompareTo(b.Span.Start);

    private void MatchKnown(RecognitionScope scope, ReadOnlySpan<NameToken> tokens, Span<bool> covered, List<EntityMention> found)
    {
        string text = scope.Text;
        int i = 0;
        while (i < tokens.Length)
        {
            var t = tokens[i];
            if (t.Shape == TokenShape.AllCaps && scope.Abbreviation(text.AsSpan(t.Start, t.End - t.Start)) is { } known)
            {
                found.Add(scope.Mention(t.Start, t.End, known.Kind, known.Canonical, known.Role));
                covered[i++] = true;
                continue;
            }
            if (Gazetteer.Index.Match(text, tokens, i, requireCapital: true) is { } m)
            {
                var e = m.Entry;
                var mention = scope.Mention(tokens[m.StartToken].Start, tokens[m.EndToken - 1].End, e.Kind, e.Name, e.SourceKind);
                found.Add(mention);
                for (int k = m.StartToken; k < m.EndToken; k++) covered[k] = true;
                if (e.Kind == EntityKind.Person) scope.Remember(mention, tokens[m.EndToken - 1]);
                i = m.EndToken;
                if (scope.AbbreviationAfter(tokens, m.StartToken, i, mention, covered, found)) i++;
                continue;
            }
            i++;
        }
    }
}

/// <summary>What the recognizer learns while it reads one article: abbreviations, people by surname, unknown names.</summary>
internal sealed class RecognitionScope
{
    private readonly AliasIndex _index;

    private readonly List<NameToken> _tokens;
    private readonly LowerCaseWords _lowerWords;
    private bool _lowerMarked;

    public RecognitionScope(SegmentedArticle document, EntityVocabulary vocabulary, List<NameToken> tokens, AliasIndex index, LowerCaseWords lowerWords)
    {
        _index = index;
        _tokens = tokens;
        _lowerWords = lowerWords;
        Text = document.NormalizedText;
        Original = document.Article.Text;
        Vocabulary = vocabulary;
    }

    public string Text { get; }
    public string Original { get; }
    public EntityVocabulary Vocabulary { get; }

    // Made on first use: most articles introduce no abbreviation, and many name no person.
    private Dictionary<string, Known>? _abbreviations;
    private Dictionary<string, Known>? _surnames;
    private List<(string Exact, string Phonetic, int Consonants, Known Entity)>? _names;

    /// <summary>The person an earlier mention's surname names.</summary>
    public bool TrySurname(string exact, out Known person)
    {
        person = default;
        return _surnames is not null && _surnames.TryGetValue(exact, out person);
    }

    /// <summary>Remembers a name the context rules recognised, for <see cref="Earlier"/>.</summary>
    public void AddName(string exact, string phonetic, Known entity) =>
        (_names ??= []).Add((exact, phonetic, NameKey.Consonants(phonetic), entity));

    public bool Demonym(WordInfo word) => _index.IsDemonym(word);

    /// <summary>Whether the article writes <paramref name="word"/> in lower case somewhere: then it is a common word.</summary>
    /// <remarks>The article's lower-case words are marked on the first question, as most sentences ask none.</remarks>
    public bool IsLowerWord(WordInfo word)
    {
        if (!_lowerMarked)
        {
            _lowerWords.Mark(CollectionsMarshal.AsSpan(_tokens));
            _lowerMarked = true;
        }
        return _lowerWords.Contains(word, CollectionsMarshal.AsSpan(_tokens));
    }

    /// <summary>The entity an abbreviation introduced earlier in the article names ("... Network (SDN)", then "SDN").</summary>
    public Known? Abbreviation(ReadOnlySpan<char> text) =>
        _abbreviations is not null && _abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var known) ? known : null;

    public readonly record struct Known(string Canonical, EntityKind Kind, SourceKind Role);

    public EntityMention Mention(int start, int end, EntityKind kind, string canonical, SourceKind role) =>
        new(Original[start..end], TextSpan.FromBounds(start, end), kind, canonical, role);

    public void Remember(EntityMention person, NameToken last) =>
        (_surnames ??= new(StringComparer.Ordinal)).TryAdd(last.Exact, new Known(person.Canonical, EntityKind.Person, person.Role));

    /// <summary>"Full Name (ABBR)": the abbreviation names the same entity for the rest of the article.</summary>
    public bool AbbreviationAfter(ReadOnlySpan<NameToken> tokens, int startToken, int endToken, EntityMention mention, Span<bool> covered, List<EntityMention> found)
    {
        if (endToken >= tokens.Length) return false;
        var abbr = tokens[endToken];
        if (abbr.Shape != TokenShape.AllCaps || abbr.Start < 2 || abbr.End >= Text.Length) return false;
        if (Text[abbr.Start - 1] != '(' || Text[abbr.End] != ')') return false;
        if (Text.AsSpan(tokens[endToken - 1].End, abbr.Start - 1 - tokens[endToken - 1].End).Trim().Length != 0) return false;
        int first = startToken;
        while (first < endToken - 1 && tokens[first].Article) first++;
        // Organisations are often abbreviated in their own language (MSF, KPU): only other names must share the initial.
        if (mention.Kind != EntityKind.Organisation && char.ToLowerInvariant(Text[abbr.Start]) != tokens[first].Exact[0]) return false;
        var known = new Known(mention.Canonical, mention.Kind, mention.Role);
        (_abbreviations ??= new(StringComparer.Ordinal))[Text[abbr.Start..abbr.End]] = known;
        found.Add(Mention(abbr.Start, abbr.End, known.Kind, known.Canonical, known.Role));
        covered[endToken] = true;
        return true;
    }

    /// <summary>An entity named earlier in the article under the same or a variant spelling.</summary>
    public Known? Earlier(string exact, string phonetic)
    {
        if (_names is null) return null;
        foreach (var n in _names)
            if (n.Exact == exact) return n.Entity;
        int consonants = NameKey.Consonants(phonetic);
        foreach (var n in _names)
            if (n.Phonetic == phonetic && NameKey.AcceptsPhonetic(exact, n.Exact, consonants)) return n.Entity;
        return null;
    }
}

/// <summary>
/// The exact keys one article writes in lower case, marked by <see cref="WordInfo.ExactId"/>. A mark is the number of
/// the article, so nothing is cleared between articles; a thread reuses one instance.
/// </summary>
internal sealed class LowerCaseWords
{
    private int[] _marks = new int[1024];
    private int _article;
    private bool _unnumbered;

    /// <summary>Starts a new article: marks the exact keys of its lower-case tokens.</summary>
    public void Mark(ReadOnlySpan<NameToken> tokens)
    {
        if (++_article == int.MaxValue)
        {
            Array.Clear(_marks);
            _article = 1;
        }
        _unnumbered = false;
        foreach (var t in tokens)
        {
            if (t.Shape != TokenShape.Lower) continue;
            int id = t.Word.ExactId;
            if (id < 0) { _unnumbered = true; continue; }
            if (id >= _marks.Length) Array.Resize(ref _marks, Math.Max(id + 1, 2 * _marks.Length));
            _marks[id] = _article;
        }
    }

    /// <summary>Whether the article marked last writes <paramref name="word"/>'s exact key in lower case.</summary>
    /// <param name="word">The word asked about.</param>
    /// <param name="tokens">The article's tokens, read when a key has no number.</param>
    public bool Contains(WordInfo word, ReadOnlySpan<NameToken> tokens)
    {
        int id = word.ExactId;
        if (id >= 0 && id < _marks.Length && _marks[id] == _article) return true;
        if (id >= 0 && !_unnumbered) return false;
        foreach (var t in tokens)
            if (t.Shape == TokenShape.Lower && string.Equals(t.Exact, word.Exact)) return true;
        return false;
    }
}
