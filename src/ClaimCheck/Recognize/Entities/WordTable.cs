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

    // The spellings kept, in one array probed linearly from a spelling's hash: a look-up reads the slot and the
    // spelling's characters, nothing more. Readers take no lock: a slot is written once, its hash last (0 marks an
    // empty slot), and a grown array is filled before it replaces the old one. Writers take the gate. A spelling is
    // kept within MaxProbe slots of its place or not at all, so however spellings collide a look-up reads a few slots.
    private const int MaxProbe = 16;

    private struct Slot
    {
        public int Hash;
        public string Spelling;
        public WordInfo Word;
    }

    private static readonly uint Seed = (uint)Random.Shared.Next();

    private readonly EntityVocabulary _vocabulary;
    private readonly Lock _gate = new();
    private Slot[] _slots = new Slot[4096];
    private int _count;
    private readonly ConcurrentDictionary<string, int> _exactIds = new(StringComparer.Ordinal);
    private int _lastId = -1;

    public WordTable(EntityVocabulary vocabulary) => _vocabulary = vocabulary;

    /// <summary>The information of <paramref name="spelling"/>, a word as the tokenizer reads it.</summary>
    public WordInfo Of(ReadOnlySpan<char> spelling)
    {
        int hash = Hash(spelling);
        var slots = Volatile.Read(ref _slots);
        int mask = slots.Length - 1;
        for (int i = hash & mask, probe = 0; probe < MaxProbe; i = (i + 1) & mask, probe++)
        {
            ref var slot = ref slots[i];
            int h = Volatile.Read(ref slot.Hash);
            if (h == 0) break;
            if (h == hash && spelling.SequenceEqual(slot.Spelling)) return slot.Word;
        }
        var word = Create(spelling);
        if (Volatile.Read(ref _count) < Capacity) Keep(spelling, hash, word);
        return word;
    }

    private void Keep(ReadOnlySpan<char> spelling, int hash, WordInfo word)
    {
        lock (_gate)
        {
            if (_count >= Capacity) return;
            var slots = _slots;
            string key = spelling.SequenceEqual(word.Exact) ? word.Exact : spelling.ToString();
            if (!Put(slots, hash, key, word)) return;
            if (++_count > slots.Length / 2) Volatile.Write(ref _slots, Grow(slots));
        }
    }

    // Writes a spelling into the first free slot near its place; false when it is there already or no slot is near.
    private static bool Put(Slot[] slots, int hash, string spelling, WordInfo word)
    {
        int mask = slots.Length - 1;
        for (int i = hash & mask, probe = 0; probe < MaxProbe; i = (i + 1) & mask, probe++)
        {
            ref var slot = ref slots[i];
            if (slot.Hash == 0)
            {
                slot.Spelling = spelling;
                slot.Word = word;
                Volatile.Write(ref slot.Hash, hash);
                return true;
            }
            if (slot.Hash == hash && slot.Spelling == spelling) return false; // another thread kept it first
        }
        return false;
    }

    // A table twice the size with the same spellings, filled before any reader sees it.
    private static Slot[] Grow(Slot[] slots)
    {
        var grown = new Slot[slots.Length * 2];
        foreach (var slot in slots)
            if (slot.Hash != 0) Put(grown, slot.Hash, slot.Spelling, slot.Word);
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
        return h == 0 ? 1 : (int)h; // 0 marks an empty slot
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
