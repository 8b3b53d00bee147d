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
    public required string Exact { get; init; }

    /// <summary>
    /// A small number shared by every spelling with this exact key ("Said", "said"), or -1 when the table was full:
    /// then only the key itself tells.
    /// </summary>
    public required int ExactId { get; init; }

    public required string Phonetic { get; init; }
    public required TokenShape Shape { get; init; }
    public required WordRoles Roles { get; init; }

    /// <summary>The source kind of an organisation head word ("Ministry", "Army"); meaningful with <see cref="WordRoles.OrganisationHead"/>.</summary>
    public SourceKind OrganisationHead { get; init; }

    /// <summary>The source kind of a lower-case organisation noun after a name ("party", "militia"); meaningful with <see cref="WordRoles.OrganisationNounAfter"/>.</summary>
    public SourceKind OrganisationNoun { get; init; }

    /// <summary>The phrases before a place name that end with this word ("town of", "capital,"), in vocabulary order.</summary>
    public string[][] PlacePhrases { get; init; } = [];

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

    // The spellings kept, in chained buckets. Readers take no lock: an entry never changes, and a bucket's head and the
    // bucket array are only ever replaced whole. Writers take the gate. A chain stops growing at MaxChain entries, so
    // however the spellings collide a look-up reads a few entries at most.
    private const int MaxChain = 8;

    private sealed class Entry(string spelling, int hash, WordInfo word, Entry? next)
    {
        public string Spelling { get; } = spelling;
        public int Hash { get; } = hash;
        public WordInfo Word { get; } = word;
        public Entry? Next { get; } = next;
    }

    private static readonly uint Seed = (uint)Random.Shared.Next();

    private readonly EntityVocabulary _vocabulary;
    private readonly Lock _gate = new();
    private Entry?[] _buckets = new Entry?[4096];
    private int _count;
    private readonly ConcurrentDictionary<string, int> _exactIds = new(StringComparer.Ordinal);
    private int _lastId = -1;

    public WordTable(EntityVocabulary vocabulary) => _vocabulary = vocabulary;

    /// <summary>The information of <paramref name="spelling"/>, a word as the tokenizer reads it.</summary>
    public WordInfo Of(ReadOnlySpan<char> spelling)
    {
        int hash = Hash(spelling);
        var buckets = Volatile.Read(ref _buckets);
        for (var e = Volatile.Read(ref buckets[hash & (buckets.Length - 1)]); e is not null; e = e.Next)
            if (e.Hash == hash && spelling.SequenceEqual(e.Spelling)) return e.Word;
        var word = Create(spelling);
        if (Volatile.Read(ref _count) < Capacity) Keep(spelling, hash, word);
        return word;
    }

    private void Keep(ReadOnlySpan<char> spelling, int hash, WordInfo word)
    {
        lock (_gate)
        {
            var buckets = _buckets;
            ref var head = ref buckets[hash & (buckets.Length - 1)];
            int chain = 0;
            for (var e = head; e is not null; e = e.Next, chain++)
                if (e.Hash == hash && spelling.SequenceEqual(e.Spelling)) return; // another thread kept it first
            if (chain >= MaxChain || _count >= Capacity) return;
            string key = spelling.SequenceEqual(word.Exact) ? word.Exact : spelling.ToString();
            Volatile.Write(ref head, new Entry(key, hash, word, head));
            if (++_count > buckets.Length / 2) Volatile.Write(ref _buckets, Rehash(buckets));
        }
    }

    // A table twice the size with the same entries (copied: an entry's chain never changes under a reader).
    private static Entry?[] Rehash(Entry?[] buckets)
    {
        var grown = new Entry?[buckets.Length * 2];
        foreach (var chain in buckets)
            for (var e = chain; e is not null; e = e.Next)
            {
                ref var head = ref grown[e.Hash & (grown.Length - 1)];
                head = new Entry(e.Spelling, e.Hash, e.Word, head);
            }
        return grown;
    }

    // FNV-1a, seeded per process, with a final mix so that the low bits the buckets use depend on every character.
    private static int Hash(ReadOnlySpan<char> spelling)
    {
        uint h = 2166136261u ^ Seed;
        foreach (char c in spelling) h = (h ^ c) * 16777619u;
        h ^= h >> 15;
        h *= 0x2C1B3C6Du;
        h ^= h >> 12;
        return (int)h;
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
        return new WordInfo
        {
            Exact = exact,
            ExactId = id,
            Phonetic = NameKey.Phonetic(exact),
            Shape = shape,
            Roles = roles,
            OrganisationHead = head,
            OrganisationNoun = noun,
            PlacePhrases = v.PlacePhrasesByLastWord.GetValueOrDefault(exact, []),
        };
    }

    // Ids are numbered from 0 in the order keys are first seen (a lost race wastes a number); -1 once the table is full.
    private int ExactId(string exact)
    {
        if (_exactIds.TryGetValue(exact, out int id)) return id;
        if (Volatile.Read(ref _lastId) >= Capacity - 1) return -1;
        return _exactIds.GetOrAdd(exact, _ => Interlocked.Increment(ref _lastId));
    }

}
