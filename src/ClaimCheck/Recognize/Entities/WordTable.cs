using System.Collections.Concurrent;

namespace ClaimCheck.Recognize.Entities;

/// <summary>What the entity vocabulary says of a word: flags for the word lists it belongs to.</summary>
[Flags]
internal enum WordRoles : ushort
{
    None = 0,
    ArticleSpaced = 1 << 0,
    ArticleHyphenated = 1 << 1,
    Connector = 1 << 2,
    Stopword = 1 << 3,
    PersonTitle = 1 << 4,
    OrganisationHead = 1 << 5,
    PlaceHead = 1 << 6,
    PlaceNounAfter = 1 << 7,
    PlaceCueBefore = 1 << 8,
    PlacePossessed = 1 << 9,
    OrganisationNounAfter = 1 << 10,
}

/// <summary>
/// A word as written: its comparison keys (<see cref="NameKey.Exact"/>, <see cref="NameKey.Phonetic"/>), its
/// capitalisation, and the vocabulary lists its exact key is in, all worked out once per spelling.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class WordInfo
{
    public WordInfo(string exact, int exactId, string phonetic, TokenShape shape, WordRoles roles, SourceKind organisationHead, SourceKind organisationNoun)
    {
        Exact = exact;
        ExactId = exactId;
        Phonetic = phonetic;
        Shape = shape;
        Roles = roles;
        OrganisationHead = organisationHead;
        OrganisationNoun = organisationNoun;
    }

    public string Exact { get; }

    /// <summary>
    /// A small number shared by every spelling with this exact key ("Said", "said"), or -1 when the table was full:
    /// then only the key itself tells.
    /// </summary>
    public int ExactId { get; }

    public string Phonetic { get; }
    public TokenShape Shape { get; }
    public WordRoles Roles { get; }

    /// <summary>The source kind of an organisation head word ("Ministry", "Army"); meaningful with <see cref="WordRoles.OrganisationHead"/>.</summary>
    public SourceKind OrganisationHead { get; }

    /// <summary>The source kind of a lower-case organisation noun after a name ("party", "militia"); meaningful with <see cref="WordRoles.OrganisationNounAfter"/>.</summary>
    public SourceKind OrganisationNoun { get; }

    public bool Is(WordRoles role) => (Roles & role) != 0;

    /// <summary>Whether <paramref name="other"/> has the same exact key.</summary>
    public bool SameExact(WordInfo other) =>
        ExactId >= 0 && other.ExactId >= 0 ? ExactId == other.ExactId : string.Equals(Exact, other.Exact);

    /// <summary>What an <see cref="AliasIndex"/> keeps of this word (its tries' first nodes), for the last index that asked.</summary>
    internal object? IndexCache;
}

/// <summary>
/// The <see cref="WordInfo"/> of each spelling, kept across articles: news text repeats a small vocabulary, so most
/// tokens find their keys and vocabulary flags here instead of building two strings and asking several sets.
/// </summary>
/// <remarks>
/// Thread-safe. A word's information is a pure function of its spelling, so what is kept never changes a result. At
/// most about <see cref="Capacity"/> spellings are kept; beyond that words are worked out and not kept, so memory stays
/// bounded whatever the input.
/// </remarks>
internal sealed class WordTable
{
    private const int Capacity = 100_000;

    private readonly EntityVocabulary _vocabulary;
    private readonly ConcurrentDictionary<string, WordInfo> _kept = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, WordInfo>.AlternateLookup<ReadOnlySpan<char>> _keptBySpan;
    private readonly ConcurrentDictionary<string, int> _exactIds = new(StringComparer.Ordinal);
    private int _count;
    private int _lastId = -1;

    public WordTable(EntityVocabulary vocabulary)
    {
        _vocabulary = vocabulary;
        _keptBySpan = _kept.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The information of <paramref name="spelling"/>, a word as the tokenizer reads it.</summary>
    public WordInfo Of(ReadOnlySpan<char> spelling)
    {
        if (_keptBySpan.TryGetValue(spelling, out var word)) return word;
        word = Create(spelling);
        if (Volatile.Read(ref _count) < Capacity && _kept.TryAdd(spelling.SequenceEqual(word.Exact) ? word.Exact : spelling.ToString(), word))
            Interlocked.Increment(ref _count);
        return word;
    }

    private WordInfo Create(ReadOnlySpan<char> spelling)
    {
        string exact = NameKey.Exact(spelling);
        int id = ExactId(exact);
        var v = _vocabulary;
        var roles = WordRoles.None;
        if (v.ArticlesSpaced.Contains(exact)) roles |= WordRoles.ArticleSpaced;
        if (v.ArticlesHyphenated.Contains(exact)) roles |= WordRoles.ArticleHyphenated;
        if (v.Connectors.Contains(exact)) roles |= WordRoles.Connector;
        if (v.Stopwords.Contains(exact)) roles |= WordRoles.Stopword;
        if (v.PersonTitles.Contains(exact)) roles |= WordRoles.PersonTitle;
        if (v.OrganisationHeads.TryGetValue(exact, out var head)) roles |= WordRoles.OrganisationHead;
        if (v.PlaceHeads.Contains(exact)) roles |= WordRoles.PlaceHead;
        if (v.PlaceNounsAfter.Contains(exact)) roles |= WordRoles.PlaceNounAfter;
        if (v.PlaceCuesBefore.Contains(exact)) roles |= WordRoles.PlaceCueBefore;
        if (v.PlacePossessed.Contains(exact)) roles |= WordRoles.PlacePossessed;
        if (v.OrganisationNounsAfter.TryGetValue(exact, out var noun)) roles |= WordRoles.OrganisationNounAfter;
        var shape = spelling.Length == 0 ? TokenShape.Lower : NameTokenizer.ShapeOf(spelling);
        return new WordInfo(exact, id, NameKey.Phonetic(exact), shape, roles, head, noun);
    }

    // Ids are numbered from 0 in the order keys are first seen (a lost race wastes a number); -1 once the table is full.
    private int ExactId(string exact)
    {
        if (_exactIds.TryGetValue(exact, out int id)) return id;
        if (Volatile.Read(ref _lastId) >= Capacity - 1) return -1;
        return _exactIds.GetOrAdd(exact, _ => Interlocked.Increment(ref _lastId));
    }

}
